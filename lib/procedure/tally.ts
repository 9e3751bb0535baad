/**
 * Counting a vote, callable on its own (a chair's calculator, tests, the minutes) and used by
 * decide when a vote closes. Pure arithmetic on ballots or totals; no session state.
 */
import type { MajorityRule, QuestionKind, QuorumRule, RulesPreset } from "./preset-schema";
import { PRESETS, type PresetId } from "./presets";

export const CHOICES = ["yes", "no", "abstain", "pass"] as const;
export type Choice = (typeof CHOICES)[number];

export interface Totals {
  yes: number;
  no: number;
  abstain: number;
  /** With totals only (show of hands), the permanent members seen voting no, for the veto rule. */
  noFromPermanent?: string[];
}

export interface TallyInput {
  preset: RulesPreset | PresetId;
  questionKind: QuestionKind;
  /** Overrides the preset's majority for this question (e.g. two thirds to reconsider, rule 81). */
  majority?: MajorityRule;
  /** Each member's answer; ballots of non-members are ignored; "pass" counts as not voting. */
  ballots?: Record<string, Choice>;
  totals?: Totals;
  /** The voting membership: base of the quorum and of "not voting". */
  members: readonly string[];
  permanentMembers?: readonly string[];
  /** Members present, for the quorum to decide (rule 67); omitted: quorum not checked. */
  present?: number;
}

export const OUTCOME_RESULTS = ["adopted", "not-adopted", "vetoed", "no-quorum"] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];
export type OutcomeReason = "majority" | "without-vote" | "insufficient-votes" | "tie" | "no-votes" | "veto" | "quorum";

export interface TallyOutcome {
  result: OutcomeResult;
  reason: OutcomeReason;
  questionKind: QuestionKind;
  majority: MajorityRule;
  counts: { yes: number; no: number; abstain: number; notVoting: number };
  /** Members casting yes or no; abstainers are not "voting" (rule 86). */
  presentAndVoting: number;
  /** Yes votes needed with these counts (simple: ⌊pv/2⌋+1, two thirds: ⌈2pv/3⌉, or the fixed count). */
  required: number;
  /** Permanent members whose negative vote defeated the proposal, in membership order. */
  vetoedBy: string[];
  quorum: { present: number; required: number } | null;
  withoutVote: boolean;
}

/** Members needed present under a quorum rule. */
export function quorumCount(rule: QuorumRule, memberCount: number): number {
  const exact = (memberCount * rule.num) / rule.den;
  return rule.comparison === "at-least" ? Math.ceil(exact) : Math.floor(exact) + 1;
}

export function requiredYes(majority: MajorityRule, presentAndVoting: number): number {
  switch (majority.kind) {
    case "simple":
      return Math.floor(presentAndVoting / 2) + 1;
    case "two-thirds":
      return Math.max(1, Math.ceil((2 * presentAndVoting) / 3));
    case "affirmative-votes":
      return majority.count;
  }
}

function countBallots(ballots: Record<string, Choice>, members: readonly string[]): Totals {
  const totals = { yes: 0, no: 0, abstain: 0 };
  for (const member of members) {
    const choice = ballots[member];
    if (choice === "yes" || choice === "no" || choice === "abstain") totals[choice] += 1;
  }
  return totals;
}

export function tally(input: TallyInput): TallyOutcome {
  const preset = typeof input.preset === "string" ? PRESETS[input.preset] : input.preset;
  const majority = input.majority ?? preset.voting.majorities[input.questionKind];
  const totals = input.ballots ? countBallots(input.ballots, input.members) : (input.totals ?? { yes: 0, no: 0, abstain: 0 });
  const { yes, no, abstain } = totals;
  const presentAndVoting = yes + no;
  const required = requiredYes(majority, presentAndVoting);
  const counts = { yes, no, abstain, notVoting: Math.max(0, input.members.length - yes - no - abstain) };
  const permanent = input.permanentMembers ?? [];
  const negativePermanent = input.ballots
    ? input.members.filter((m) => permanent.includes(m) && input.ballots?.[m] === "no")
    : (input.totals?.noFromPermanent ?? []).filter((m) => permanent.includes(m));

  const decideQuorum = preset.quorum.decide;
  const quorum =
    decideQuorum && input.present !== undefined
      ? { present: input.present, required: quorumCount(decideQuorum, input.members.length) }
      : null;
  const base = { questionKind: input.questionKind, majority, counts, presentAndVoting, required, quorum, withoutVote: false };

  if (quorum && quorum.present < quorum.required) {
    return { ...base, result: "no-quorum", reason: "quorum", vetoedBy: [] };
  }
  if (yes < required) {
    // Art. 27: short of nine votes the draft fails for want of votes, even if a permanent member
    // voted no — that is not a veto. Rule 95: an equally divided vote is rejected.
    const reason: OutcomeReason =
      presentAndVoting === 0 ? "no-votes" : majority.kind === "simple" && yes === no ? "tie" : "insufficient-votes";
    return { ...base, result: "not-adopted", reason, vetoedBy: [] };
  }
  if (preset.voting.vetoOn.includes(input.questionKind) && negativePermanent.length > 0) {
    return { ...base, result: "vetoed", reason: "veto", vetoedBy: negativePermanent };
  }
  return { ...base, result: "adopted", reason: "majority", vetoedBy: [] };
}

/** Outcome of a proposal adopted without a vote (nobody requested one). */
export function adoptedWithoutVote(questionKind: QuestionKind, majority: MajorityRule, members: number): TallyOutcome {
  return {
    result: "adopted",
    reason: "without-vote",
    questionKind,
    majority,
    counts: { yes: 0, no: 0, abstain: 0, notVoting: members },
    presentAndVoting: 0,
    required: 0,
    vetoedBy: [],
    quorum: null,
    withoutVote: true,
  };
}
