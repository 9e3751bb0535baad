/** Opening, casting, counting and closing votes (rules 86–88, 95; Art. 18 and 27; Model UN roll call). */
import { votingQueue } from "./amendment-order";
import type { CommandOf } from "./commands";
import {
  accept,
  actingFor,
  chairOnly,
  draftQuestionKind,
  eligibleVoters,
  event,
  presentMembers,
  refuse,
  refusal,
  type DecideContext,
  type Decision,
  type LiveState,
} from "./decide-kit";
import { domainError, isDomainError, type DomainError } from "./errors";
import { rollCallOrder } from "./members";
import { motionMajority, motionRule, outrankingMotion } from "./motions";
import type { MajorityRule, MotionKind, QuestionKind } from "./preset-schema";
import type { DraftState, VoteState, VoteSubject } from "./state";
import { amendmentsOf, draftById, draftRef, namedDraftId, nextDraftToVote, subjectDraftId } from "./drafts";
import { adoptedWithoutVote, quorumCount, tally, type Choice } from "./tally";
import { consequences } from "./vote-consequences";

/** Who is called next in a roll call: first round in order, then those who passed (round 2). */
export function nextRollCall(vote: VoteState): { member: string; round: 1 | 2 } | null {
  if (vote.method !== "roll-call") return null;
  const first = vote.order.find((m) => vote.ballots[m] === undefined);
  if (first) return { member: first, round: 1 };
  const passed = vote.order.find((m) => vote.ballots[m]?.choice === "pass");
  return passed ? { member: passed, round: 2 } : null;
}

interface SubjectCheck {
  questionKind: QuestionKind;
  majority: MajorityRule | null;
  motionKind: MotionKind | null;
}

/** A draft's label in a refusal: its number once accepted, else its title. */
function draftLabel(draft: DraftState): string {
  return draft.symbol ?? (draft.title || draft.id);
}

/**
 * Rule 91: drafts are voted in the order submitted (or as the body decided), each with its own
 * amendments and parts first. A question on `draft` waits until every draft ahead of it is decided.
 */
function checkDraftTurn(state: LiveState, draft: DraftState | null): DomainError | null {
  if (!draft) return domainError("draft.none");
  if (draft.status !== "introduced") return domainError("draft.not_before_body");
  const next = nextDraftToVote(state);
  if (next && next.id !== draft.id) return domainError("draft.not_next", { next: draftLabel(next) });
  return null;
}

/** The subject as it will be stored: it names its draft (omitted for the first one, see drafts.ts). */
function canonicalSubject(state: LiveState, subject: VoteSubject): VoteSubject {
  if (subject.kind !== "draft" && subject.kind !== "part") return subject;
  const draftId = subject.draftId ?? (subject.kind === "part" ? namedDraftId(state, state.division?.draftId) : state.draft?.id);
  const { draftId: _given, ...rest } = subject;
  return draftId ? { ...rest, ...draftRef(state, draftId) } : rest;
}

/** May this subject be put to the vote now? The order of voting is a rule (77, 89, 90, 91). */
function checkSubject(state: LiveState, subject: VoteSubject): SubjectCheck | DomainError {
  // An adjourned debate sets the item aside: nothing on it is put to the vote.
  if (subject.kind !== "motion" && state.debate === "adjourned") return domainError("debate.adjourned");
  const pendingMotion = state.motions.some((m) => m.status === "pending");
  switch (subject.kind) {
    case "motion": {
      const motion = state.motions.find((m) => m.id === subject.motionId);
      if (!motion) return domainError("motion.unknown", { motionId: subject.motionId });
      const rule = motionRule(state, motion.kind);
      if (!rule || motion.status !== "pending") return domainError("motion.not_pending");
      const higher = outrankingMotion(state, motion);
      if (higher) return domainError("motion.precedence", { motion: higher.kind });
      return { questionKind: "procedural", majority: motionMajority(state, rule), motionKind: motion.kind };
    }
    case "draft": {
      const draft = draftById(state, subjectDraftId(state, subject));
      const turn = checkDraftTurn(state, draft);
      if (turn) return turn;
      if (amendmentsOf(state, draft!.id).some((a) => a.status === "pending")) return domainError("draft.amendments_pending");
      if (pendingMotion) return domainError("motion.pending");
      const division = state.division;
      if (
        division &&
        namedDraftId(state, division.draftId) === draft!.id &&
        division.parts.some((p) => division.decided[p.clauseId] === undefined)
      )
        return domainError("division.parts_pending");
      return { questionKind: draftQuestionKind(state, draft), majority: null, motionKind: null };
    }
    case "amendment": {
      const amendment = state.amendments.find((a) => a.id === subject.amendmentId);
      if (!amendment) return domainError("amendment.unknown", { amendmentId: subject.amendmentId });
      if (amendment.status !== "pending") return domainError("amendment.not_pending");
      const draft = draftById(state, amendment.draftId);
      const turn = checkDraftTurn(state, draft);
      if (turn) return turn;
      if (pendingMotion) return domainError("motion.pending");
      if (state.amendments.some((a) => a.parentId === amendment.id && a.status === "pending"))
        return domainError("amendment.second_degree_first");
      // A draft's own queue: its amendments are never voted with another draft's.
      const next = votingQueue(amendmentsOf(state, amendment.draftId), state.amendmentOrder)[0];
      if (next !== amendment.id) return domainError("amendment.not_next", { next: next ?? "" });
      const kind = state.rules.amendments.questionKind;
      return { questionKind: kind === "as-draft" ? draftQuestionKind(state, draft) : kind, majority: null, motionKind: null };
    }
    case "part": {
      const division = state.division;
      if (!division || !division.parts.some((p) => p.clauseId === subject.clauseId)) return domainError("division.part_unknown");
      const draftId = namedDraftId(state, division.draftId);
      if (subject.draftId !== undefined && subject.draftId !== draftId) return domainError("division.part_unknown");
      if (division.decided[subject.clauseId] !== undefined) return domainError("division.part_decided");
      const draft = draftById(state, draftId);
      const turn = checkDraftTurn(state, draft);
      if (turn) return turn;
      if (amendmentsOf(state, draft!.id).some((a) => a.status === "pending")) return domainError("draft.amendments_pending");
      if (pendingMotion) return domainError("motion.pending");
      return { questionKind: draftQuestionKind(state, draft), majority: null, motionKind: null };
    }
  }
}

function open(state: LiveState, cmd: CommandOf<"vote.open">, ctx: DecideContext): Decision {
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  // Points of order are ruled on at once, before anything is put to the vote.
  if (state.points.some((p) => p.kind === "order" && p.ruling === null)) return refuse("point.pending");
  const rule = state.rules.quorum.decide;
  if (rule) {
    const present = presentMembers(state).length;
    const required = quorumCount(rule, state.members.length);
    if (present < required) return refuse("quorum.not_met", { present, required });
  }
  const subject = canonicalSubject(state, cmd.subject);
  const check = checkSubject(state, subject);
  if (isDomainError(check)) return refusal(check);
  const questionKind = cmd.questionKind ?? check.questionKind;
  const requested = cmd.subject.kind === "motion" ? null : state.nextVoteMethod;
  const method = cmd.method ?? requested ?? state.rules.voting.defaultMethod;
  if (!state.rules.voting.allowedMethods.includes(method)) return refuse("vote.method_not_allowed", { method });
  const eligible = eligibleVoters(state, questionKind);
  let order: string[] = [];
  if (method === "roll-call") {
    // Rule 87: English alphabetical order from a member drawn by lot (the draw is an input).
    if (cmd.firstMember === undefined || !eligible.includes(cmd.firstMember)) return refuse("vote.first_member_invalid");
    order = rollCallOrder(eligible, cmd.firstMember);
  }
  const vote: VoteState = {
    subject,
    motionKind: check.motionKind,
    questionKind,
    majority: check.majority ?? state.rules.voting.majorities[questionKind],
    method,
    eligible,
    order,
    ballots: {},
    totals: null,
    requestedBy: null,
    openedAt: ctx.now,
  };
  return accept(event(ctx, "vote.opened", { vote }));
}

function cast(state: LiveState, vote: VoteState, cmd: CommandOf<"vote.cast">, ctx: DecideContext): Decision {
  const acting = actingFor(state, ctx, cmd.member, true);
  if (isDomainError(acting)) return refusal(acting);
  const member = acting.member;
  if (vote.method === "without-vote" || vote.totals !== null) return refuse("vote.method_mismatch");
  const substantive = vote.questionKind !== "procedural";
  if (state.parties.includes(member) && state.rules.voting.partiesAbstainOn.includes(vote.questionKind)) {
    return refuse("vote.party_to_dispute", { member });
  }
  if (!vote.eligible.includes(member)) return refuse("vote.not_eligible", { member });
  const choice: Choice = cmd.choice;
  let round: 1 | 2 = 1;
  if (vote.method === "roll-call") {
    const next = nextRollCall(vote);
    if (!next) return refuse("vote.already_cast", { member });
    if (next.member !== member) return refuse("vote.not_your_turn", { expected: next.member });
    round = next.round;
    // A delegation that passed is called again and must then vote yes or no.
    if (round === 2 && choice !== "yes" && choice !== "no") return refuse("vote.choice_not_allowed", { choice });
  }
  // Other methods work like an electronic voting board: a delegation may change its vote until
  // the chair closes the vote (a later ballot replaces the earlier one).
  if (choice === "pass" && (vote.method !== "roll-call" || !state.rules.rollCall.allowPass)) return refuse("vote.pass_not_allowed");
  if (
    choice === "abstain" &&
    substantive &&
    !state.rules.voting.presentAndVotingMayAbstain &&
    state.attendance[member] === "present-and-voting"
  ) {
    return refuse("vote.abstention_not_allowed", { member });
  }
  const withRights = cmd.withRights ?? false;
  if (withRights && (!state.rules.rollCall.allowWithRights || vote.method !== "roll-call" || (choice !== "yes" && choice !== "no"))) {
    return refuse("vote.rights_not_allowed");
  }
  return accept(event(ctx, "vote.cast", { member, choice, withRights }));
}

function close(state: LiveState, vote: VoteState, ctx: DecideContext): Decision {
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  let outcome;
  if (vote.method === "without-vote") {
    outcome = adoptedWithoutVote(vote.questionKind, vote.majority, vote.eligible.length);
  } else {
    const next = nextRollCall(vote);
    if (next) return refuse("vote.roll_call_incomplete", { next: next.member });
    const choices = Object.fromEntries(Object.entries(vote.ballots).map(([m, b]) => [m, b.choice]));
    outcome = tally({
      preset: state.rules,
      questionKind: vote.questionKind,
      majority: vote.majority,
      ...(vote.totals ? { totals: vote.totals } : { ballots: choices }),
      members: state.members,
      permanentMembers: state.permanentMembers,
      present: presentMembers(state).length,
    });
  }
  // Show of hands is not recorded: only totals are published.
  const published = vote.method === "recorded" || vote.method === "roll-call" ? vote.ballots : null;
  return accept(event(ctx, "vote.closed", { outcome, ballots: published }), ...consequences(state, vote, outcome, ctx));
}

type VoteCommand = CommandOf<"vote.open" | "vote.cast" | "vote.record_totals" | "vote.request" | "vote.close" | "vote.cancel">;

export function decideVote(state: LiveState, cmd: VoteCommand, ctx: DecideContext): Decision {
  if (cmd.type === "vote.open") return state.vote ? refuse("vote.in_progress") : open(state, cmd, ctx);
  const vote = state.vote;
  if (!vote) return refuse("vote.not_open");
  switch (cmd.type) {
    case "vote.cast":
      return cast(state, vote, cmd, ctx);
    case "vote.record_totals": {
      const denied = chairOnly(ctx);
      if (denied) return refusal(denied);
      if (vote.method !== "show-of-hands" || Object.keys(vote.ballots).length > 0) return refuse("vote.method_mismatch");
      const noFromPermanent = [...new Set(cmd.noFromPermanent ?? [])];
      const valid =
        cmd.yes + cmd.no + cmd.abstain <= vote.eligible.length &&
        noFromPermanent.length <= cmd.no &&
        noFromPermanent.every((m) => state.permanentMembers.includes(m) && vote.eligible.includes(m));
      if (!valid) return refuse("vote.totals_invalid", { eligible: vote.eligible.length });
      return accept(event(ctx, "vote.totals_recorded", { totals: { yes: cmd.yes, no: cmd.no, abstain: cmd.abstain, noFromPermanent } }));
    }
    case "vote.request": {
      // Adoption without a vote stands unless a member requests a vote.
      const acting = actingFor(state, ctx, undefined);
      if (isDomainError(acting)) return refusal(acting);
      if (vote.method !== "without-vote") return refuse("vote.method_mismatch");
      return accept(event(ctx, "vote.requested", { member: acting.member }), event(ctx, "vote.cancelled", { reason: "vote-requested" }));
    }
    case "vote.close":
      return close(state, vote, ctx);
    case "vote.cancel": {
      const denied = chairOnly(ctx);
      if (denied) return refusal(denied);
      return accept(event(ctx, "vote.cancelled", { reason: "chair" }));
    }
  }
}
