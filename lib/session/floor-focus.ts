/**
 * "The business on the floor": the one thing every surface puts first — the projector, the
 * delegates' phones, the chair's console. Pure: a function of the procedure's state and the time
 * the caller passes, so all screens agree and replays show what the room saw.
 *
 * By priority: a vote in progress → the decision just taken (until the next business starts) →
 * a point or motion awaiting the chair (and, briefly, how it was disposed of) → a suspension
 * (it halts speeches and caucuses, so it goes before them while it lasts) → a speech → a caucus →
 * the roll call → the next amendment in the voting queue → the draft.
 * `floorFocus` is what delegations see; `projectionFocus` adds the chair's "Projeter" override.
 */
import { elapsedMs, remainingMs, type Clock } from "@/lib/procedure/clock";
import type {
  AmendmentState,
  CaucusState,
  DecisionRecord,
  MotionState,
  PointState,
  ProjectionTarget,
  RulingOutcome,
  SessionState,
  SpeechState,
  VoteState,
  VoteSubject,
} from "@/lib/procedure/state";
import type { ClauseId } from "@/lib/resolution/op";
import { amendmentQueue, attendanceOf, clauseOfAmendment, voteProgress, type Attendance, type VoteProgress } from "./selectors";

/** How long a motion's or a point's disposal (without a vote) stays on the screens. */
export const RULING_SHOWN_MS = 15_000;
/** A speech clock turns amber in its last seconds. */
export const CLOCK_WARNING_MS = 10_000;

/** What a vote or a decision is about, with what a screen needs to show it. */
export type FocusSubject =
  | { kind: "draft" }
  | { kind: "amendment"; amendment: AmendmentState | null; amendmentId: string; clauseId: ClauseId | null }
  | { kind: "part"; clauseId: ClauseId }
  | { kind: "motion"; motion: MotionState | null; motionId: string };

/** A clock as a screen shows it: time left (or elapsed without a limit), overtime, paused. */
export interface ClockView {
  elapsedMs: number;
  /** null: no time limit. */
  remainingMs: number | null;
  durationMs: number | null;
  /** Time spoken beyond the limit (0 within it). */
  overtimeMs: number;
  running: boolean;
  /** In the last CLOCK_WARNING_MS of the limit (not yet over). */
  warning: boolean;
}

export type FloorFocus =
  | { kind: "vote"; vote: VoteState; subject: FocusSubject; progress: VoteProgress; board: Board }
  | { kind: "decision"; decision: DecisionRecord; decisionIndex: number; subject: FocusSubject; board: Board }
  | { kind: "motion"; motion: MotionState; ruling: RulingOutcome | null }
  | { kind: "point"; point: PointState; ruling: RulingOutcome | null }
  | {
      kind: "speech";
      speech: SpeechState;
      clock: ClockView;
      /** The next three names on the list of speakers. */
      next: string[];
      /** The amendment up next in the voting queue ("En discussion : amendement A1"), if any. */
      underDebate: AmendmentState | null;
      /** The moderated caucus this speech is part of, if any. */
      caucus: { caucus: CaucusState; clock: ClockView } | null;
    }
  | { kind: "caucus"; caucus: CaucusState; clock: ClockView }
  | { kind: "suspension"; minutes: number | null; since: number; resumesAt: number | null; remainingMs: number | null }
  | { kind: "roll-call"; attendance: Attendance }
  | { kind: "amendment"; amendment: AmendmentState; clauseId: ClauseId | null }
  | { kind: "draft" };

export type FocusKind = FloorFocus["kind"];

/** The members on a vote board: in roll-call order when there was one (else the screen orders them by name). */
export interface Board {
  members: string[];
  rollCall: boolean;
}

function board(eligible: string[], order: string[]): Board {
  return order.length ? { members: order, rollCall: true } : { members: eligible, rollCall: false };
}

/** What the projector shows: the floor, or what the chair chose to project. */
export type ProjectionFocus =
  | FloorFocus
  | { kind: "projected"; target: ProjectionTarget; amendment: AmendmentState | null; clauseId: ClauseId | null; floor: FloorFocus };

export function clockView(clock: Clock, now: number): ClockView {
  const elapsed = elapsedMs(clock, now);
  const remaining = remainingMs(clock, now);
  const overtime = clock.durationMs === null ? 0 : Math.max(0, elapsed - clock.durationMs);
  return {
    elapsedMs: elapsed,
    remainingMs: remaining,
    durationMs: clock.durationMs,
    overtimeMs: overtime,
    running: clock.runningSince !== null,
    warning: remaining !== null && remaining > 0 && remaining <= CLOCK_WARNING_MS,
  };
}

function subjectOf(p: SessionState, subject: VoteSubject, motion: MotionState | null = null): FocusSubject {
  switch (subject.kind) {
    case "draft":
      return { kind: "draft" };
    case "part":
      return { kind: "part", clauseId: subject.clauseId };
    case "amendment": {
      const amendment = p.amendments.find((a) => a.id === subject.amendmentId) ?? null;
      return { kind: "amendment", amendment, amendmentId: subject.amendmentId, clauseId: amendment ? clauseOfAmendment(amendment) : null };
    }
    case "motion":
      return { kind: "motion", motion: motion ?? p.motions.find((m) => m.id === subject.motionId) ?? null, motionId: subject.motionId };
  }
}

/** The result just reached: a vote's decision until the next business, a ruling for a few seconds. */
function resultFocus(p: SessionState, now: number): FloorFocus | null {
  const result = p.floor.result;
  if (!result) return null;
  if (result.kind === "decision") {
    const decision = p.decisions[result.decisionIndex];
    if (!decision || decision.reconsidered) return null;
    return {
      kind: "decision",
      decision,
      decisionIndex: result.decisionIndex,
      subject: subjectOf(p, decision.subject, result.motion),
      board: board(result.eligible, result.order),
    };
  }
  if (now - result.at > RULING_SHOWN_MS) return null;
  return result.kind === "motion"
    ? { kind: "motion", motion: result.motion, ruling: result.outcome }
    : { kind: "point", point: result.point, ruling: result.outcome };
}

/** Points first (a point of order interrupts), then motions in order of submission. */
function awaitingChair(p: SessionState): FloorFocus | null {
  const point = p.points.find((pt) => pt.ruling === null);
  if (point) return { kind: "point", point, ruling: null };
  const motion = [...p.motions].sort((a, b) => a.seq - b.seq)[0];
  return motion ? { kind: "motion", motion, ruling: null } : null;
}

export function floorFocus(p: SessionState, now: number): FloorFocus {
  const progress = voteProgress(p);
  if (progress) {
    const vote = progress.vote;
    return { kind: "vote", vote, subject: subjectOf(p, vote.subject), progress, board: board(vote.eligible, vote.order) };
  }
  const result = resultFocus(p, now);
  if (result) return result;
  const awaiting = awaitingChair(p);
  if (awaiting) return awaiting;
  const queue = amendmentQueue(p);
  // A suspension halts speeches and caucuses (their clocks stop): while it lasts, it is the floor.
  const suspension = p.floor.suspension;
  if (p.meeting === "suspended" && suspension) {
    const resumesAt = suspension.minutes === null ? null : suspension.since + suspension.minutes * 60_000;
    return {
      kind: "suspension",
      minutes: suspension.minutes,
      since: suspension.since,
      resumesAt,
      remainingMs: resumesAt === null ? null : Math.max(0, resumesAt - now),
    };
  }
  const caucus = p.caucus ? { caucus: p.caucus, clock: clockView(p.caucus.clock, now) } : null;
  const speech = p.speakers.current;
  if (speech) {
    return {
      kind: "speech",
      speech,
      clock: clockView(speech.clock, now),
      next: p.speakers.queue.slice(0, 3),
      underDebate: queue[0] ?? null,
      caucus,
    };
  }
  if (caucus) return { kind: "caucus", ...caucus };
  if (p.meeting === "not-opened") return { kind: "roll-call", attendance: attendanceOf(p) };
  const next = queue[0];
  if (next && p.meeting === "open") return { kind: "amendment", amendment: next, clauseId: clauseOfAmendment(next) };
  return { kind: "draft" };
}

/** The projector's focus: the chair's "Projeter" choice while it stands, else the floor. */
export function projectionFocus(p: SessionState, now: number): ProjectionFocus {
  const floor = floorFocus(p, now);
  const target = p.floor.projection;
  if (!target || floor.kind === "vote") return floor;
  const amendment = target.kind === "amendment" ? (p.amendments.find((a) => a.id === target.amendmentId) ?? null) : null;
  const clauseId = target.kind === "clause" ? target.clauseId : amendment ? clauseOfAmendment(amendment) : null;
  return { kind: "projected", target, amendment, clauseId, floor };
}
