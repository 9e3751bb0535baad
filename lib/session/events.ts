import { EVENT_TYPES, type SessionEvent } from "@/lib/procedure/events";
import type { ParsedDocument } from "@/lib/resolution/types";
import type { DraftAmendment, SimulationConfig } from "./state";
import type { PresetId } from "@/lib/procedure/presets";
import { PAPER_EVENT_TYPES, paperAudience, type PaperEvent } from "./papers";

/** Events of the session layer itself (the procedure's own events pass through unchanged). */
export type SessionLayerEvent =
  /** `timeZone`: the IANA zone of the browser that created the session, for the dates of its minutes (absent before it was recorded). */
  | { type: "session.titled"; title: string; organ: PresetId; at: number; timeZone?: string }
  /** `draftId`: the draft it is the text of (absent: the session's first draft, or none). */
  | { type: "document.loaded"; documentId: string; document: ParsedDocument; draftId?: string; at: number }
  | { type: "amendment.draft_saved"; draft: DraftAmendment; at: number }
  | { type: "amendment.draft_discarded"; draftId: string; sponsors: string[]; submittedAs: string | null; at: number }
  | { type: "simulation.configured"; simulation: SimulationConfig; at: number }
  | PaperEvent;

export type LiveEvent = SessionEvent | SessionLayerEvent;

import { CHAIR_AUDIENCE } from "./audience";

export { CHAIR_AUDIENCE };

export const SESSION_LAYER_EVENT_TYPES = [
  "session.titled",
  "document.loaded",
  "amendment.draft_saved",
  "amendment.draft_discarded",
  "simulation.configured",
  ...PAPER_EVENT_TYPES,
] as const satisfies readonly SessionLayerEvent["type"][];

const PROCEDURE_EVENTS = new Set<string>(EVENT_TYPES);

export function isProcedureEvent(event: LiveEvent): event is SessionEvent {
  return PROCEDURE_EVENTS.has(event.type);
}

/** Who may see an event: a draft's sponsors for draft events, everyone (null) otherwise. */
export function audienceOf(event: LiveEvent): string[] | null {
  switch (event.type) {
    case "amendment.draft_saved":
      return event.draft.sponsors;
    case "amendment.draft_discarded":
      return event.sponsors;
    case "simulation.configured":
      return [CHAIR_AUDIENCE];
    case "paper.started":
    case "paper.authors_changed":
    case "paper.submitted":
      return paperAudience(event);
    default:
      return null;
  }
}
