/**
 * The session state: plain JSON (no Map, Set, class or Date) because it travels over Socket.IO
 * and is rebuilt from stored events. `reduce` is the only thing that produces it.
 */
import type { AmendmentOp, ClauseId, DocumentSection } from "@/lib/resolution/op";
import type { Clock } from "./clock";
import type { RulesOverrides } from "./overrides";
import type { MotionKind, PointKind, QuestionKind, RulesPreset, VoteMethod, MajorityRule } from "./preset-schema";
import type { PresetId } from "./presets";
import type { Choice, TallyOutcome, Totals } from "./tally";

export type AttendanceStatus = "present" | "present-and-voting" | "absent";

export interface DraftConfig {
  id: string;
  /** First is the main sponsor (the "mover"); the rest are co-sponsors. */
  sponsors: string[];
  signatories?: string[];
  /** Important question (Art. 18(2)): two-thirds majority in the General Assembly. */
  important?: boolean;
}

export interface SessionConfig {
  preset: PresetId;
  overrides: RulesOverrides;
  /** Voting members by ISO alpha-3 code. */
  members: string[];
  permanentMembers: string[];
  /** Observer states: may speak and raise points, never vote, move or sponsor. */
  observers: string[];
  draft: DraftConfig | null;
}

export type MeetingStatus = "not-opened" | "open" | "suspended" | "adjourned";
export type DebateStatus = "open" | "closed" | "adjourned";
/**
 * A draft's life: tabled (`submitted`; a working paper or an imported text), `accepted` by the
 * chair as a numbered draft resolution (« 1.1 ») or `returned` to its authors, `introduced`, then
 * decided. The session's first draft (chosen when it was created) needs no acceptance.
 */
export type DraftStatus = "submitted" | "accepted" | "returned" | "introduced" | "adopted" | "rejected" | "withdrawn" | "referred";

export interface DraftState {
  id: string;
  /** As tabled ("" for the session's first draft: its title is the session's). */
  title: string;
  /** « 1.1 », « 1.2 »…, given on acceptance in order of acceptance; null until then. */
  symbol: string | null;
  /** Tabled during the session: the chair accepts it before it is introduced. */
  needsAcceptance: boolean;
  /** The chair's comment when returning it to its authors. */
  returnComment: string | null;
  sponsors: string[];
  signatories: string[];
  important: boolean;
  status: DraftStatus;
  /** An amendment was adopted or incorporated (rule 80: no withdrawal once amended). */
  amended: boolean;
  /** Parts removed by a division of the question. */
  removedParts: ClauseId[];
}

export type AmendmentStatus = "pending" | "incorporated" | "adopted" | "rejected" | "withdrawn" | "moot";
export type MootReason = "target-deleted" | "rival-replaced" | "parent-gone";

export interface AmendmentState {
  id: string;
  /** The draft it amends (absent in logs written before a session held several: the first draft). */
  draftId: string;
  op: AmendmentOp;
  /** The amendment this one amends (second degree), or null (first degree, amends the draft). */
  parentId: string | null;
  /** First is the main sponsor. */
  sponsors: string[];
  /** 0..1, how far the text moves from the original (computed by the server from a word diff). */
  distance: number | null;
  /** Submission order, for the voting-order tie-break. */
  seq: number;
  status: AmendmentStatus;
  /** Draft sponsors who accepted it as friendly / declined it. */
  acceptedBy: string[];
  declinedBy: string[];
  amended: boolean;
  moot: { reason: MootReason; by: string } | null;
}

export type MotionStatus = "awaiting-second" | "pending";
export interface MotionParams {
  minutes?: number;
  until?: string;
  to?: string;
  seconds?: number;
  totalSeconds?: number;
  speakerSeconds?: number;
  topic?: string;
  parts?: { clauseId: ClauseId; section: DocumentSection }[];
  operativeClauses?: ClauseId[];
  order?: string[];
  decisionIndex?: number;
  pointId?: string;
}
export interface MotionState {
  id: string;
  kind: MotionKind;
  params: MotionParams;
  proposer: string;
  status: MotionStatus;
  secondedBy: string | null;
  objectedBy: string[];
  speakersFor: string[];
  speakersAgainst: string[];
  seq: number;
}

export type PointRuling = "upheld" | "dismissed";
export interface PointState {
  id: string;
  kind: PointKind;
  member: string;
  text: string;
  aboutVote: boolean;
  ruling: PointRuling | null;
  overruled: boolean;
}

export type YieldTarget = "chair" | "delegation" | "questions";
export interface SpeechState {
  member: string;
  clock: Clock;
  /** Set once the speaker yields to questions or to another delegation (yielded time can't be re-yielded). */
  yielded: YieldTarget | null;
  /** The delegation that yielded its time to this speaker. */
  yieldedBy: string | null;
}
export interface SpeakersState {
  queue: string[];
  open: boolean;
  speakingTimeSeconds: number | null;
  current: SpeechState | null;
}

export interface CaucusState {
  kind: "moderated" | "unmoderated";
  topic: string;
  speakerSeconds: number | null;
  clock: Clock;
}

/** `draftId` is absent in logs written before a session held several drafts: the first draft. */
export type VoteSubject =
  | { kind: "draft"; draftId?: string }
  | { kind: "amendment"; amendmentId: string }
  | { kind: "part"; clauseId: ClauseId; draftId?: string }
  | { kind: "motion"; motionId: string };

export interface Ballot {
  choice: Choice;
  withRights: boolean;
}

export interface VoteState {
  subject: VoteSubject;
  /** For a motion: its kind, so the minutes read without the (since removed) motion. */
  motionKind: MotionKind | null;
  questionKind: QuestionKind;
  majority: MajorityRule;
  method: VoteMethod;
  /** Members entitled to vote, fixed when the vote opens. */
  eligible: string[];
  /** Roll-call order (rule 87), empty for other methods. */
  order: string[];
  ballots: Record<string, Ballot>;
  totals: Totals | null;
  requestedBy: string | null;
  openedAt: number;
}

export interface DivisionState {
  /** The draft divided (absent in older logs: the first draft). */
  draftId?: string;
  parts: { clauseId: ClauseId; section: DocumentSection }[];
  operativeClauses: ClauseId[];
  decided: Record<ClauseId, boolean>;
}

export interface DecisionRecord {
  subject: VoteSubject;
  motionKind: MotionKind | null;
  method: VoteMethod;
  outcome: TallyOutcome;
  /** Published per-member votes: recorded and roll-call votes only (show of hands: totals only). */
  ballots: Record<string, Ballot> | null;
  reconsidered: boolean;
  at: number;
}

/** What the chair puts on the projector instead of the business on the floor ("Projeter"). */
export type ProjectionTarget =
  { kind: "draft"; draftId?: string } | { kind: "clause"; clauseId: ClauseId } | { kind: "amendment"; amendmentId: string };

/** How a motion or a point left the floor without a vote (shown briefly on the screens). */
export type RulingOutcome = "adopted" | "rejected" | "withdrawn" | "ruled-out-of-order" | "lapsed" | "upheld" | "dismissed";

/** The result just reached, kept until the next business starts (see lib/session/floor-focus.ts). */
export type FloorResult =
  | {
      kind: "decision";
      decisionIndex: number;
      motion: MotionState | null;
      /** Who could vote, and the roll-call order (empty for other methods), for the board by name. */
      eligible: string[];
      order: string[];
      at: number;
    }
  | { kind: "motion"; motion: MotionState; outcome: RulingOutcome; at: number }
  | { kind: "point"; point: PointState; outcome: RulingOutcome; at: number };

/** What the screens need about the floor that the rest of the state forgets. */
export interface FloorState {
  /** The chair's choice for the projector, or null: it follows the session. */
  projection: ProjectionTarget | null;
  /** The current suspension: for how long it was announced (the event's `minutes`) and since when. */
  suspension: { minutes: number | null; since: number } | null;
  result: FloorResult | null;
}

export interface SessionState {
  created: boolean;
  config: SessionConfig | null;
  rules: RulesPreset | null;
  members: string[];
  permanentMembers: string[];
  observers: string[];
  attendance: Record<string, AttendanceStatus>;
  /** Parties to a dispute, who may not vote on substantive questions (Art. 27(3)). */
  parties: string[];
  meeting: MeetingStatus;
  debate: DebateStatus;
  /** Every draft tabled, in the order tabled (the first is the session's own). */
  drafts: DraftState[];
  /**
   * The draft on the floor (`floorDraftId`), derived by reduce from `drafts` after every event and
   * never written otherwise: what "the draft" means to the many readers that debate one at a time.
   */
  draft: DraftState | null;
  /** Order in which drafts are voted (rule 91: as submitted, unless the body decides otherwise). */
  draftOrder: string[];
  amendments: AmendmentState[];
  /** Voting order fixed by the chair (amendments.reorder), or null for the proposed order. */
  amendmentOrder: string[] | null;
  motions: MotionState[];
  points: PointState[];
  speakers: SpeakersState;
  caucus: CaucusState | null;
  vote: VoteState | null;
  /** Method requested for the next vote on a proposal (roll-call motion, rule 87). */
  nextVoteMethod: VoteMethod | null;
  division: DivisionState | null;
  decisions: DecisionRecord[];
  /** Counters for ids the engine derives (so replay produces the same ids). */
  counters: { motion: number; point: number; amendment: number };
  floor: FloorState;
}

export const EMPTY_FLOOR: FloorState = { projection: null, suspension: null, result: null };

export const EMPTY_STATE: SessionState = {
  created: false,
  config: null,
  rules: null,
  members: [],
  permanentMembers: [],
  observers: [],
  attendance: {},
  parties: [],
  meeting: "not-opened",
  debate: "open",
  drafts: [],
  draft: null,
  draftOrder: [],
  amendments: [],
  amendmentOrder: null,
  motions: [],
  points: [],
  speakers: { queue: [], open: true, speakingTimeSeconds: null, current: null },
  caucus: null,
  vote: null,
  nextVoteMethod: null,
  division: null,
  decisions: [],
  counters: { motion: 0, point: 0, amendment: 0 },
  floor: EMPTY_FLOOR,
};
