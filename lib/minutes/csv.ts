/**
 * votes.csv, for tools: one row per ballot of each recorded vote, one row per vote taken by show of
 * hands or without a vote (its totals), in the words of the minutes. UTF-8 with a byte-order mark;
 * `;` between fields in French (what French-locale spreadsheets expect), `,` in English; RFC 4180 quoting.
 */
import type { Minutes } from "./types";
import { BALLOT_COLUMNS, SUMMARY_COLUMNS, ballotRows, columnTitles, summaryRow, type Cell } from "./vote-table";
import type { MinutesWriter } from "./writer";

export const CSV_BOM = "\uFEFF";

export function csvSeparator(locale: string): ";" | "," {
  return locale === "fr" ? ";" : ",";
}

function cell(value: Cell, separator: string): string {
  const text = String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Ballot columns, then the vote's totals (filled on the rows of a vote without ballots). */
export function votesCsv(minutes: Minutes, w: MinutesWriter): string {
  const sep = csvSeparator(w.locale);
  const totals = ["yes", "no", "abstain", "notVoting", "majority"] as const;
  const rows: Cell[][] = [[...columnTitles(BALLOT_COLUMNS, w), ...columnTitles(totals, w)]];
  for (const vote of minutes.votes) {
    const summary = summaryRow(vote, w);
    const totalCells = totals.map((c) => summary[SUMMARY_COLUMNS.indexOf(c)]!);
    const ballots = ballotRows(vote, w);
    if (ballots.length) for (const row of ballots) rows.push([...row, ...totalCells]);
    else rows.push([vote.index + 1, summary[1]!, summary[2]!, "", "", "", "", "", summary[10]!, summary[11]!, ...totalCells]);
  }
  return CSV_BOM + rows.map((r) => r.map((v) => cell(v, sep)).join(sep)).join("\r\n") + "\r\n";
}
