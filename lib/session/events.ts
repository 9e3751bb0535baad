import { EVENT_TYPES, type SessionEvent } from "@/lib/procedure/events";
import type { ParsedDocument } from "@/lib/resolution/types";
import type { DraftAmendment, SimulationConfig } from "./state";
import type { PresetId } from "@/lib/procedure/presets";

/** Events of the session layer itself (the procedure's own events pass through unchanged). */
export type SessionLayerEvent =
  /** `timeZone`: the IANA zone of the browser that created the session, for the dates of its minutes (absent before it was recorded). */
  | { type: "session.titled"; title: string; organ: PresetId; at: number; timeZone?: string }
  /** `draftId`: the draft it is the text of (absent: the session's first draft, or none). */
  | { type: "document.loaded"; documentId: string; document: ParsedDocument; draftId?: string; at: number }
  | { type: "amendment.draft_saved"; draft: DraftAmendment; at: number }
  | { type: "amendment.draft_discarded"; draftId: string; sponsors: string[]; submittedAs: string | null; at: number }
  | { type: "simulation.configured"; simulation: SimulationConfig; at: number };

export type LiveEvent = SessionEvent | SessionLayerEvent;

/** The audience entry that stands for the chair (events only the chair may see). */
export const CHAIR_AUDIENCE = "@chair";

export const SESSION_LAYER_EVENT_TYPES = [
  "session.titled",
  "document.loaded",
  "amendment.draft_saved",
  "amendment.draft_discarded",
  "simulation.configured",
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
    default:
      return null;
  }
}
