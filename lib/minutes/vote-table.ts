/**
 * The votes as rows for spreadsheets (votes.xlsx, votes.csv): one row per vote with its numbers
 * in words, and per recorded vote one row per ballot — the same words as the minutes.
 */
import type { Minutes, VoteRecord } from "./types";
import type { MinutesWriter } from "./writer";

export type Cell = string | number;

export const SUMMARY_COLUMNS = [
  "n",
  "time",
  "subject",
  "method",
  "questionKind",
  "yes",
  "no",
  "abstain",
  "notVoting",
  "majority",
  "result",
  "vetoedBy",
] as const;
export const BALLOT_COLUMNS = [
  "n",
  "time",
  "subject",
  "memberCode",
  "memberName",
  "choice",
  "withRights",
  "decisive",
  "result",
  "vetoedBy",
] as const;

export function columnTitles(columns: readonly string[], w: MinutesWriter): string[] {
  return columns.map((c) => w.t(`sheet.${c}`));
}

/** « Fédération de Russie » (or empty) — the permanent members whose negative vote defeated it. */
function vetoedBy(vote: VoteRecord, w: MinutesWriter): string {
  return new Intl.ListFormat(w.locale, { type: "conjunction" }).format(vote.outcome.vetoedBy.map((c) => w.member(c)));
}

export function summaryRow(vote: VoteRecord, w: MinutesWriter): Cell[] {
  const o = vote.outcome;
  const counted = !o.withoutVote;
  return [
    vote.index + 1,
    w.date(vote.at),
    w.subjectTitle(vote.subject),
    w.tp(`methods.${vote.method}`),
    w.tp(`questionKinds.${vote.questionKind}`),
    counted ? o.counts.yes : "",
    counted ? o.counts.no : "",
    counted ? o.counts.abstain : "",
    counted ? o.counts.notVoting : "",
    w.majority(o),
    w.verdict(vote),
    vetoedBy(vote, w),
  ];
}

/** Ballots in the reader's alphabetical order (none for a show of hands). */
export function ballotRows(vote: VoteRecord, w: MinutesWriter): Cell[][] {
  if (!vote.ballots) return [];
  const byMember = new Map(vote.ballots.map((b) => [b.member, b]));
  const common = [vote.index + 1, w.date(vote.at), w.subjectTitle(vote.subject)];
  return w.sorted(vote.ballots.map((b) => b.member)).map((member) => {
    const b = byMember.get(member)!;
    const decisive = vote.decisive[member];
    return [
      ...common,
      member,
      w.member(member),
      w.choice(b.choice),
      b.withRights ? w.t("sheet.checked") : "",
      decisive ? w.t(decisive.kind === "veto" ? "votes.veto" : "votes.decisive") : "",
      w.verdict(vote),
      vetoedBy(vote, w),
    ];
  });
}

export function summaryRows(minutes: Minutes, w: MinutesWriter): Cell[][] {
  return minutes.votes.map((vote) => summaryRow(vote, w));
}
