/**
 * The chair's "Projeter" / "Suivre la séance": what the projector shows instead of the business on
 * the floor. Not a rule of procedure but a logged event, so a replay shows what the room saw.
 * Refused during a vote (rule 88: nothing interrupts it), and a vote that opens returns the
 * projector to the floor (reduce-floor.ts): the room always sees what it is voting on.
 */
import type { CommandOf } from "./commands";
import { accept, chairOnly, event, refuse, refusal, type DecideContext, type Decision, type LiveState } from "./decide-kit";

export function decideProjection(state: LiveState, cmd: CommandOf<"projection.set">, ctx: DecideContext): Decision {
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  const target = cmd.target;
  if (target?.kind === "amendment" && !state.amendments.some((a) => a.id === target.amendmentId)) {
    return refuse("amendment.unknown", { amendmentId: target.amendmentId });
  }
  return accept(event(ctx, "projection.changed", { target }));
}
