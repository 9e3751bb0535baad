/**
 * What each motion does when adopted (data: MOTION_EFFECTS), whether it is in order now, and the
 * events its adoption produces. Whether it needs a second, is debatable and its majority are the
 * preset's (preset-schema.ts → MotionRule).
 */
import { STILL_TO_VOTE, draftById, draftRef, namedDraftId, subjectDraftId } from "./drafts";
import { assertNever } from "../util/assert-never";
import { event, type DecideContext, type LiveState } from "./decide-kit";
import { domainError, type DomainError } from "./errors";
import type { SessionEvent } from "./events";
import type { MajorityRule, MotionCondition, MotionKind, MotionRule } from "./preset-schema";
import type { MotionState, SessionState } from "./state";

export const MOTION_EFFECT_KINDS = [
  "suspend-meeting",
  "adjourn-meeting",
  "refer-draft",
  "adjourn-debate",
  "close-debate",
  "close-speakers-list",
  "reopen-speakers-list",
  "set-speaking-time",
  "start-caucus",
  "divide-question",
  "roll-call-next-vote",
  "reorder-drafts",
  "reconsider-decision",
  "overrule-ruling",
] as const;
export type MotionEffect = (typeof MOTION_EFFECT_KINDS)[number];

export const MOTION_EFFECTS: Readonly<Record<MotionKind, MotionEffect>> = {
  suspend: "suspend-meeting",
  adjourn: "adjourn-meeting",
  "adjourn-to": "adjourn-meeting",
  refer: "refer-draft",
  postpone: "adjourn-debate",
  "adjourn-debate": "adjourn-debate",
  "close-debate": "close-debate",
  "close-speakers-list": "close-speakers-list",
  "reopen-speakers-list": "reopen-speakers-list",
  "set-speaking-time": "set-speaking-time",
  "moderated-caucus": "start-caucus",
  "unmoderated-caucus": "start-caucus",
  "divide-question": "divide-question",
  "roll-call-vote": "roll-call-next-vote",
  "reorder-drafts": "reorder-drafts",
  reconsider: "reconsider-decision",
  appeal: "overrule-ruling",
};

/** The draft on the floor, named in an event (omitted for the first draft). */
function floorRef(state: SessionState): { draftId?: string } {
  return state.draft ? draftRef(state, state.draft.id) : {};
}

export function motionRule(state: LiveState, kind: MotionKind): MotionRule | null {
  return state.rules.motions[kind];
}

function conditionHolds(state: SessionState, condition: MotionCondition): boolean {
  switch (condition) {
    case "draft-before-body":
      return state.draft?.status === "introduced" && state.debate !== "adjourned";
    case "debate-open":
      return state.debate === "open";
    case "no-caucus":
      return state.caucus === null;
    case "speakers-list-open":
      return state.speakers.open;
    case "speakers-list-closed":
      return !state.speakers.open;
    case "decision-taken":
      return state.decisions.length > 0;
    case "ruling-given":
      return state.points.some((p) => p.kind === "order" && p.ruling !== null && !p.overruled);
    default:
      return assertNever(condition, "motion condition");
  }
}

/** Why a motion cannot be moved now, or null when it is in order. */
export function outOfOrder(state: LiveState, kind: MotionKind, params: MotionState["params"]): DomainError | null {
  const rule = motionRule(state, kind);
  if (!rule) return domainError("motion.not_allowed", { motion: kind });
  const failed = rule.inOrderWhen.find((c) => !conditionHolds(state, c));
  if (failed) return domainError("motion.out_of_order", { motion: kind, condition: failed });
  switch (kind) {
    case "divide-question":
      // One division per draft; the next draft may be divided once it is on the floor.
      return state.division && namedDraftId(state, state.division.draftId) === state.draft?.id
        ? domainError("division.already_granted")
        : null;
    case "reconsider": {
      // Rule 81: a decided proposal may be reconsidered; an amendment only while the draft is still before the body.
      const decision = state.decisions[params.decisionIndex ?? -1];
      const subject = decision?.subject.kind;
      const valid =
        decision !== undefined &&
        !decision.reconsidered &&
        decision.outcome.result !== "no-quorum" &&
        (subject === "draft" ||
          (subject === "amendment" && draftById(state, subjectDraftId(state, decision.subject))?.status === "introduced"));
      return valid ? null : domainError("motion.invalid_target", { motion: kind });
    }
    case "reorder-drafts": {
      // Rule 91: the order names, once each, drafts still to be voted on — an unknown id would
      // reserve a place for a draft tabled later, a decided one changes nothing.
      const order = params.order ?? [];
      const valid =
        new Set(order).size === order.length && order.every((id) => STILL_TO_VOTE.has(draftById(state, id)?.status ?? "withdrawn"));
      return valid ? null : domainError("draft.order_invalid");
    }
    case "appeal": {
      const point = state.points.find((p) => p.id === params.pointId);
      const valid = point !== undefined && point.kind === "order" && point.ruling !== null && !point.overruled;
      return valid ? null : domainError("motion.invalid_target", { motion: kind });
    }
    default:
      return null;
  }
}

/** The majority a motion needs: the preset's procedural majority or a fixed one. */
export function motionMajority(state: LiveState, rule: MotionRule): MajorityRule {
  switch (rule.majority) {
    case "procedural":
      return state.rules.voting.majorities.procedural;
    case "simple":
      return { kind: "simple" };
    case "two-thirds":
      return { kind: "two-thirds" };
  }
}

/**
 * The pending motion of highest precedence that outranks `motion` (GA rule 77, SC rule 33): it
 * must be disposed of first.
 */
export function outrankingMotion(state: LiveState, motion: MotionState): MotionState | undefined {
  const rank = (m: MotionState) => motionRule(state, m.kind)?.precedence ?? Number.MAX_SAFE_INTEGER;
  const own = rank(motion);
  return state.motions.filter((m) => m.id !== motion.id && m.status === "pending" && rank(m) < own).sort((a, b) => rank(a) - rank(b))[0];
}

/** motion.adopted followed by what the motion does. */
export function adoptionEvents(state: LiveState, motion: MotionState, ctx: DecideContext, withoutVote: boolean): SessionEvent[] {
  const events: SessionEvent[] = [event(ctx, "motion.adopted", { motionId: motion.id, withoutVote })];
  const p = motion.params;
  const effect = MOTION_EFFECTS[motion.kind];
  switch (effect) {
    case "suspend-meeting":
      events.push(event(ctx, "meeting.suspended", { minutes: p.minutes ?? null, motionId: motion.id }));
      break;
    case "adjourn-meeting":
      events.push(event(ctx, "meeting.adjourned", { until: p.until ?? null, motionId: motion.id }));
      break;
    case "refer-draft":
      events.push(event(ctx, "draft.referred", { to: p.to ?? "", ...floorRef(state) }));
      break;
    case "adjourn-debate":
      events.push(event(ctx, "debate.adjourned", { until: p.until ?? null }));
      break;
    case "close-debate":
      events.push(event(ctx, "debate.closed"));
      break;
    case "close-speakers-list":
      events.push(event(ctx, "speakers.list_closed"));
      break;
    case "reopen-speakers-list":
      events.push(event(ctx, "speakers.list_reopened"));
      break;
    case "set-speaking-time":
      events.push(event(ctx, "speakers.time_set", { seconds: p.seconds ?? null }));
      break;
    case "start-caucus": {
      if (state.speakers.current) events.push(event(ctx, "speech.ended"));
      const moderated = motion.kind === "moderated-caucus";
      events.push(
        event(ctx, "caucus.started", {
          kind: moderated ? "moderated" : "unmoderated",
          totalSeconds: p.totalSeconds ?? 0,
          speakerSeconds: moderated ? (p.speakerSeconds ?? null) : null,
          topic: p.topic ?? "",
          motionId: motion.id,
        }),
      );
      break;
    }
    case "divide-question":
      events.push(event(ctx, "division.granted", { parts: p.parts ?? [], operativeClauses: p.operativeClauses ?? [], ...floorRef(state) }));
      break;
    case "roll-call-next-vote":
      events.push(event(ctx, "vote.method_set", { method: "roll-call" }));
      break;
    case "reorder-drafts":
      events.push(event(ctx, "drafts.reordered", { order: p.order ?? [] }));
      break;
    case "reconsider-decision":
      events.push(event(ctx, "decision.reconsidered", { decisionIndex: p.decisionIndex ?? 0 }));
      break;
    case "overrule-ruling":
      events.push(event(ctx, "ruling.overruled", { pointId: p.pointId ?? "" }));
      break;
    default:
      return assertNever(effect, "motion effect");
  }
  return events;
}
