/** Human wording of outcomes and errors in fr/en, for the minutes, the server and tests. */
import type { DomainError } from "./errors";
import { formatMessage, type MessageParams } from "./format-message";
import { memberName } from "./member-names";
import { MEMBER_CODE, type Locale } from "./members";
import { countsMessage, outcomeMessage } from "./outcome-message";
import type { TallyOutcome } from "./tally";

/** Headline of a result: « Adopté », "Rejected: the votes are equally divided", the veto wording… */
export function describeOutcome(outcome: TallyOutcome, locale: Locale): string {
  const { key, params } = outcomeMessage(outcome, (code) => memberName(code, locale));
  return formatMessage(locale, key, params);
}

/** "In favour: 93 · Against: 24 · Abstentions: 58" (empty for adoption without a vote). */
export function describeCounts(outcome: TallyOutcome, locale: Locale): string {
  const counts = countsMessage(outcome);
  return counts ? formatMessage(locale, counts.key, counts.params) : "";
}

const MEMBER_PARAMS = ["member", "expected", "next"];

/** An error's message, with member codes turned into names. */
export function describeError(error: DomainError, locale: Locale): string {
  const params: MessageParams = { ...error.params };
  for (const key of MEMBER_PARAMS) {
    const value = params[key];
    if (typeof value === "string" && MEMBER_CODE.test(value)) params[key] = memberName(value, locale);
  }
  return formatMessage(locale, `errors.${error.code}`, params);
}
