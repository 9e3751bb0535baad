/**
 * The browser's copy of decide: would the server accept this command, on the state this device
 * holds? It answers for every command as decide does, except that the rules a chair's override
 * would produce are not validated here (that needs the preset schema, and so zod, which the
 * browser does not download): the server validates them and its answer is the one that counts.
 */
import { commandDecider } from "./decide-command";
import { accept, chairOnly, refuse, refusal } from "./decide-kit";

export const checkCommand = commandDecider({
  create: (state, _cmd, ctx) => {
    if (ctx.actor.role !== "system" && ctx.actor.role !== "chair") return refuse("auth.chair_only");
    return state.created ? refuse("session.already_created") : accept();
  },
  settings: (_state, _cmd, ctx) => {
    const denied = chairOnly(ctx);
    return denied ? refusal(denied) : accept();
  },
});
