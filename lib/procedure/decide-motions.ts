/** Moving, seconding, debating, objecting to, granting and withdrawing motions; points. */
import type { CommandOf } from "./commands";
import { accept, actingFor, chairOnly, event, refuse, refusal, type DecideContext, type Decision, type LiveState } from "./decide-kit";
import { isDomainError } from "./errors";
import type { SessionEvent } from "./events";
import { adoptionEvents, motionRule, outOfOrder, outrankingMotion } from "./motions";
import type { MotionState } from "./state";

/** Automatic motions (e.g. a roll call on request, rule 87) are granted as soon as they are moved. */
function afterReady(state: LiveState, motion: MotionState, ctx: DecideContext): SessionEvent[] {
  return motionRule(state, motion.kind)?.decision === "automatic" ? adoptionEvents(state, motion, ctx, true) : [];
}

type MotionCommand = CommandOf<
  "motion.propose" | "motion.second" | "motion.object" | "motion.speak" | "motion.withdraw" | "motion.grant" | "motion.rule_out_of_order"
>;

export function decideMotion(state: LiveState, cmd: MotionCommand, ctx: DecideContext): Decision {
  if (cmd.type === "motion.propose") return propose(state, cmd, ctx);
  const motion = state.motions.find((m) => m.id === cmd.motionId);
  if (!motion) return refuse("motion.unknown", { motionId: cmd.motionId });
  const rule = motionRule(state, motion.kind);
  if (!rule) return refuse("motion.not_allowed", { motion: motion.kind });
  switch (cmd.type) {
    case "motion.second": {
      const acting = actingFor(state, ctx, undefined);
      if (isDomainError(acting)) return refusal(acting);
      if (motion.status !== "awaiting-second") return refuse(rule.needsSecond ? "motion.already_seconded" : "motion.no_second_needed");
      if (acting.member === motion.proposer) return refuse("motion.cannot_second_own");
      const seconded = { ...motion, status: "pending" as const, secondedBy: acting.member };
      return accept(event(ctx, "motion.seconded", { motionId: motion.id, member: acting.member }), ...afterReady(state, seconded, ctx));
    }
    case "motion.object": {
      const acting = actingFor(state, ctx, undefined);
      if (isDomainError(acting)) return refusal(acting);
      const objected = event(ctx, "motion.objected", { motionId: motion.id, member: acting.member });
      if (motion.kind === "divide-question" && state.rules.division.moverObjectionBlocks) {
        // SC rule 32: parts are voted separately unless the original mover objects.
        if (acting.member !== state.draft?.sponsors[0]) return refuse("division.only_mover_may_object");
        return accept(objected, event(ctx, "motion.lapsed", { motionId: motion.id, reason: "mover-objected" }));
      }
      return accept(objected);
    }
    case "motion.speak": {
      const acting = actingFor(state, ctx, cmd.member);
      if (isDomainError(acting)) return refusal(acting);
      if (!rule.debate) return refuse("motion.not_debatable", { motion: motion.kind });
      const taken = cmd.side === "for" ? motion.speakersFor : motion.speakersAgainst;
      const limit = cmd.side === "for" ? rule.debate.for : rule.debate.against;
      if (taken.length >= limit || taken.includes(acting.member)) return refuse("motion.debate_full", { side: cmd.side, limit });
      return accept(event(ctx, "motion.speaker_added", { motionId: motion.id, member: acting.member, side: cmd.side }));
    }
    case "motion.withdraw":
      if (ctx.actor.role !== "delegation" || ctx.actor.member !== motion.proposer) return refuse("motion.not_proposer");
      return accept(event(ctx, "motion.withdrawn", { motionId: motion.id }));
    case "motion.grant": {
      const denied = chairOnly(ctx);
      if (denied) return refusal(denied);
      if (motion.status !== "pending") return refuse("motion.not_pending");
      if (rule.decision === "vote") {
        if (!rule.grantableWithoutObjection) return refuse("motion.needs_vote", { motion: motion.kind });
        if (motion.objectedBy.length > 0) return refuse("motion.objected");
      }
      const higher = outrankingMotion(state, motion);
      if (higher) return refuse("motion.precedence", { motion: higher.kind });
      return accept(...adoptionEvents(state, motion, ctx, true));
    }
    case "motion.rule_out_of_order": {
      const denied = chairOnly(ctx);
      if (denied) return refusal(denied);
      return accept(event(ctx, "motion.ruled_out_of_order", { motionId: motion.id }));
    }
  }
}

function propose(state: LiveState, cmd: CommandOf<"motion.propose">, ctx: DecideContext): Decision {
  const acting = actingFor(state, ctx, cmd.member);
  if (isDomainError(acting)) return refusal(acting);
  const { kind, ...params } = cmd.motion;
  const invalid = outOfOrder(state, kind, params);
  if (invalid) return refusal(invalid);
  const rule = motionRule(state, kind);
  // SC rule 34: no seconding in the Council; Model UN motions usually need one.
  const needsSecond = rule?.needsSecond ?? false;
  const motion: MotionState = {
    id: `M${state.counters.motion + 1}`,
    kind,
    params,
    proposer: acting.member,
    status: needsSecond ? "awaiting-second" : "pending",
    secondedBy: null,
    objectedBy: [],
    speakersFor: [],
    speakersAgainst: [],
    seq: state.counters.motion + 1,
  };
  const ready = needsSecond ? [] : afterReady(state, motion, ctx);
  return accept(event(ctx, "motion.proposed", { motion }), ...ready);
}

type PointCommand = CommandOf<"point.raise" | "point.resolve">;

export function decidePoint(state: LiveState, cmd: PointCommand, ctx: DecideContext): Decision {
  if (cmd.type === "point.resolve") {
    const denied = chairOnly(ctx);
    if (denied) return refusal(denied);
    const point = state.points.find((p) => p.id === cmd.pointId);
    if (!point) return refuse("point.unknown", { pointId: cmd.pointId });
    if (point.ruling !== null) return refuse("point.already_resolved");
    return accept(event(ctx, "point.resolved", { pointId: point.id, ruling: cmd.ruling }));
  }
  // Observer states may raise points too.
  const acting = actingFor(state, ctx, undefined, true);
  if (isDomainError(acting)) return refusal(acting);
  const rule = state.rules.points[cmd.kind];
  if (!rule) return refuse("point.not_allowed", { point: cmd.kind });
  const speech = state.speakers.current;
  // A point of information is a question to a speaker who has yielded to questions.
  if (cmd.kind === "information" && speech?.yielded !== "questions") return refuse("point.out_of_order", { point: cmd.kind });
  // Points that may not interrupt wait until the speaker has finished.
  const speaking = speech !== null && speech.clock.runningSince !== null && speech.yielded !== "questions";
  if (!rule.interruptsSpeaker && speaking) return refuse("point.out_of_order", { point: cmd.kind });
  const point = {
    id: `P${state.counters.point + 1}`,
    kind: cmd.kind,
    member: acting.member,
    text: cmd.text ?? "",
    aboutVote: state.vote !== null && (cmd.aboutVote ?? false),
    ruling: null,
    overruled: false,
  };
  return accept(event(ctx, "point.raised", { point }));
}
