import { reduce as reduceProcedure, replay as replayProcedure } from "@/lib/procedure/reduce";
import type { SessionEvent } from "@/lib/procedure/events";
import { assertNever } from "../util/assert-never";
import { isProcedureEvent, type LiveEvent, type SessionLayerEvent } from "./events";
import { firstDraftId } from "@/lib/procedure/drafts";
import { EMPTY_LIVE_STATE, NO_DRAFT, type LiveSessionState } from "./state";
import { reducePaper } from "./papers";

/** The one reducer, on the server and in every browser. */
export function reduceLive(state: LiveSessionState, event: LiveEvent): LiveSessionState {
  if (isProcedureEvent(event)) return withFloorDocument({ ...state, procedure: reduceProcedure(state.procedure, event) });
  return withFloorDocument(reduceLayer(state, event));
}

/** Sets the derived `document` / `documentId`: those of the draft on the floor (or the reference document). */
function withFloorDocument(state: LiveSessionState): LiveSessionState {
  const loaded = state.documents[state.procedure.draft?.id ?? NO_DRAFT] ?? state.documents[NO_DRAFT] ?? null;
  const document = loaded?.document ?? null;
  const documentId = loaded?.documentId ?? null;
  return document === state.document && documentId === state.documentId ? state : { ...state, document, documentId };
}

function reduceLayer(state: LiveSessionState, event: SessionLayerEvent): LiveSessionState {
  switch (event.type) {
    case "session.titled":
      return { ...state, title: event.title, organ: event.organ };
    case "document.loaded": {
      const key = event.draftId ?? firstDraftId(state.procedure) ?? NO_DRAFT;
      return { ...state, documents: { ...state.documents, [key]: { documentId: event.documentId, document: event.document } } };
    }
    case "amendment.draft_saved":
      return { ...state, drafts: { ...state.drafts, [event.draft.id]: event.draft } };
    case "simulation.configured":
      return { ...state, simulation: event.simulation };
    case "paper.started":
    case "paper.authors_changed":
    case "paper.submitted":
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
      state = withFloorDocument(reduceLayer(state, event));
    }
  }
  flush();
  return withFloorDocument(state);
}
