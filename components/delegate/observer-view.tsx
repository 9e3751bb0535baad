"use client";

import { useTranslations } from "next-intl";
import { amendmentQueue, lastDecision, trackedDraft, voteProgress } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { SessionStatus } from "../session/session-status";
import { TrackedDocument } from "../document/tracked-document";
import { AmendmentCard } from "../debate/amendment-card";
import { OutcomeBanner } from "../voting/outcome-banner";
import { SeatMap } from "../voting/seat-map";
import { useSubjectLabel } from "../voting/use-subject-label";

/** Following a session without taking part: the draft, the amendments, the votes. */
export function ObserverView() {
  const t = useTranslations("observer");
  const live = useSession((s) => s.live)!;
  const p = live.procedure;
  const subjectLabel = useSubjectLabel(p);
  const progress = voteProgress(p);
  const decision = lastDecision(p);
  const tracked = trackedDraft(live);
  return (
    <main className="mx-auto max-w-6xl px-3 py-4">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-un-100 pb-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-un-800">{t("role")}</p>
          <h1 className="font-serif text-2xl font-semibold text-un-900">{live.title}</h1>
        </div>
        <SessionStatus />
      </header>
      <div className="mt-4 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-4">
          {progress && (
            <section className="rounded-lg border-2 border-un-700 bg-white p-4">
              <h2 className="font-serif text-xl font-semibold text-un-900">
                {t("voting", { subject: subjectLabel(progress.vote.subject, progress.vote.motionKind) })}
              </h2>
              <SeatMap
                members={p.members}
                permanentMembers={p.permanentMembers}
                ballots={progress.vote.method === "show-of-hands" ? null : progress.vote.ballots}
              />
            </section>
          )}
          {decision && !progress && <OutcomeBanner decision={decision} subject={subjectLabel(decision.subject, decision.motionKind)} />}
          <section className="rounded-lg border border-un-100 bg-white p-4">{tracked && <TrackedDocument doc={tracked} />}</section>
        </div>
        <section aria-labelledby="obs-amendments" className="flex flex-col gap-3">
          <h2 id="obs-amendments" className="font-serif text-xl font-semibold text-un-900">
            {t("amendments")}
          </h2>
          {amendmentQueue(p).map((a) => (
            <AmendmentCard key={a.id} amendment={a} document={live.document} />
          ))}
        </section>
      </div>
    </main>
  );
}
