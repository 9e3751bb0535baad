/**
 * What each line of the procès-verbal says, as plain blocks of text — the minutes page renders them
 * with its markup, the PDF and Markdown minutes print them — so every surface says the same words.
 */
import type { Minutes, MinutesEntry } from "./types";
import type { MinutesWriter } from "./writer";

export type Block =
  /** A sentence of the record (`strong`: a decision). */
  | { kind: "text"; text: string; strong?: boolean }
  /** A detail under it (lists of members, the amendment's operation). */
  | { kind: "note"; text: string }
  /** Words a delegation wrote (an amendment's text, a point's): quoted as written. */
  | { kind: "quote"; text: string }
  /** A vote: its title (linking to its record), detail, verdict, counts and majority. */
  | { kind: "vote"; vote: number; title: string; detail: string; verdict: string; result: string; counts: string; majority: string };

export function entryBlocks(e: MinutesEntry, minutes: Minutes, w: MinutesWriter): Block[] {
  const { t, tp } = w;
  const text = (s: string, strong = false): Block => ({ kind: "text", text: s, ...(strong ? { strong } : {}) });
  const note = (s: string): Block => ({ kind: "note", text: s });
  switch (e.kind) {
    case "session-created":
      return [text(t("entry.sessionCreated", { organ: tp(`presets.${e.preset}`), count: e.members.length }))];
    case "roll-call":
      return [
        text(t("entry.rollCall", { present: e.present.length + e.presentAndVoting.length, absent: e.absent.length })),
        ...(e.presentAndVoting.length > 0 ? [note(t("entry.votingList", { members: w.members(e.presentAndVoting) }))] : []),
        ...(e.absent.length > 0 ? [note(t("entry.absentList", { members: w.members(e.absent) }))] : []),
      ];
    case "meeting":
      if (e.action === "suspended" && e.minutes) return [text(t("entry.meeting.suspendedFor", { minutes: e.minutes }))];
      if (e.action === "adjourned" && e.until) return [text(t("entry.meeting.adjournedUntil", { until: e.until }))];
      return [text(t(`entry.meeting.${e.action}`))];
    case "draft": {
      const blocks = draftBlocks(e, minutes, w);
      // With several drafts, which one: its number and title (a one-draft session's minutes read as before).
      return e.label && e.action !== "tabled" && e.action !== "accepted" && e.action !== "returned"
        ? [...blocks, note(w.draftLabel(e.label))]
        : blocks;
    }
    case "amendment-submitted": {
      const a = e.amendment;
      return [
        text(
          t(a.parentId ? "entry.subAmendmentSubmitted" : "entry.amendmentSubmitted", {
            ...w.cases(a.sponsors[0] ?? ""),
            id: a.id,
            parent: a.parentId ?? "",
          }),
          true,
        ),
        note(`${tp(`amendmentKinds.${a.kind}`)} — ${w.operation(a)}`),
        ...(a.text ? [{ kind: "quote", text: a.text } as const] : []),
        ...(a.sponsors.length > 1 ? [note(t("entry.coSponsors", { members: w.members(a.sponsors.slice(1)) }))] : []),
      ];
    }
    case "amendment-cosponsored":
      return [text(t("entry.cosponsored", { ...w.cases(e.member), id: e.amendmentId }))];
    case "amendment-answered":
      return [text(t(e.accepted ? "entry.accepted" : "entry.declined", { ...w.cases(e.member), id: e.amendmentId }))];
    case "amendment-fate":
      if (e.fate.status === "moot")
        return [text(t("entry.fate.moot", { id: e.amendmentId, reason: tp(`mootReasons.${e.fate.reason}`, { by: e.fate.by }) }))];
      if (e.fate.status === "rejected") {
        // After a veto the amendment is not adopted, though most delegations voted for it: say so.
        const vote = minutes.votes.findLast(
          (v) => v.seq < e.seq && v.subject.kind === "amendment" && v.subject.amendmentId === e.amendmentId,
        );
        if (vote?.outcome.result === "vetoed")
          return [text(t("entry.fate.vetoed", { id: e.amendmentId, members: w.members(vote.outcome.vetoedBy) }), true)];
      }
      return [text(t(`entry.fate.${e.fate.status}`, { id: e.amendmentId }), true)];
    case "motion-proposed":
      return [text(t("entry.motionProposed", { ...w.cases(e.member), motion: w.motion(e.motionKind, e.motionId) }))];
    case "motion-fate": {
      const motion = w.motion(e.motionKind, e.motionId);
      return [
        text(t(e.fate === "adopted" && e.withoutVote ? "entry.motionFate.adoptedWithoutVote" : `entry.motionFate.${e.fate}`, { motion })),
      ];
    }
    case "point":
      return [
        text(t("entry.point", { ...w.cases(e.member), point: tp(`points.${e.pointKind}`) })),
        ...(e.text ? [{ kind: "quote", text: e.text } as const] : []),
      ];
    case "point-ruled":
      return [
        text(
          t("entry.pointRuled", {
            ...w.cases(e.member ?? ""),
            point: e.pointKind ? tp(`points.${e.pointKind}`) : "",
            ruling: tp(`rulings.${e.ruling}`),
          }),
        ),
      ];
    case "ruling-overruled": {
      const point = minutes.entries.find(
        (x): x is Extract<MinutesEntry, { kind: "point" }> => x.kind === "point" && x.pointId === e.pointId,
      );
      return [text(t("entry.overruled", { ...w.cases(point?.member ?? ""), point: point ? tp(`points.${point.pointKind}`) : "" }))];
    }
    case "speech": {
      const time = e.durationMs === null ? t("entry.ongoing") : w.duration(e.durationMs);
      return [
        text(
          t(e.yieldedBy ? "entry.speechYielded" : "entry.speech", {
            ...w.cases(e.member),
            ...w.cases(e.yieldedBy ?? "", "yieldedBy"),
            time,
          }),
        ),
      ];
    }
    case "speech-yielded":
      return [text(t("entry.yielded", { ...w.cases(e.member), ...w.cases(e.toMember ?? "", "toMember"), to: e.to }))];
    case "caucus":
      return [
        text(t("entry.caucus", { kind: e.caucusKind, minutes: Math.round(e.totalSeconds / 60) })),
        ...(e.topic ? [note(t("entry.caucusTopic", { topic: e.topic }))] : []),
      ];
    case "debate":
      return [text(t(`entry.debate.${e.action}`))];
    case "speakers":
      if (e.action === "time-set")
        return [text(e.seconds === null ? t("entry.speakers.timeUnlimited") : t("entry.speakers.timeSet", { seconds: e.seconds }))];
      return [text(t(`entry.speakers.${e.action}`))];
    case "division":
      return [
        text(
          t("entry.division", {
            parts: new Intl.ListFormat(w.locale, { type: "conjunction" }).format(e.parts.map((p) => w.clause(p, "the"))),
          }),
        ),
      ];
    case "vote": {
      const vote = minutes.votes[e.vote];
      if (!vote) return [];
      return [
        {
          kind: "vote",
          vote: vote.index,
          title: t("entry.vote", { n: vote.index + 1, subject: w.subject(vote.subject) }),
          detail: t("entry.voteDetail", { method: tp(`methods.${vote.method}`), questionKind: tp(`questionKinds.${vote.questionKind}`) }),
          verdict: w.verdict(vote),
          result: vote.outcome.result,
          counts: w.counts(vote.outcome),
          majority: w.majority(vote.outcome),
        },
      ];
    }
    case "vote-cancelled": {
      const subject = e.subject ? w.subject(e.subject) : t("entry.currentQuestion");
      if (e.reason === "vote-requested" && e.requestedBy) return [text(t("entry.voteRequested", { subject, ...w.cases(e.requestedBy) }))];
      return [text(t("entry.voteCancelled", { subject }))];
    }
    case "reconsidered":
      return [text(e.vote === null ? t("entry.reconsideredUnknown") : t("entry.reconsidered", { n: e.vote + 1 }))];
  }
}

/** Every block's text, in order (what a reader of the PDF sees). */
export function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === "vote" ? [b.title, b.detail, b.verdict, b.counts, b.majority].filter(Boolean) : [b.text]));
}

type DraftEntry = Extract<MinutesEntry, { kind: "draft" }>;

const text = (s: string, strong = false): Block => ({ kind: "text", text: s, ...(strong ? { strong } : {}) });

function draftBlocks(e: DraftEntry, minutes: Minutes, w: MinutesWriter): Block[] {
  const { t } = w;
  const title = e.label ? e.label.title || minutes.title : minutes.title;
  switch (e.action) {
    case "tabled": {
      const tabled = text(t("entry.draft.tabled", { title, ...w.listCases(e.sponsors ?? [], "sponsors") }));
      if (!e.writers?.length) return [tabled];
      const writers = e.writers.map(({ member, clauses }) => t("entry.draft.writer", { ...w.cases(member), clauses }));
      return [
        tabled,
        text(t("entry.draft.writtenBy", { writers: new Intl.ListFormat(w.locale, { type: "conjunction" }).format(writers) })),
      ];
    }
    case "accepted":
      return [text(t("entry.draft.accepted", { title, symbol: e.label?.symbol ?? "" }))];
    case "returned":
      return [text(t("entry.draft.returned", { title, comment: e.comment ?? "" }))];
    case "introduced": {
      const sponsors = e.sponsors ?? minutes.sponsors;
      return [text(sponsors.length ? t("entry.draft.introduced", w.listCases(sponsors, "sponsors")) : t("entry.draft.introducedAlone"))];
    }
    case "adopted":
      return [text(t(e.withoutVote ? "entry.draft.adoptedWithoutVote" : "entry.draft.adopted"), true)];
    case "rejected":
      return [
        text(
          t(
            e.reason === "veto"
              ? "entry.draft.vetoed"
              : e.reason === "all-operative-parts-rejected"
                ? "entry.draft.allPartsRejected"
                : "entry.draft.rejected",
          ),
          true,
        ),
      ];
    case "withdrawn":
      return [text(t("entry.draft.withdrawn", w.cases(e.member ?? "")))];
    case "referred":
      return [text(t("entry.draft.referred", { to: e.to ?? "" }))];
    case "signed":
      return [text(t("entry.draft.signed", w.cases(e.member ?? "")))];
  }
  return [];
}
