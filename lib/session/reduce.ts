import { reduce as reduceProcedure, replay as replayProcedure } from "@/lib/procedure/reduce";
import type { SessionEvent } from "@/lib/procedure/events";
import { assertNever } from "../util/assert-never";
import { isProcedureEvent, type LiveEvent, type SessionLayerEvent } from "./events";
import { EMPTY_LIVE_STATE, type LiveSessionState } from "./state";
import { reducePaper } from "./papers";

/** The one reducer, on the server and in every browser. */
export function reduceLive(state: LiveSessionState, event: LiveEvent): LiveSessionState {
  if (isProcedureEvent(event)) return { ...state, procedure: reduceProcedure(state.procedure, event) };
  return reduceLayer(state, event);
}

function reduceLayer(state: LiveSessionState, event: SessionLayerEvent): LiveSessionState {
  switch (event.type) {
    case "session.titled":
      return { ...state, title: event.title, organ: event.organ };
    case "document.loaded":
      return { ...state, document: event.document, documentId: event.documentId };
    case "amendment.draft_saved":
      return { ...state, drafts: { ...state.drafts, [event.draft.id]: event.draft } };
    case "simulation.configured":
      return { ...state, simulation: event.simulation };
    case "paper.started":
    case "paper.authors_changed":
    case "paper.submitted":
    case "paper.returned":
      // Logs and snapshots from before working papers have no `papers`.
      return { ...state, papers: reducePaper(state.papers ?? {}, event) };
    case "amendment.draft_discarded": {
      const { [event.draftId]: _gone, ...drafts } = state.drafts;
      return { ...state, drafts };
    }
    default:
      return assertNever(event);
  }
}

/** The state after `events`: `events.reduce(reduceLive, from)`, with runs of procedure events replayed at once (see replay). */
export function replayLive(events: readonly LiveEvent[], from: LiveSessionState = EMPTY_LIVE_STATE): LiveSessionState {
  let state = from;
  let run: SessionEvent[] = [];
  const flush = () => {
    if (run.length) state = { ...state, procedure: replayProcedure(run, state.procedure) };
    run = [];
  };
  for (const event of events) {
    if (isProcedureEvent(event)) {
      run.push(event);
    } else {
      flush();
      state = reduceLayer(state, event);
    }
  }
  flush();
  return state;
}
