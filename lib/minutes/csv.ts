/**
 * votes.csv: one row per member for recorded and roll-call votes, totals rows for a show of hands.
 * RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a byte-order mark so Excel reads the accents.
 */
import { describeOutcome } from "@/lib/procedure/describe";
import { formatMessage } from "@/lib/procedure/format-message";
import { memberName, type Locale } from "@/lib/procedure/members";
import type { Choice } from "@/lib/procedure/tally";
import type { Minutes } from "./types";
import { minutesTranslator, subjectTitle } from "./wording";

export const CSV_BOM = "\uFEFF";

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function votesCsv(minutes: Minutes, locale: Locale): string {
  const t = minutesTranslator(locale);
  const header = ["seq", "time", "subject", "method", "questionKind", "memberCode", "memberName", "choice", "withRights", "result", "count"] as const;
  const rows: Array<Array<string | number>> = [header.map((h) => t(`csv.${h}`))];
  const choice = (c: Choice) => formatMessage(locale, `choices.${c}`);
  for (const vote of minutes.votes) {
    const common = [
      vote.seq,
      new Date(vote.at).toISOString(),
      subjectTitle(vote.subject, locale),
      formatMessage(locale, `methods.${vote.method}`),
      formatMessage(locale, `questionKinds.${vote.questionKind}`),
    ];
    const result = describeOutcome(vote.outcome, locale);
    if (vote.ballots) {
      for (const b of vote.ballots) rows.push([...common, b.member, memberName(b.member, locale), choice(b.choice), b.withRights ? t("csv.yes") : "", result, ""]);
    } else if (!vote.outcome.withoutVote) {
      for (const c of ["yes", "no", "abstain"] as const) rows.push([...common, "", t("csv.total"), choice(c), "", result, vote.outcome.counts[c]]);
    } else {
      rows.push([...common, "", "", "", "", result, ""]);
    }
  }
  return CSV_BOM + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
