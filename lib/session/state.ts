/**
 * A live session as the app holds it: the rules engine's state (lib/procedure), the document
 * under debate as it was loaded (lib/resolution), and the amendments delegations are still
 * writing, which only their sponsors see. Plain JSON, rebuilt by reducing the session's events.
 */
import type { PresetId } from "@/lib/procedure/presets";
import { EMPTY_STATE, type SessionState } from "@/lib/procedure/state";
import type { AmendmentOp } from "@/lib/resolution/op";
import type { ParsedDocument } from "@/lib/resolution/types";
import type { WorkingPaper } from "./papers";

/** An amendment being written: visible only to its sponsors until it is submitted. */
export interface DraftAmendment {
  id: string;
  /** First is the author (the main sponsor once submitted). */
  sponsors: string[];
  op: AmendmentOp;
  /** The amendment it amends (second degree), or null. */
  parentId: string | null;
  /** The draft resolution it amends (absent in older logs: the session's first draft). */
  onDraft?: string;
  updatedAt: number;
}

/** The seats played by simulated delegations, as the chair set them (seen by the chair only). */
export interface SimulationConfig {
  members: string[];
  seed: number;
  /** The chair's choice of each simulated delegation's stance on the draft; absent: its default profile. */
  stances: Record<string, "support" | "oppose" | "abstain">;
  running: boolean;
}

/** A document as loaded: the library's or the import's id, and the parsed text. */
export interface LoadedDocument {
  documentId: string;
  document: ParsedDocument;
}

/** Key of the document loaded with no draft (a reference document the session was created with). */
export const NO_DRAFT = "";

export interface LiveSessionState {
  title: string;
  organ: PresetId | null;
  procedure: SessionState;
  /** Each draft's document as loaded, before any amendment, by draft id (see draftDocument for the amended text). */
  documents: Record<string, LoadedDocument>;
  /** The document of the draft on the floor (`procedure.draft`), derived after every event: what "the document" means to one-draft readers. */
  document: ParsedDocument | null;
  documentId: string | null;
  drafts: Record<string, DraftAmendment>;
  /** Working papers being written together (private to their people until submitted) and submitted. */
  papers: Record<string, WorkingPaper>;
  simulation: SimulationConfig | null;
}

export const EMPTY_LIVE_STATE: LiveSessionState = {
  title: "",
  organ: null,
  procedure: EMPTY_STATE,
  documents: {},
  document: null,
  documentId: null,
  drafts: {},
  papers: {},
  simulation: null,
};
