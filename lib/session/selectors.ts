/**
 * What the three surfaces read from a live session, derived from the state alone (pure), so the
 * chair's console, the delegates' phones and the projection screen always agree.
 */
import { votingQueue } from "@/lib/procedure/amendment-order";
import { elapsedMs, remainingMs } from "@/lib/procedure/clock";
import type { QuorumRule } from "@/lib/procedure/preset-schema";
import type { AmendmentState, SessionState, VoteState, VoteSubject } from "@/lib/procedure/state";
import { quorumCount } from "@/lib/procedure/tally";
import { trackedChanges, type TrackedDocument } from "@/lib/resolution/tracked";
import { currentDocument, draftDocument } from "./document";
import type { LiveSessionState } from "./state";

export type Phase = "roll-call" | "debate" | "caucus" | "voting" | "suspended" | "adjourned" | "concluded";

export function phaseOf(p: SessionState): Phase {
  if (p.meeting === "not-opened") return "roll-call";
  if (p.meeting === "suspended") return "suspended";
  if (p.meeting === "adjourned") return "adjourned";
  if (p.vote) return "voting";
  if (p.caucus) return "caucus";
  if (p.draft && ["adopted", "rejected", "withdrawn", "referred"].includes(p.draft.status)) return "concluded";
  return "debate";
}

export interface Attendance {
  present: number;
  total: number;
  presentAndVoting: number;
}

export function attendanceOf(p: SessionState): Attendance {
  const statuses = p.members.map((m) => p.attendance[m] ?? "absent");
  return {
    present: statuses.filter((s) => s !== "absent").length,
    presentAndVoting: statuses.filter((s) => s === "present-and-voting").length,
    total: p.members.length,
  };
}

/** Members needed to open the meeting and to take a decision; null where the rules set none (the Council). */
export function quorumOf(p: SessionState): { open: number | null; decide: number | null } {
  const rule = p.rules?.quorum;
  const count = (q: QuorumRule | null | undefined) => (q ? quorumCount(q, p.members.length) : null);
  return { open: count(rule?.open), decide: count(rule?.decide) };
}

export interface VoteProgress {
  vote: VoteState;
  cast: number;
  eligible: number;
  yes: number;
  no: number;
  abstain: number;
  pass: number;
}

export function voteProgress(p: SessionState): VoteProgress | null {
  const vote = p.vote;
  if (!vote) return null;
  const choices = Object.values(vote.ballots).map((b) => b.choice);
  const count = (c: string) => choices.filter((x) => x === c).length;
  return {
    vote,
    cast: choices.length,
    eligible: vote.eligible.length,
    yes: vote.totals?.yes ?? count("yes"),
    no: vote.totals?.no ?? count("no"),
    abstain: vote.totals?.abstain ?? count("abstain"),
    pass: count("pass"),
  };
}

/** Pending amendments in the order they will be put to the vote (rule 90, or the chair's order). */
/** A draft's amendments (by default the draft on the floor's) in voting order: each draft has its own queue (rule 91). */
export function amendmentQueue(p: SessionState, draftId: string | null = p.draft?.id ?? null): AmendmentState[] {
  const own = p.amendments.filter((a) => a.draftId === draftId);
  const byId = new Map(own.map((a) => [a.id, a]));
  return votingQueue(own, p.amendmentOrder)
    .map((id) => byId.get(id))
    .filter((a): a is AmendmentState => a !== undefined);
}

/** A draft as it stands (by default the draft on the floor), with every pending (first-degree) amendment to it shown as tracked changes. */
export function trackedDraft(live: LiveSessionState, draftId: string | null = live.procedure.draft?.id ?? null): TrackedDocument | null {
  const doc = draftId === null || draftId === live.procedure.draft?.id ? currentDocument(live) : draftDocument(live, draftId);
  if (!doc) return null;
  const pending = live.procedure.amendments
    .filter((a) => a.draftId === draftId && a.status === "pending" && a.parentId === null)
    .map((a) => ({ amendmentId: a.id, op: a.op }));
  return trackedChanges(doc, pending);
}

/** The clause an amendment or a vote is about, for the screen. */
export function clauseOfSubject(p: SessionState, subject: VoteSubject): string | null {
  if (subject.kind === "part") return subject.clauseId;
  if (subject.kind !== "amendment") return null;
  const amendment = p.amendments.find((a) => a.id === subject.amendmentId);
  return amendment ? clauseOfAmendment(amendment) : null;
}

/** The clause an amendment touches (for an addition: the clause it follows, or its parent). */
export function clauseOfAmendment(amendment: AmendmentState): string | null {
  const op = amendment.op;
  return op.kind === "add" ? (op.afterId ?? op.parentId) : op.targetId;
}

export interface SpeakerClock {
  member: string;
  elapsedMs: number;
  remainingMs: number | null;
  running: boolean;
}

export function currentSpeaker(p: SessionState, now: number): SpeakerClock | null {
  const speech = p.speakers.current;
  if (!speech) return null;
  return {
    member: speech.member,
    elapsedMs: elapsedMs(speech.clock, now),
    remainingMs: remainingMs(speech.clock, now),
    running: speech.clock.runningSince !== null,
  };
}

export function caucusClock(p: SessionState, now: number): { remainingMs: number | null; running: boolean } | null {
  if (!p.caucus) return null;
  return { remainingMs: remainingMs(p.caucus.clock, now), running: p.caucus.clock.runningSince !== null };
}

/** "12:05" from milliseconds (rounded up, so 0:00 means time is up). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

export function lastDecision(p: SessionState) {
  return p.decisions.at(-1) ?? null;
}
