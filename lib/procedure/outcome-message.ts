/**
 * Which words announce a result — the message key and its parameters — without the messages
 * themselves, so pages format them with the catalogue they already have (next-intl) and the server
 * with formatMessage. The choice of words is a rule of procedure: it lives here, once.
 */
import type { TallyOutcome } from "./tally";

export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

/** « Adopté », "Rejected: the votes are equally divided", the veto wording naming the permanent member(s)… */
export function outcomeMessage(outcome: TallyOutcome, memberName: (code: string) => string): MessageRef {
  switch (outcome.result) {
    case "adopted":
      return { key: outcome.withoutVote ? "outcome.adopted_without_vote" : "outcome.adopted" };
    case "vetoed":
      return { key: "outcome.vetoed", params: { count: outcome.vetoedBy.length, members: outcome.vetoedBy.map(memberName).join(", ") } };
    case "no-quorum":
      return { key: "outcome.no_quorum", params: { present: outcome.quorum?.present ?? 0, required: outcome.quorum?.required ?? 0 } };
    case "not-adopted":
      if (outcome.reason === "tie") return { key: "outcome.rejected_tie" };
      // The Council's wording: "not adopted", for want of the nine affirmative votes.
      if (outcome.majority.kind === "affirmative-votes") return { key: "outcome.not_adopted_insufficient" };
      if (outcome.reason === "no-votes") return { key: "outcome.rejected_no_votes" };
      return { key: "outcome.rejected" };
  }
}

/** "In favour: 93 · Against: 24 · Abstentions: 58"; null for an adoption without a vote. */
export function countsMessage(outcome: TallyOutcome): MessageRef | null {
  if (outcome.withoutVote) return null;
  const { yes, no, abstain } = outcome.counts;
  return { key: "outcome.counts", params: { yes, no, abstain } };
}
