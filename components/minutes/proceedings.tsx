"use client";

import type { ReactNode } from "react";
import { describeCounts, describeOutcome } from "@/lib/procedure/describe";
import type { Minutes, MinutesEntry } from "@/lib/minutes/types";
import { useMinutesText, type MinutesText } from "./use-minutes-text";

/** The procès-verbal: what happened, in order, each line with its time. */
export function Proceedings({ minutes }: { minutes: Minutes }) {
  const text = useMinutesText();
  const { t } = text;
  return (
    <section aria-labelledby="minutes-record" className="mt-10">
      <h2 id="minutes-record" className="font-serif text-2xl font-semibold text-un-900">
        {t("sections.record")}
      </h2>
      {minutes.entries.length === 0 ? (
        <p className="mt-4 text-slate-600">{t("noEntries")}</p>
      ) : (
        <ol data-testid="proceedings" className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
          {minutes.entries.map((entry) => (
            <li key={`${entry.kind}-${entry.seq}`} data-kind={entry.kind} className="grid grid-cols-[5.5rem_1fr] gap-3 py-2 break-inside-avoid">
              <time dateTime={new Date(entry.at).toISOString()} className="pt-0.5 font-mono text-sm tabular-nums text-slate-500">
                {text.time(entry.at)}
              </time>
              <div>{describeEntry(entry, minutes, text)}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function describeEntry(e: MinutesEntry, minutes: Minutes, x: MinutesText): ReactNode {
  const { t, tp } = x;
  switch (e.kind) {
    case "session-created":
      return t("entry.sessionCreated", { organ: tp(`presets.${e.preset}`), count: e.members.length });
    case "roll-call":
      return (
        <>
          <p>{t("entry.rollCall", { present: e.present.length + e.presentAndVoting.length, absent: e.absent.length })}</p>
          {e.presentAndVoting.length > 0 && <p className="text-sm text-slate-600">{t("entry.votingList", { members: x.members(e.presentAndVoting) })}</p>}
          {e.absent.length > 0 && <p className="text-sm text-slate-600">{t("entry.absentList", { members: x.members(e.absent) })}</p>}
        </>
      );
    case "meeting":
      if (e.action === "suspended" && e.minutes) return t("entry.meeting.suspendedFor", { minutes: e.minutes });
      if (e.action === "adjourned" && e.until) return t("entry.meeting.adjournedUntil", { until: e.until });
      return t(`entry.meeting.${e.action}`);
    case "draft":
      switch (e.action) {
        case "introduced":
          return t("entry.draft.introduced", { sponsors: x.members(minutes.sponsors) });
        case "adopted":
          return <strong>{t(e.withoutVote ? "entry.draft.adoptedWithoutVote" : "entry.draft.adopted")}</strong>;
        case "rejected":
          return <strong>{t(e.reason === "veto" ? "entry.draft.vetoed" : e.reason === "all-operative-parts-rejected" ? "entry.draft.allPartsRejected" : "entry.draft.rejected")}</strong>;
        case "withdrawn":
          return t("entry.draft.withdrawn", { member: x.member(e.member ?? "") });
        case "referred":
          return t("entry.draft.referred", { to: e.to ?? "" });
        case "signed":
          return t("entry.draft.signed", { member: x.member(e.member ?? "") });
      }
      return null;
    case "amendment-submitted": {
      const a = e.amendment;
      return (
        <div data-amendment={a.id}>
          <p>
            <strong>{t("entry.amendmentSubmitted", { member: x.member(a.sponsors[0] ?? ""), id: a.id })}</strong>
            {a.parentId && <> ({t("entry.subAmendment", { parent: a.parentId })})</>}
          </p>
          <p className="text-sm text-slate-700">
            {tp(`amendmentKinds.${a.kind}`)} — {x.operation(a)}
          </p>
          {a.text && <blockquote className="mt-1 border-l-4 border-un-200 pl-3 font-serif italic">{a.text}</blockquote>}
          {a.sponsors.length > 1 && <p className="text-sm text-slate-600">{t("entry.coSponsors", { members: x.members(a.sponsors.slice(1)) })}</p>}
        </div>
      );
    }
    case "amendment-cosponsored":
      return t("entry.cosponsored", { member: x.member(e.member), id: e.amendmentId });
    case "amendment-answered":
      return t(e.accepted ? "entry.accepted" : "entry.declined", { member: x.member(e.member), id: e.amendmentId });
    case "amendment-fate":
      if (e.fate.status === "moot") return t("entry.fate.moot", { id: e.amendmentId, reason: tp(`mootReasons.${e.fate.reason}`, { by: e.fate.by }) });
      return <strong>{t(`entry.fate.${e.fate.status}`, { id: e.amendmentId })}</strong>;
    case "motion-proposed":
      return t("entry.motionProposed", { member: x.member(e.member), motion: x.motion(e.motionKind, e.motionId) });
    case "motion-fate": {
      const motion = x.motion(e.motionKind, e.motionId);
      if (e.fate === "adopted" && e.withoutVote) return t("entry.motionFate.adoptedWithoutVote", { motion });
      return t(`entry.motionFate.${e.fate}`, { motion });
    }
    case "point":
      return (
        <>
          {t("entry.point", { member: x.member(e.member), point: tp(`points.${e.pointKind}`) })}
          {e.text && <q className="ml-1 italic">{e.text}</q>}
        </>
      );
    case "point-ruled":
      return t("entry.pointRuled", { member: e.member ? x.member(e.member) : "—", point: e.pointKind ? tp(`points.${e.pointKind}`) : e.pointId, ruling: tp(`rulings.${e.ruling}`) });
    case "ruling-overruled":
      return t("entry.overruled", { id: e.pointId });
    case "speech":
      return (
        <>
          {t("entry.speech", { member: x.member(e.member) })}{" "}
          <span className="text-slate-600">
            ({e.durationMs === null ? t("entry.ongoing") : x.duration(e.durationMs)}
            {e.yieldedBy && <>, {t("entry.speechYieldedBy", { member: x.member(e.yieldedBy) })}</>})
          </span>
        </>
      );
    case "speech-yielded":
      return t("entry.yielded", { member: x.member(e.member), to: e.to, toMember: e.toMember ? x.member(e.toMember) : "" });
    case "caucus":
      return (
        <>
          {t("entry.caucus", { kind: e.caucusKind, minutes: Math.round(e.totalSeconds / 60) })}
          {e.topic && <> — {t("entry.caucusTopic", { topic: e.topic })}</>}
        </>
      );
    case "debate":
      return t(`entry.debate.${e.action}`);
    case "speakers":
      if (e.action === "time-set") return e.seconds === null ? t("entry.speakers.timeUnlimited") : t("entry.speakers.timeSet", { seconds: e.seconds });
      return t(`entry.speakers.${e.action}`);
    case "division":
      return t("entry.division", { parts: e.parts.map((p) => x.clause(p)).join(", ") });
    case "vote": {
      const vote = minutes.votes[e.vote];
      if (!vote) return null;
      const counts = describeCounts(vote.outcome, x.locale);
      return (
        <div data-vote={vote.index}>
          <p>
            <a href={`#vote-${vote.index + 1}`} className="font-semibold text-un-800 underline print:no-underline">
              {t("entry.vote", { subject: x.subject(vote.subject) })}
            </a>{" "}
            <span className="text-sm text-slate-600">({t("entry.voteDetail", { method: tp(`methods.${vote.method}`), questionKind: tp(`questionKinds.${vote.questionKind}`) })})</span>
          </p>
          <p data-testid="vote-outcome" className="font-serif font-semibold" data-result={vote.outcome.result}>
            {describeOutcome(vote.outcome, x.locale)}
          </p>
          {counts && <p className="text-sm">{counts}</p>}
        </div>
      );
    }
    case "vote-cancelled": {
      const subject = e.subject ? x.subject(e.subject) : "—";
      if (e.reason === "vote-requested" && e.requestedBy) return t("entry.voteRequested", { subject, member: x.member(e.requestedBy) });
      return t("entry.voteCancelled", { subject });
    }
    case "reconsidered":
      return t("entry.reconsidered", { n: e.vote === null ? "?" : e.vote + 1 });
  }
}
