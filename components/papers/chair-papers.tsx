"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { paperStatus } from "@/lib/session/papers";
import { useSession } from "../session/session-provider";
import { useMemberName } from "../ui/use-member-name";
import { PaperEditor } from "./paper-editor";

/**
 * The chair's view of the working papers: every one, private ones included (the chair may read
 * and write in any, as the authors do); a submitted one is a draft in the drafts' list, accepted
 * or returned there. Opened, a paper fills the screen above the console.
 */
export function ChairPapers() {
  const t = useTranslations("papers");
  const live = useSession((s) => s.live)!;
  const name = useMemberName();
  const [open, setOpen] = useState<string | null>(null);
  const papers = Object.values(live.papers ?? {}).sort((a, b) => a.startedAt - b.startedAt);
  const opened = open ? (live.papers ?? {})[open] : undefined;
  return (
    <section aria-labelledby="chair-papers-heading" className="rounded-lg border border-un-100 bg-white p-4" data-testid="chair-papers">
      <h2 id="chair-papers-heading" className="font-semibold text-un-900">
        {t("chair.heading")}
      </h2>
      {papers.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {papers.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 p-2">
              <span className="min-w-0">
                <span className="block font-semibold text-un-900">{p.title}</span>
                <span className="block text-sm text-slate-700">
                  {t(`status.${paperStatus(p, live.procedure.drafts).status}`)} · {t("authors", { names: p.authors.map(name).join(", ") })}
                </span>
              </span>
              <button
                type="button"
                onClick={() => setOpen(p.id)}
                className="min-h-11 rounded-md border border-un-700 px-3 py-2 font-semibold text-un-800"
              >
                {t("open")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {opened && (
        <div className="fixed inset-0 z-40 overflow-auto bg-white/95 p-4" role="dialog" aria-modal="true" aria-label={opened.title}>
          <div className="mx-auto max-w-6xl">
            <PaperEditor paper={opened} onClose={() => setOpen(null)} />
          </div>
        </div>
      )}
    </section>
  );
}
