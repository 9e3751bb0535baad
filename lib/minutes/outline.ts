/**
 * The procès-verbal as plain lines, for the files that are not the page: minutes.md and minutes.pdf.
 * Same words as the page (entry-blocks.ts, writer.ts); ballots grouped by choice, each group in
 * the reader's alphabetical order, as the UN's records list them.
 */
import { blockTexts, entryBlocks } from "./entry-blocks";
import { textStatus, textStatusLabel } from "./text-status";
import type { Minutes, VoteRecord } from "./types";
import type { MinutesWriter } from "./writer";

export interface OutlineEntry {
  time: string;
  lines: Array<{ text: string; style: "text" | "strong" | "note" | "quote" }>;
}

export interface OutlineVote {
  caption: string;
  detail: string;
  verdict: string;
  counts: string;
  majority: string;
  /** « Pour (13) : Chine, Danemark… » */
  groups: string[];
}

export interface MinutesOutline {
  heading: string;
  title: string;
  meta: string[];
  textStatus: string;
  /** With several drafts: a heading and, per draft in the order of votes, « Projet de résolution 1.1 — titre : adopté ». */
  drafts: { heading: string; lines: string[] } | null;
  sections: { record: string; votes: string };
  entries: OutlineEntry[];
  votes: OutlineVote[];
  noVotes: string;
}

function voteOutline(vote: VoteRecord, w: MinutesWriter): OutlineVote {
  const choices = ["yes", "no", "abstain", "pass"] as const;
  const groups = vote.ballots
    ? choices.flatMap((choice) => {
        const members = vote.ballots!.filter((b) => b.choice === choice).map((b) => b.member);
        return members.length
          ? [w.t("votes.byChoice", { choice: w.choice(choice), count: members.length, members: w.members(w.sorted(members)) })]
          : [];
      })
    : [];
  return {
    caption: w.t("votes.caption", { n: vote.index + 1, subject: w.subjectTitle(vote.subject) }),
    detail: `${w.tp(`methods.${vote.method}`)} · ${w.tp(`questionKinds.${vote.questionKind}`)} · ${w.date(vote.at)}`,
    verdict: w.verdict(vote),
    counts: w.counts(vote.outcome),
    majority: w.majority(vote.outcome),
    groups,
  };
}

export function minutesOutline(minutes: Minutes, w: MinutesWriter): MinutesOutline {
  const { t, tp } = w;
  const meta = [
    ...(minutes.organ
      ? [`${t("organ", { organ: tp(`presets.${minutes.organ}`) })} · ${t("membersCount", { count: minutes.members.length })}`]
      : []),
    ...(minutes.startedAt !== null && minutes.endedAt !== null ? [w.period(minutes.startedAt, minutes.endedAt)] : []),
  ];
  return {
    heading: t("title"),
    title: minutes.title,
    meta,
    textStatus: minutes.document ? textStatusLabel(textStatus(minutes), w) : t("noDocument"),
    drafts:
      minutes.drafts.length > 1
        ? {
            heading: t("draftNamed.heading"),
            lines: minutes.drafts.map((d) => t("draftNamed.line", { label: w.draftLabel(d.label), status: t(`draftStatus.${d.status}`) })),
          }
        : null,
    sections: { record: t("sections.record"), votes: t("sections.votes") },
    entries: minutes.entries.map((entry) => {
      const blocks = entryBlocks(entry, minutes, w);
      const lines = blocks.flatMap((b) =>
        b.kind === "vote"
          ? blockTexts([b]).map((text, i) => ({
              text,
              style: i === 2 ? ("strong" as const) : i === 0 ? ("text" as const) : ("note" as const),
            }))
          : [{ text: b.text, style: b.kind === "text" ? (b.strong ? ("strong" as const) : ("text" as const)) : b.kind }],
      );
      return { time: w.time(entry.at), lines };
    }),
    votes: minutes.votes.map((v) => voteOutline(v, w)),
    noVotes: t("noVotes"),
  };
}

/** minutes.md: the outline in Markdown (headings, one paragraph per entry, quotes as quotes). */
export function minutesMarkdown(outline: MinutesOutline): string {
  const out: string[] = [
    `# ${outline.heading}`,
    `## ${outline.title}`,
    ...outline.meta,
    `**${outline.textStatus}**`,
    ...(outline.drafts ? [`## ${outline.drafts.heading}`, ...outline.drafts.lines.map((line) => `- ${line}`)] : []),
    `## ${outline.sections.record}`,
  ];
  for (const e of outline.entries) {
    out.push(
      e.lines
        .map((l, i) => {
          const text = l.style === "strong" ? `**${l.text}**` : l.style === "quote" ? `> ${l.text}` : l.text;
          return i === 0 ? `- ${e.time} — ${text}` : `  ${text}`;
        })
        .join("  \n"),
    );
  }
  out.push(`## ${outline.sections.votes}`);
  if (outline.votes.length === 0) out.push(outline.noVotes);
  for (const v of outline.votes)
    out.push(`### ${v.caption}`, v.detail, `**${v.verdict}**`, ...[v.counts, v.majority, ...v.groups].filter(Boolean));
  return `${out.join("\n\n")}\n`;
}
