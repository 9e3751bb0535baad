/** The live session as the server's room and the browser's store use it. */
import type { Actor } from "@/lib/procedure";
import { liveCommandSchema } from "./commands";
import { decideLive } from "./decide";
import { audienceOf } from "./events";
import type { LiveEvent } from "./events";
import { reduceLive, replayLive } from "./reduce";
import { EMPTY_LIVE_STATE, type LiveSessionState } from "./state";
import { ENGINE_VERSION } from "./engine-version";
import { visiblePapers } from "./papers";

/**
 * What `actor` may see of the state: the drafts it sponsors, nobody else's; the working papers it
 * writes or is invited to, and submitted ones (the chair: all); the simulation, the chair only.
 */
export function projectFor(state: LiveSessionState, actor: Actor): LiveSessionState {
  const member = actor.role === "delegation" ? actor.member : null;
  const drafts = Object.fromEntries(Object.entries(state.drafts).filter(([, d]) => member !== null && d.sponsors.includes(member)));
  const papers = visiblePapers(state.papers ?? {}, member, actor.role === "chair");
  return { ...state, drafts, papers, simulation: actor.role === "chair" ? state.simulation : null };
}

export const liveSessionEngine = {
  version: ENGINE_VERSION,
  empty: () => EMPTY_LIVE_STATE,
  reduce: reduceLive,
  replay: (events: readonly LiveEvent[], state: LiveSessionState) => replayLive(events, state),
  decide: decideLive,
  audience: audienceOf,
  project: projectFor,
  commandSchema: liveCommandSchema,
};
