/**
 * The floor's memory (state.floor): what the screens need and the rest of the state forgets —
 * the chair's projection, when a suspension began and for how long, and the result just reached,
 * kept until the next business starts. Computed from the state before and after each event.
 */
import type { SessionEvent } from "./events";
import type { FloorResult, FloorState, RulingOutcome, SessionState } from "./state";
import { EMPTY_FLOOR } from "./state";

/** Events that bring new business to the floor: the previous result leaves the screens. */
const NEXT_BUSINESS = new Set<SessionEvent["type"]>([
  "vote.opened",
  "speech.started",
  "caucus.started",
  "motion.proposed",
  "point.raised",
  "meeting.opened",
  "meeting.suspended",
  "meeting.resumed",
  "draft.introduced",
]);

const MOTION_OUTCOMES: Partial<Record<SessionEvent["type"], RulingOutcome>> = {
  "motion.withdrawn": "withdrawn",
  "motion.ruled_out_of_order": "ruled-out-of-order",
  "motion.lapsed": "lapsed",
};

function resultOf(before: SessionState, after: SessionState, event: SessionEvent): FloorResult | null | undefined {
  switch (event.type) {
    case "vote.closed": {
      const vote = before.vote;
      if (!vote) return undefined;
      const subject = vote.subject;
      const motion = subject.kind === "motion" ? (before.motions.find((m) => m.id === subject.motionId) ?? null) : null;
      return {
        kind: "decision",
        decisionIndex: after.decisions.length - 1,
        motion,
        eligible: vote.eligible,
        order: vote.order,
        at: event.at,
      };
    }
    case "motion.adopted":
    case "motion.rejected":
    case "motion.withdrawn":
    case "motion.ruled_out_of_order":
    case "motion.lapsed": {
      // A motion decided by a vote is already on the screens as that vote's decision.
      if (
        before.floor.result?.kind === "decision" &&
        before.floor.result.at === event.at &&
        before.floor.result.motion?.id === event.motionId
      )
        return undefined;
      const motion = before.motions.find((m) => m.id === event.motionId);
      if (!motion) return undefined;
      const outcome = MOTION_OUTCOMES[event.type] ?? (event.type === "motion.adopted" ? "adopted" : "rejected");
      return { kind: "motion", motion, outcome, at: event.at };
    }
    case "point.resolved": {
      const point = after.points.find((p) => p.id === event.pointId);
      return point ? { kind: "point", point, outcome: event.ruling, at: event.at } : undefined;
    }
    default:
      return NEXT_BUSINESS.has(event.type) ? null : undefined;
  }
}

function suspensionOf(floor: FloorState, event: SessionEvent): FloorState["suspension"] {
  switch (event.type) {
    case "meeting.suspended":
      return { minutes: event.minutes, since: event.at };
    case "meeting.resumed":
    case "meeting.opened":
    case "meeting.adjourned":
      return null;
    default:
      return floor.suspension;
  }
}

function projectionOf(floor: FloorState, event: SessionEvent): FloorState["projection"] {
  if (event.type === "projection.changed") return event.target;
  // The room always sees what it votes on: a vote that opens ends the chair's projection.
  if (event.type === "vote.opened") return null;
  return floor.projection;
}

/** `after` (reduce's result for `event` on `before`) with its floor brought up to date. */
export function withFloor(before: SessionState, after: SessionState, event: SessionEvent): SessionState {
  if (!after.created) return after;
  const floor = before.created ? (before.floor ?? EMPTY_FLOOR) : EMPTY_FLOOR;
  const result = resultOf(before, after, event);
  const next: FloorState = {
    projection: projectionOf(floor, event),
    suspension: suspensionOf(floor, event),
    result: result === undefined ? floor.result : result,
  };
  if (next.projection === floor.projection && next.suspension === floor.suspension && next.result === floor.result && after.floor === floor)
    return after;
  return { ...after, floor: next };
}
