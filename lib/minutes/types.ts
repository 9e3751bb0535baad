/**
 * The minutes of a session as data: built from its log (lib/minutes/build.ts), rendered by the
 * minutes page in French or English, and by the exports. Plain JSON: no Map, Set, class or Date.
 */
import type { AmendmentKind, DocumentSection } from "@/lib/resolution/op";
import type { ResolutionDocument } from "@/lib/resolution/types";
import type {
  AttendanceStatus,
  Choice,
  DraftStatus,
  MajorityRule,
  MootReason,
  MotionKind,
  MotionParams,
  PointKind,
  PointRuling,
  PresetId,
  QuestionKind,
  TallyOutcome,
  VoteMethod,
  YieldTarget,
} from "@/lib/procedure";
import type { LiveEvent } from "@/lib/session";

/** One entry of a session's log, as `GET /api/sessions/:id/events` answers it. */
export interface LogEntry {
  seq: number;
  /** Epoch ms when the event was committed. */
  at: number;
  event: LiveEvent;
}

/**
 * Where a clause stands in the text, for people: its section and its numbering path
 * (["5"] for operative paragraph 5, ["5", "b"] for its sub-paragraph b), ["3"] for the third
 * preambular paragraph). Null path when the clause is no longer in the text.
 */
export interface ClauseRef {
  id: string;
  section: DocumentSection;
  path: string[] | null;
}

export interface AmendmentSummary {
  id: string;
  kind: AmendmentKind;
  /** The clause deleted or replaced, or the paragraph an addition goes into (null: top level). */
  clause: ClauseRef | null;
  /** For an addition: the clause it follows (null: first of its section or parent). */
  after: ClauseRef | null;
  /** For an addition: the section it adds to. */
  section: DocumentSection | null;
  /** New text (addition, replacement); null for a deletion. */
  text: string | null;
  /** First is the main sponsor. */
  sponsors: string[];
  /** The amendment it amends (second degree), or null. */
  parentId: string | null;
}

export type AmendmentFate =
  | { status: "adopted" }
  | { status: "rejected" }
  | { status: "incorporated" }
  | { status: "withdrawn" }
  | { status: "moot"; reason: MootReason; by: string }
  | { status: "pending" };

export type VoteSubjectRef =
  | { kind: "draft"; draftId: string | null; sponsors: string[]; label?: DraftLabel }
  | { kind: "amendment"; amendmentId: string; sponsors: string[] }
  | { kind: "part"; clause: ClauseRef }
  | { kind: "motion"; motionId: string; motionKind: MotionKind | null; proposer: string | null };

export interface BallotRow {
  member: string;
  choice: Choice;
  withRights: boolean;
}

/** Why a delegation's vote decided the question. */
export type Decisiveness =
  /** A permanent member's no that defeated a substantive question (Art. 27(3)). */
  | { kind: "veto" }
  /** Voting `instead` would have reversed the outcome (margin of one). */
  | { kind: "margin"; instead: Choice };

export interface VoteRecord {
  /** 0-based, in the order the votes closed. */
  index: number;
  seq: number;
  /** When the vote closed (epoch ms). */
  at: number;
  openedAt: number;
  subject: VoteSubjectRef;
  method: VoteMethod;
  questionKind: QuestionKind;
  majority: MajorityRule;
  outcome: TallyOutcome;
  /** Per-member ballots, in membership order: recorded and roll-call votes only (null: show of hands, without vote). */
  ballots: BallotRow[] | null;
  /** Members entitled to vote when it opened. */
  eligible: string[];
  /** Members whose vote decided the outcome, with why (recorded and roll-call votes only). */
  decisive: Record<string, Decisiveness>;
  /** Reconsidered later (rule 81). */
  reconsidered: boolean;
}

type Entry<K extends string, P = object> = { kind: K; seq: number; at: number } & P;

export type MinutesEntry =
  | Entry<"session-created", { preset: PresetId; members: string[]; permanentMembers: string[]; observers: string[] }>
  | Entry<"roll-call", { present: string[]; presentAndVoting: string[]; absent: string[] }>
  | Entry<"meeting", { action: "opened" | "suspended" | "resumed" | "adjourned"; minutes: number | null; until: string | null }>
  | Entry<
      "draft",
      {
        action: "introduced" | "adopted" | "rejected" | "withdrawn" | "referred" | "signed" | "tabled" | "accepted" | "returned";
        draftId: string | null;
        /** With several drafts: which one (absent in a one-draft session, whose minutes read as before). */
        label?: DraftLabel;
        /** The draft's sponsors (tabled, introduced). */
        sponsors?: string[];
        /** A working paper tabled: who wrote how many of its clauses (sub-clauses included), in the text's order. */
        writers?: Array<{ member: string; clauses: number }>;
        /** The chair's reason (returned). */
        comment?: string;
        member: string | null;
        reason: string | null;
        to: string | null;
        withoutVote: boolean;
      }
    >
  | Entry<"amendment-submitted", { amendment: AmendmentSummary }>
  | Entry<"amendment-cosponsored", { amendmentId: string; member: string }>
  | Entry<"amendment-answered", { amendmentId: string; member: string; accepted: boolean }>
  | Entry<"amendment-fate", { amendmentId: string; fate: AmendmentFate }>
  | Entry<"motion-proposed", { motionId: string; motionKind: MotionKind; params: MotionParams; member: string }>
  | Entry<
      "motion-fate",
      {
        motionId: string;
        motionKind: MotionKind | null;
        member: string | null;
        fate: "adopted" | "rejected" | "withdrawn" | "ruled-out-of-order" | "lapsed";
        withoutVote: boolean;
      }
    >
  | Entry<"point", { pointId: string; pointKind: PointKind; member: string; text: string }>
  | Entry<"point-ruled", { pointId: string; pointKind: PointKind | null; member: string | null; ruling: PointRuling }>
  | Entry<"ruling-overruled", { pointId: string }>
  | Entry<"speech", { member: string; durationMs: number | null; yieldedBy: string | null }>
  | Entry<"speech-yielded", { member: string; to: YieldTarget; toMember: string | null }>
  | Entry<"caucus", { caucusKind: "moderated" | "unmoderated"; topic: string; totalSeconds: number }>
  | Entry<"debate", { action: "closed" | "adjourned" }>
  | Entry<"speakers", { action: "closed" | "reopened" | "time-set"; seconds: number | null }>
  | Entry<"division", { parts: ClauseRef[] }>
  | Entry<"vote", { vote: number }>
  | Entry<"vote-cancelled", { subject: VoteSubjectRef | null; reason: "chair" | "vote-requested"; requestedBy: string | null }>
  | Entry<"reconsidered", { vote: number | null }>;

export type MinutesEntryKind = MinutesEntry["kind"];

export interface DelegationFeedback {
  member: string;
  speeches: Array<{ seq: number; at: number; durationMs: number | null }>;
  /** Total of the speeches whose duration is known. */
  speakingMs: number;
  amendments: Array<{ amendment: AmendmentSummary; role: "main" | "co"; fate: AmendmentFate }>;
  motions: Array<{
    motionId: string;
    motionKind: MotionKind;
    fate: "adopted" | "rejected" | "withdrawn" | "ruled-out-of-order" | "lapsed" | "pending";
  }>;
  points: Array<{ pointId: string; pointKind: PointKind; ruling: PointRuling | null }>;
  votes: Array<{
    vote: number;
    choice: Choice;
    withRights: boolean;
    /** Something a trainer would ask about. */
    notes: Array<"against-own-amendment" | "abstained-own-amendment" | "against-own-draft" | "abstained-own-draft">;
    decisive: Decisiveness | null;
  }>;
}

/** A draft as the minutes name it: its number once accepted, and its title. */
export interface DraftLabel {
  symbol: string | null;
  title: string;
}

/** Each draft's fate and text, in the order of votes. */
export interface DraftText {
  draftId: string;
  label: DraftLabel;
  status: DraftStatus;
  sponsors: string[];
  /** The text as it stands (amendments applied, rejected parts removed). */
  document: ResolutionDocument | null;
}

export interface Minutes {
  title: string;
  /** The IANA time zone the session was created in (its dates are written in it). */
  timeZone: string;
  organ: PresetId | null;
  members: string[];
  permanentMembers: string[];
  observers: string[];
  /** The draft's sponsors. */
  sponsors: string[];
  attendance: Record<string, AttendanceStatus>;
  startedAt: number | null;
  endedAt: number | null;
  entries: MinutesEntry[];
  votes: VoteRecord[];
  /** The text with every adopted or incorporated amendment applied (null: no draft). */
  document: ResolutionDocument | null;
  draftStatus: DraftStatus | null;
  /** The draft `document` and `draftStatus` are of (the draft on the floor at the end). */
  draftId: string | null;
  /** Every draft of the session (the first is the one above), in the order of votes. */
  drafts: DraftText[];
  /** Per delegation, in membership order (then observer states that spoke). */
  feedback: DelegationFeedback[];
}
