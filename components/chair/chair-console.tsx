"use client";

import { useTranslations } from "next-intl";
import { lastDecision, phaseOf, trackedDraft } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { SessionStatus } from "../session/session-status";
import { CommandButton, RowReasons } from "../session/command-button";
import { TrackedDocument } from "../document/tracked-document";
import { OutcomeBanner } from "../voting/outcome-banner";
import { useSubjectLabel } from "../voting/use-subject-label";
import { RollCall } from "./roll-call";
import { SpeakersPanel } from "./speakers-panel";
import { MotionsPanel } from "./motions-panel";
import { VoteControl } from "./vote-control";
import { AmendmentsPanel } from "./amendments-panel";
import { DraftsPanel } from "./drafts-panel";
import { Shortcuts } from "./shortcuts";
import { SimulationPanel } from "./simulation-panel";
import { PartiesControl } from "./parties-control";
import { QueueAlert } from "./queue-alert";
import { DecisionNext } from "./decision-next";
import { NextAction } from "./next-action";
import { ProjectionControls } from "../screen/projection-controls";
import { ChairPapers } from "../papers/chair-papers";

/** The chair's console: everything the presiding officer decides, one click (or key) away. */
export function ChairConsole({ sessionId, chairKey }: { sessionId: string; chairKey: string }) {
  const t = useTranslations("chair");
  const tp = useTranslations("procedure");
  const live = useSession((s) => s.live)!;
  const p = live.procedure;
  const phase = phaseOf(p);
  const decision = lastDecision(p);
  const subjectLabel = useSubjectLabel(p);
  const tracked = trackedDraft(live);
  const key = encodeURIComponent(chairKey);
  const waiting =
    p.motions.some((m) => m.status === "awaiting-second" || m.status === "pending") || p.points.some((pt) => pt.ruling === null);

  return (
    <main className="mx-auto max-w-7xl px-4 py-4">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-un-100 pb-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-un-800">
            {live.organ ? tp(`presets.${live.organ}` as never) : ""} · {t("role")}
          </p>
          <h1 className="font-serif text-2xl font-semibold text-un-900">{live.title}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <span className="rounded-full bg-un-800 px-3 py-1 text-sm font-semibold text-white" data-testid="phase">
            {t(`phase.${phase}`)}
          </span>
          <SessionStatus />
          <a href={`/s/${sessionId}/links?key=${key}`} className="text-sm text-un-800 underline">
            {t("links")}
          </a>
          <a href={`/s/${sessionId}/screen?key=${key}`} className="text-sm text-un-800 underline" target="_blank" rel="noreferrer">
            {t("screen")}
          </a>
          <a href={`/s/${sessionId}/minutes?key=${key}`} className="text-sm text-un-800 underline">
            {t("minutes")}
          </a>
          <a href={`/s/${sessionId}/replay?key=${key}`} className="text-sm text-un-800 underline">
            {t("replay")}
          </a>
          <Shortcuts />
        </div>
      </header>
      <div className="mt-3 flex flex-wrap items-start gap-2">
        {(p.draft?.status === "submitted" || p.draft?.status === "accepted") && (
          <CommandButton command={{ type: "draft.introduce" }} variant={p.meeting === "open" ? "primary" : "secondary"}>
            {t("introduce")}
          </CommandButton>
        )}
        {p.meeting === "suspended" ? (
          <CommandButton command={{ type: "meeting.resume" }} variant="secondary" showReason={false}>
            {t("resume")}
          </CommandButton>
        ) : (
          <CommandButton command={{ type: "meeting.suspend" }} variant="secondary" showReason={false}>
            {t("suspend")}
          </CommandButton>
        )}
        <CommandButton command={{ type: "meeting.adjourn" }} variant="secondary" confirm={t("adjournConfirm")} showReason={false}>
          {t("adjourn")}
        </CommandButton>
        <div className="self-center">
          <RowReasons
            commands={[{ type: p.meeting === "suspended" ? "meeting.resume" : "meeting.suspend" }, { type: "meeting.adjourn" }]}
            labels={[t(p.meeting === "suspended" ? "resume" : "suspend"), t("adjourn")]}
          />
        </div>
      </div>
      <div className="mt-3">
        <NextAction />
      </div>
      <div className="mt-3">
        <QueueAlert />
      </div>
      {waiting && (
        <div className="mt-3">
          <MotionsPanel />
        </div>
      )}
      {decision && !p.vote && (
        <div className="mt-4 flex flex-col gap-2">
          <OutcomeBanner decision={decision} subject={subjectLabel(decision.subject, decision.motionKind)} />
          <DecisionNext />
        </div>
      )}
      <div className="mt-4 grid gap-6 xl:grid-cols-3">
        <div className="flex flex-col gap-6">
          {phase === "roll-call" ? <RollCall /> : <SpeakersPanel />}
          {!waiting && <MotionsPanel />}
          <SimulationPanel sessionId={sessionId} chairKey={chairKey} />
          <ProjectionControls />
        </div>
        <div className="flex flex-col gap-6">
          <VoteControl />
          <DraftsPanel sessionId={sessionId} chairKey={chairKey} />
          <AmendmentsPanel />
          <ChairPapers />
          <PartiesControl />
          {phase !== "roll-call" && (
            <details>
              <summary className="cursor-pointer font-semibold text-un-800">{t("attendance")}</summary>
              <div className="mt-2">
                <RollCall />
              </div>
            </details>
          )}
        </div>
        <section aria-labelledby="chair-doc-heading" className="rounded-lg border border-un-100 bg-white p-4">
          <h2 id="chair-doc-heading" className="sr-only">
            {t("document")}
          </h2>
          {tracked ? <TrackedDocument doc={tracked} /> : <p>{t("noDraft")}</p>}
        </section>
      </div>
    </main>
  );
}
