/**
 * Events: past-tense facts, the session's append-only log. Each carries `at` (epoch ms, from the
 * command's context); the server adds the sequence number. Payloads hold everything reduce
 * needs, so replay never recomputes from code that may have changed (e.g. the effective rules
 * travel inside `session.created`).
 */
import type { ClauseId, DocumentSection } from "@/lib/resolution/op";
import type { RulesOverrides } from "./overrides";
import type { RulesPreset, VoteMethod } from "./preset-schema";
import type {
  AmendmentState,
  AttendanceStatus,
  Ballot,
  MootReason,
  MotionState,
  PointRuling,
  PointState,
  ProjectionTarget,
  SessionConfig,
  VoteState,
  YieldTarget,
} from "./state";
import type { Choice, TallyOutcome, Totals } from "./tally";

type E<T extends string, P = object> = { type: T; at: number } & P;

/** The draft an event names; absent: the session's first draft (see drafts.ts). */
type OnDraft = { draftId?: string };

/** A draft as tabled during the session (a working paper submitted, a text the chair imported). */
export interface TabledDraft {
  id: string;
  title: string;
  sponsors: string[];
  signatories: string[];
  important: boolean;
}

/** An amendment as submitted: `draftId` omitted when it amends the first draft. */
export type SubmittedAmendment = Omit<AmendmentState, "draftId"> & OnDraft;

export type SessionEvent =
  | E<"session.created", { config: SessionConfig; rules: RulesPreset }>
  | E<"settings.changed", { overrides: RulesOverrides; rules: RulesPreset }>
  | E<"members.changed", { members: string[]; permanentMembers: string[]; observers: string[] }>
  | E<"attendance.recorded", { entries: Record<string, AttendanceStatus> }>
  | E<"parties.marked", { members: string[] }>
  | E<"meeting.opened">
  | E<"meeting.suspended", { minutes: number | null; motionId: string | null }>
  | E<"meeting.resumed">
  | E<"meeting.adjourned", { until: string | null; motionId: string | null }>
  | E<"draft.tabled", { draft: TabledDraft }>
  | E<"draft.accepted", { draftId: string; symbol: string }>
  | E<"draft.returned", { draftId: string; comment: string }>
  | E<"draft.signed", { member: string } & OnDraft>
  | E<"draft.introduced", OnDraft>
  | E<"draft.withdrawn", { member: string } & OnDraft>
  | E<"draft.adopted", { withoutVote: boolean } & OnDraft>
  | E<"draft.rejected", { reason: "vote" | "veto" | "all-operative-parts-rejected" } & OnDraft>
  | E<"draft.referred", { to: string } & OnDraft>
  | E<"drafts.reordered", { order: string[] }>
  | E<"debate.closed">
  | E<"debate.adjourned", { until: string | null }>
  | E<"speakers.added", { member: string }>
  | E<"speakers.removed", { member: string }>
  | E<"speakers.list_closed">
  | E<"speakers.list_reopened">
  | E<"speakers.time_set", { seconds: number | null }>
  | E<"speech.started", { member: string; durationMs: number | null }>
  | E<"speech.yielded", { to: YieldTarget; member: string | null; remainingMs: number | null }>
  | E<"speech.paused">
  | E<"speech.resumed">
  | E<"speech.ended">
  | E<
      "caucus.started",
      { kind: "moderated" | "unmoderated"; totalSeconds: number; speakerSeconds: number | null; topic: string; motionId: string }
    >
  | E<"caucus.paused">
  | E<"caucus.resumed">
  | E<"caucus.ended">
  | E<"motion.proposed", { motion: MotionState }>
  | E<"motion.seconded", { motionId: string; member: string }>
  | E<"motion.objected", { motionId: string; member: string }>
  | E<"motion.speaker_added", { motionId: string; member: string; side: "for" | "against" }>
  | E<"motion.withdrawn", { motionId: string }>
  | E<"motion.ruled_out_of_order", { motionId: string }>
  | E<"motion.adopted", { motionId: string; withoutVote: boolean }>
  | E<"motion.rejected", { motionId: string }>
  | E<"motion.lapsed", { motionId: string; reason: "mover-objected" }>
  | E<"point.raised", { point: PointState }>
  | E<"point.resolved", { pointId: string; ruling: PointRuling }>
  | E<"ruling.overruled", { pointId: string }>
  | E<"amendment.submitted", { amendment: SubmittedAmendment }>
  | E<"amendment.cosponsored", { amendmentId: string; member: string }>
  | E<"amendment.accepted", { amendmentId: string; member: string }>
  | E<"amendment.declined", { amendmentId: string; member: string }>
  | E<"amendment.incorporated", { amendmentId: string }>
  | E<"amendment.withdrawn", { amendmentId: string }>
  | E<"amendment.adopted", { amendmentId: string }>
  | E<"amendment.rejected", { amendmentId: string }>
  | E<"amendment.moot", { amendmentId: string; reason: MootReason; by: string }>
  | E<"amendments.reordered", { order: string[] }>
  | E<"division.granted", { parts: { clauseId: ClauseId; section: DocumentSection }[]; operativeClauses: ClauseId[] } & OnDraft>
  | E<"part.adopted", { clauseId: ClauseId } & OnDraft>
  | E<"part.rejected", { clauseId: ClauseId } & OnDraft>
  | E<"vote.opened", { vote: VoteState }>
  | E<"vote.cast", { member: string; choice: Choice; withRights: boolean }>
  | E<"vote.totals_recorded", { totals: Totals }>
  | E<"vote.requested", { member: string }>
  | E<"vote.closed", { outcome: TallyOutcome; ballots: Record<string, Ballot> | null }>
  | E<"vote.cancelled", { reason: "chair" | "vote-requested" }>
  | E<"vote.method_set", { method: VoteMethod }>
  | E<"decision.reconsidered", { decisionIndex: number }>
  | E<"projection.changed", { target: ProjectionTarget | null }>;

export type EventType = SessionEvent["type"];
export type EventOf<T extends EventType> = Extract<SessionEvent, { type: T }>;

/** Every event type, in the order of the union above (checked complete at compile time). */
const EVENT_TYPE_SET: Record<EventType, true> = {
  "session.created": true,
  "settings.changed": true,
  "members.changed": true,
  "attendance.recorded": true,
  "parties.marked": true,
  "meeting.opened": true,
  "meeting.suspended": true,
  "meeting.resumed": true,
  "meeting.adjourned": true,
  "draft.tabled": true,
  "draft.accepted": true,
  "draft.returned": true,
  "draft.signed": true,
  "draft.introduced": true,
  "draft.withdrawn": true,
  "draft.adopted": true,
  "draft.rejected": true,
  "draft.referred": true,
  "drafts.reordered": true,
  "debate.closed": true,
  "debate.adjourned": true,
  "speakers.added": true,
  "speakers.removed": true,
  "speakers.list_closed": true,
  "speakers.list_reopened": true,
  "speakers.time_set": true,
  "speech.started": true,
  "speech.yielded": true,
  "speech.paused": true,
  "speech.resumed": true,
  "speech.ended": true,
  "caucus.started": true,
  "caucus.paused": true,
  "caucus.resumed": true,
  "caucus.ended": true,
  "motion.proposed": true,
  "motion.seconded": true,
  "motion.objected": true,
  "motion.speaker_added": true,
  "motion.withdrawn": true,
  "motion.ruled_out_of_order": true,
  "motion.adopted": true,
  "motion.rejected": true,
  "motion.lapsed": true,
  "point.raised": true,
  "point.resolved": true,
  "ruling.overruled": true,
  "amendment.submitted": true,
  "amendment.cosponsored": true,
  "amendment.accepted": true,
  "amendment.declined": true,
  "amendment.incorporated": true,
  "amendment.withdrawn": true,
  "amendment.adopted": true,
  "amendment.rejected": true,
  "amendment.moot": true,
  "amendments.reordered": true,
  "division.granted": true,
  "part.adopted": true,
  "part.rejected": true,
  "vote.opened": true,
  "vote.cast": true,
  "vote.totals_recorded": true,
  "vote.requested": true,
  "vote.closed": true,
  "vote.cancelled": true,
  "vote.method_set": true,
  "decision.reconsidered": true,
  "projection.changed": true,
};
export const EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as readonly EventType[];
