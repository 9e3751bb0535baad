/** Human wording of outcomes and errors in fr/en, for the minutes, the server and tests. */
import type { DomainError } from "./errors";
import { formatMessage, type MessageParams } from "./format-message";
import { memberName, type Locale } from "./members";
import type { TallyOutcome } from "./tally";

/** Headline of a result: « Adopté », "Rejected: the votes are equally divided", the veto wording… */
export function describeOutcome(outcome: TallyOutcome, locale: Locale): string {
  switch (outcome.result) {
    case "adopted":
      return formatMessage(locale, outcome.withoutVote ? "outcome.adopted_without_vote" : "outcome.adopted");
    case "vetoed":
      return formatMessage(locale, "outcome.vetoed", {
        count: outcome.vetoedBy.length,
        members: outcome.vetoedBy.map((m) => memberName(m, locale)).join(", "),
      });
    case "no-quorum":
      return formatMessage(locale, "outcome.no_quorum", {
        present: outcome.quorum?.present ?? 0,
        required: outcome.quorum?.required ?? 0,
      });
    case "not-adopted":
      if (outcome.reason === "tie") return formatMessage(locale, "outcome.rejected_tie");
      // The Council's wording: "not adopted", for want of the nine affirmative votes.
      if (outcome.majority.kind === "affirmative-votes") return formatMessage(locale, "outcome.not_adopted_insufficient");
      if (outcome.reason === "no-votes") return formatMessage(locale, "outcome.rejected_no_votes");
      return formatMessage(locale, "outcome.rejected");
  }
}

/** "In favour: 93 · Against: 24 · Abstentions: 58" (empty for adoption without a vote). */
export function describeCounts(outcome: TallyOutcome, locale: Locale): string {
  if (outcome.withoutVote) return "";
  const { yes, no, abstain } = outcome.counts;
  return formatMessage(locale, "outcome.counts", { yes, no, abstain });
}

const MEMBER_PARAMS = ["member", "expected", "next"];

/** An error's message, with member codes turned into names. */
export function describeError(error: DomainError, locale: Locale): string {
  const params: MessageParams = { ...error.params };
  for (const key of MEMBER_PARAMS) {
    const value = params[key];
    if (typeof value === "string" && /^[A-Z]{3}$/.test(value)) params[key] = memberName(value, locale);
  }
  return formatMessage(locale, `errors.${error.code}`, params);
}
