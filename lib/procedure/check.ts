/**
 * The browser's copy of decide: would the server accept this command, on the state this device
 * holds? It answers for every command as decide does, except that the configuration a session is
 * created with and the rules a chair's override would produce are not validated here (that needs
 * the preset schema, and so zod, which the browser does not download): it only checks who may send
 * them. The server validates them and its answer is the one that counts.
 */
import { commandDecider, createRefused } from "./decide-command";
import { accept, chairOnly, refusal } from "./decide-kit";

export const checkCommand = commandDecider({
  create: (state, _cmd, ctx) => {
    const denied = createRefused(state, ctx);
    return denied ? refusal(denied) : accept();
  },
  settings: (_state, _cmd, ctx) => {
    const denied = chairOnly(ctx);
    return denied ? refusal(denied) : accept();
  },
});
