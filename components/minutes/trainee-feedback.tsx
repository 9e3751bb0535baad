"use client";

import type { DelegationFeedback, Minutes } from "@/lib/minutes/types";
import { Flag } from "@/components/ui/flag";
import { sortedBy } from "@/lib/i18n/collation";
import { useMinutesText } from "./use-minutes-text";

/** Per delegation: speeches and their time, amendments and their fate, votes and where they decided. */
export function TraineeFeedback({ minutes, own }: { minutes: Minutes; own: string | null }) {
  const { t, locale } = useMinutesText(minutes.timeZone);
  // The reader's alphabetical order, their own delegation first.
  const sorted = sortedBy(minutes.feedback, (f) => f.member, locale);
  const list = own ? [...sorted.filter((f) => f.member === own), ...sorted.filter((f) => f.member !== own)] : sorted;
  return (
    <section aria-labelledby="minutes-feedback" className="mt-10 print:break-before-page">
      <h2 id="minutes-feedback" className="font-serif text-2xl font-semibold text-un-900">
        {t("sections.feedback")}
      </h2>
      <p className="mt-1 text-slate-600">{t("feedback.intro")}</p>
      <div className="mt-4 grid gap-4 md:grid-cols-2 print:block">
        {list.map((f) => (
          <DelegationCard key={f.member} feedback={f} minutes={minutes} mine={f.member === own} />
        ))}
      </div>
    </section>
  );
}

function DelegationCard({ feedback: f, minutes, mine }: { feedback: DelegationFeedback; minutes: Minutes; mine: boolean }) {
  const x = useMinutesText(minutes.timeZone);
  const { t, tp } = x;
  const headingId = `feedback-${f.member}`;
  return (
    <article
      aria-labelledby={headingId}
      data-testid="feedback"
      data-member={f.member}
      className={`break-inside-avoid rounded-lg border p-4 print:mt-4 ${mine ? "border-un-500 bg-un-50 md:col-span-2" : "border-slate-200"}`}
    >
      <h3 id={headingId} className="flex items-center gap-2 text-lg font-semibold text-un-900">
        <Flag code={f.member} />
        {x.member(f.member)}
        {mine && <span className="rounded bg-un-700 px-2 py-0.5 text-xs font-semibold text-white">{t("feedback.yours")}</span>}
      </h3>
      <p className="mt-2 text-sm">
        {t("feedback.speeches", { count: f.speeches.length })}
        {f.speeches.length > 0 && <> — {t("feedback.speakingTime", { duration: x.duration(f.speakingMs) })}</>}
      </p>

      <h4 className="mt-3 text-sm font-semibold text-slate-800">{t("feedback.amendments")}</h4>
      {f.amendments.length === 0 ? (
        <p className="text-sm text-slate-600">{t("feedback.noAmendments")}</p>
      ) : (
        <ul className="text-sm">
          {f.amendments.map((a) => (
            <li key={a.amendment.id}>
              <strong>{a.amendment.id}</strong> ({t(`feedback.role.${a.role}`)}) — {x.operation(a.amendment)} —{" "}
              <em>{t(`feedback.fate.${a.fate.status}`)}</em>
            </li>
          ))}
        </ul>
      )}

      {f.motions.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold text-slate-800">{t("feedback.motions")}</h4>
          <ul className="text-sm">
            {f.motions.map((m) => (
              <li key={m.motionId}>
                {x.motion(m.motionKind, m.motionId)} —{" "}
                {m.fate === "pending"
                  ? tp("amendmentStatus.pending")
                  : t(`entry.motionFate.${m.fate}`, { motion: x.motion(m.motionKind, m.motionId) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {f.points.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold text-slate-800">{t("feedback.points")}</h4>
          <ul className="text-sm">
            {f.points.map((p) => (
              <li key={p.pointId}>
                {tp(`points.${p.pointKind}`)}
                {p.ruling && <> — {tp(`rulings.${p.ruling}`)}</>}
              </li>
            ))}
          </ul>
        </>
      )}

      <h4 className="mt-3 text-sm font-semibold text-slate-800">{t("feedback.votes")}</h4>
      {f.votes.length === 0 ? (
        <p className="text-sm text-slate-600">{t("feedback.noVotes")}</p>
      ) : (
        <ul className="text-sm">
          {f.votes.map((v) => {
            const vote = minutes.votes[v.vote];
            if (!vote) return null;
            return (
              <li key={v.vote} data-vote={v.vote}>
                {t("feedback.voteLine", { subject: x.subjectTitle(vote.subject), choice: x.choice(v.choice) })}
                {v.notes.map((note) => (
                  <span key={note} className="ml-1 text-amber-900">
                    — {t(`feedback.notes.${note}`)}
                  </span>
                ))}
                {v.decisive && (
                  <p data-testid="decisive" className="font-semibold text-amber-900">
                    {v.decisive.kind === "veto"
                      ? t("feedback.decisive.veto")
                      : t("feedback.decisive.margin", { instead: v.decisive.instead })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
