"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import { forgetSession, listSessions, MY_SESSIONS_KEY, type RememberedSession } from "@/lib/client/my-sessions";
import { call } from "@/lib/client/http-client";

// Local storage as an external store: the list is read after hydration (none on the server).
const listeners = new Set<() => void>();
let cached: { raw: string | null; list: RememberedSession[] } = { raw: null, list: [] };
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
function snapshot(): RememberedSession[] {
  const raw = window.localStorage.getItem(MY_SESSIONS_KEY);
  if (raw !== cached.raw) cached = { raw, list: listSessions(window.localStorage) };
  return cached.list;
}
const serverSnapshot = (): RememberedSession[] | null => null;

type Phase = "roll-call" | "debate" | "caucus" | "voting" | "suspended" | "adjourned" | "concluded";
interface Summary {
  title: string;
  phase: Phase;
}

/** The sessions created in this browser: back to the console or the links, or forget one. */
export function MySessions() {
  const t = useTranslations("mySessions");
  const tp = useTranslations("chair.phase");
  const to = useTranslations("create.organs");
  const format = useFormatter();
  const sessions = useSyncExternalStore<RememberedSession[] | null>(subscribe, snapshot, serverSnapshot);
  const [summaries, setSummaries] = useState<Record<string, Summary | "gone">>({});
  const ids = sessions?.map((s) => `${s.id}:${s.chairKey}`).join(",") ?? "";

  useEffect(() => {
    let current = true;
    for (const entry of ids ? ids.split(",").slice(0, 20) : []) {
      const [id, chairKey] = entry.split(":") as [string, string];
      const s = { id, chairKey };
      void call("session.summary", { params: { id: s.id }, key: s.chairKey }).then((r) => {
        if (!current) return;
        if (r.ok) setSummaries((m) => ({ ...m, [s.id]: { title: r.title, phase: r.phase } }));
        else if (r.status === 403 || r.status === 404) setSummaries((m) => ({ ...m, [s.id]: "gone" }));
      });
    }
    return () => {
      current = false;
    };
  }, [ids]);

  if (!sessions || sessions.length === 0) return null;

  function forget(id: string) {
    forgetSession(window.localStorage, id);
    for (const listener of listeners) listener();
  }

  return (
    <section aria-labelledby="my-sessions-heading" className="mt-8 rounded-lg border border-un-100 bg-white p-4" data-testid="my-sessions">
      <h2 id="my-sessions-heading" className="font-serif text-2xl font-semibold text-un-900">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("hint")}</p>
      <ul className="mt-3 divide-y divide-un-100">
        {sessions.map((s) => {
          const summary = summaries[s.id];
          const key = encodeURIComponent(s.chairKey);
          return (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-session={s.id}>
              <div className="min-w-0">
                <p className="font-semibold text-un-900">
                  {summary && summary !== "gone" ? summary.title || s.title : s.title || t("untitled")}
                </p>
                <p className="text-sm text-slate-700">
                  {t("meta", {
                    organ: to.has(`${s.organ}.name` as never) ? to(`${s.organ}.name` as never) : s.organ,
                    date: format.dateTime(new Date(s.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                    state: summary === "gone" ? t("gone") : summary ? tp(summary.phase) : "…",
                  })}
                </p>
              </div>
              <div className="flex gap-2">
                {summary !== "gone" && (
                  <>
                    <a
                      href={`/s/${s.id}/chair?key=${key}`}
                      className="min-h-11 rounded-md bg-un-800 px-3 py-2 font-semibold text-white hover:bg-un-900"
                    >
                      {t("resume")}
                    </a>
                    <a
                      href={`/s/${s.id}/links?key=${key}`}
                      className="min-h-11 rounded-md border border-un-700 px-3 py-2 font-semibold text-un-800 hover:bg-un-50"
                    >
                      {t("links")}
                    </a>
                  </>
                )}
                <button
                  type="button"
                  onClick={() => forget(s.id)}
                  className="min-h-11 rounded-md px-3 py-2 text-un-800 underline hover:bg-un-50"
                  aria-label={t("forgetLabel", { title: s.title || t("untitled") })}
                >
                  {t("forget")}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
