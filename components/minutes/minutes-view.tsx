"use client";

import { useEffect, useMemo, useState } from "react";
import { buildMinutes } from "@/lib/minutes/build";
import type { Minutes } from "@/lib/minutes/types";
import { call, failureText } from "@/lib/client/http-client";
import type { EventLog } from "@/lib/protocol/http";
import { useErrorText } from "@/components/session/use-error-text";
import { trackedChanges } from "@/lib/resolution/tracked";
import { TrackedDocument } from "@/components/document/tracked-document";
import { Proceedings } from "./proceedings";
import { TraineeFeedback } from "./trainee-feedback";
import { DEFAULT_TIME_ZONE } from "@/lib/minutes/dates";
import { textStatus, textStatusLabel } from "@/lib/minutes/text-status";
import { useMinutesText } from "./use-minutes-text";
import { VoteRecords } from "./vote-records";

type EventsReply = EventLog;

type Load = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; reply: EventsReply };

/** The session's minutes page: the procès-verbal, the votes, the text as adopted, downloads and feedback. */
export function MinutesView({ sessionId, token }: { sessionId: string; token: string | undefined }) {
  const { t } = useMinutesText(DEFAULT_TIME_ZONE);
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const errorText = useErrorText();

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    void call("session.events", { params: { id: sessionId }, key: token }).then((r) => {
      if (cancelled) return;
      setLoad(r.ok ? { status: "ready", reply: r } : { status: "failed", message: failureText(r, errorText) });
    });
    return () => {
      cancelled = true;
    };
  }, [sessionId, token, errorText]);

  const reply = load.status === "ready" ? load.reply : null;
  const minutes = useMemo(() => (reply ? buildMinutes(reply.events, { title: reply.session?.title ?? "" }) : null), [reply]);

  if (!token || load.status === "failed") {
    return (
      <main className="mx-auto max-w-xl px-4 py-16">
        <h1 className="font-serif text-2xl font-semibold text-un-900">{t("title")}</h1>
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-4 text-red-800">
          {!token ? t("noKey") : load.status === "failed" && load.message ? load.message : t("failed")}
        </p>
      </main>
    );
  }
  if (!reply || !minutes) {
    return (
      <main className="mx-auto max-w-5xl px-4 py-16" aria-busy="true">
        <p role="status">{t("loading")}</p>
      </main>
    );
  }
  return <MinutesDocument minutes={minutes} reply={reply} sessionId={sessionId} token={token} />;
}

function MinutesDocument({ minutes, reply, sessionId, token }: { minutes: Minutes; reply: EventsReply; sessionId: string; token: string }) {
  const x = useMinutesText(minutes.timeZone);
  const { t, tp } = x;
  const status = textStatusLabel(textStatus(minutes), x);
  const downloads: Array<[file: string, label: string]> = [
    ["minutes.pdf", t("downloads.pdf")],
    ...(minutes.document
      ? ([
          ["text.docx", t("downloads.docx", { status })],
          ["text.md", t("downloads.md", { status })],
        ] as Array<[string, string]>)
      : []),
    ["votes.xlsx", t("downloads.xlsx")],
    ["votes.csv", t("downloads.csv")],
  ];
  const tracked = useMemo(() => (minutes.document ? trackedChanges(minutes.document, []) : null), [minutes.document]);
  const exportHref = (file: string) => `/api/sessions/${encodeURIComponent(sessionId)}/export/${file}?key=${encodeURIComponent(token)}`;
  const own = reply.role === "delegation" ? reply.member : null;
  return (
    <main id="minutes" className="mx-auto max-w-5xl px-4 py-8 print:max-w-none print:p-0 print:text-black">
      {/* The site header (name, language switch) is for the screen, not the printed minutes. */}
      <header className="border-b-2 border-un-800 pb-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wider text-un-800">{t("title")}</p>
            <h1 className="mt-1 font-serif text-3xl font-semibold text-un-900">{minutes.title}</h1>
          </div>
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded-md bg-un-700 px-4 py-2 font-semibold text-white hover:bg-un-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-un-500 print:hidden"
          >
            {t("print")}
          </button>
        </div>
        <div className="mt-3 space-y-1 text-sm text-slate-700">
          {minutes.organ && (
            <p>
              {t("organ", { organ: tp(`presets.${minutes.organ}`) })} · {t("membersCount", { count: minutes.members.length })}
            </p>
          )}
          {minutes.startedAt !== null && minutes.endedAt !== null && <p>{x.period(minutes.startedAt, minutes.endedAt)}</p>}
          <p className="print:hidden">
            {reply.role === "chair" ? t("viewerChair") : own ? t("viewerDelegation", x.cases(own)) : t("viewerOther")}
          </p>
        </div>
      </header>

      <nav aria-labelledby="minutes-downloads" className="mt-6 rounded-lg bg-un-50 p-4 print:hidden">
        <h2 id="minutes-downloads" className="font-semibold text-un-900">
          {t("sections.downloads")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {downloads.map(([file, label]) => (
            <li key={file}>
              <a
                className="inline-block rounded border border-un-300 bg-white px-3 py-1.5 font-medium text-un-800 underline-offset-2 hover:underline"
                href={exportHref(file)}
                download
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Proceedings minutes={minutes} />
      <VoteRecords minutes={minutes} />

      <section aria-labelledby="minutes-document" className="mt-10 print:break-before-page">
        <h2 id="minutes-document" className="font-serif text-2xl font-semibold text-un-900">
          {minutes.document ? status : t("sections.document")}
        </h2>
        <div className="mt-4">{tracked ? <TrackedDocument doc={tracked} /> : <p className="text-slate-600">{t("noDocument")}</p>}</div>
      </section>

      {minutes.drafts.length > 1 && <OtherDrafts minutes={minutes} href={exportHref} />}

      <TraineeFeedback minutes={minutes} own={own} />
    </main>
  );
}

/** With several drafts: every other draft's fate and text as it stands (the first draft's is above). */
function OtherDrafts({ minutes, href }: { minutes: Minutes; href(file: string): string }) {
  const x = useMinutesText(minutes.timeZone);
  return (
    <section aria-labelledby="minutes-drafts" className="mt-10" data-testid="minutes-drafts">
      <h2 id="minutes-drafts" className="font-serif text-2xl font-semibold text-un-900">
        {x.t("draftNamed.heading")}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {minutes.drafts.map((d) => (
          <li key={d.draftId}>{x.t("draftNamed.line", { label: x.draftLabel(d.label), status: x.t(`draftStatus.${d.status}`) })}</li>
        ))}
      </ul>
      {minutes.drafts
        .filter((d) => d.draftId !== minutes.draftId && d.document)
        .map((d) => (
          <article key={d.draftId} className="mt-8 print:break-before-page" data-testid={`minutes-draft-${d.draftId}`}>
            <h3 className="font-serif text-xl font-semibold text-un-900">{x.draftLabel(d.label)}</h3>
            <p className="text-sm text-slate-700">{x.t(`draftStatus.${d.status}`)}</p>
            <p className="mt-2 flex flex-wrap gap-3 print:hidden">
              {(["text.docx", "text.md"] as const).map((file) => {
                const status = textStatusLabel(textStatus(minutes, d.draftId), x);
                return (
                  <a
                    key={file}
                    className="inline-block rounded border border-un-300 bg-white px-3 py-1.5 font-medium text-un-800 underline-offset-2 hover:underline"
                    href={`${href(file)}&draft=${encodeURIComponent(d.draftId)}`}
                    download
                  >
                    {x.t(file === "text.docx" ? "downloads.docx" : "downloads.md", { status })}
                  </a>
                );
              })}
            </p>
            <div className="mt-4">
              <TrackedDocument doc={trackedChanges(d.document!, [])} />
            </div>
          </article>
        ))}
    </section>
  );
}
