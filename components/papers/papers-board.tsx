"use client";

import { useTranslations } from "next-intl";
import { workingPapersBoard } from "@/lib/session/papers-board";
import type { LiveSessionState } from "@/lib/session/state";
import { useFloorWords } from "../voting/use-floor-words";

/** The projector during an unmoderated caucus: the working papers submitted, their sponsors and signatures, readable from the back. */
export function WorkingPapersBoard({ live }: { live: LiveSessionState }) {
  const t = useTranslations("papers.screen");
  const ts = useTranslations("papers.status");
  const { name } = useFloorWords();
  const papers = workingPapersBoard(live);
  return (
    <div className="flex min-h-0 flex-col" data-testid="working-papers-board">
      <h2 className="font-serif text-5xl font-semibold text-un-900">{t("heading")}</h2>
      {papers.length === 0 ? (
        <p className="mt-6 font-sans text-4xl text-slate-700">{t("none")}</p>
      ) : (
        <ol className="mt-6 min-h-0 space-y-6 overflow-hidden">
          {papers.map((p) => (
            <li key={p.id} className="rounded-xl border-2 border-un-100 bg-white p-5" data-board-paper={p.id}>
              <p className="font-serif text-4xl font-semibold leading-tight text-un-900">
                {p.symbol && <span className="mr-3 text-un-700">{p.symbol}</span>}
                {p.title}
              </p>
              <p className="mt-2 font-sans text-3xl text-slate-800">{t("sponsors", { names: p.sponsors.map(name).join(", ") })}</p>
              <p className="mt-1 font-sans text-3xl text-slate-700">
                {t("signatures", { count: p.signatures })}
                {p.status === "returned" && ` · ${ts("returned")}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
