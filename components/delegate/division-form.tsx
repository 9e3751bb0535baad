"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { currentDocument } from "@/lib/session/document";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";

/** Division of the question (GA rule 89, SC rule 32): asking for paragraphs to be voted separately. */
export function DivisionForm() {
  const t = useTranslations("delegate.division");
  const live = useSession((s) => s.live)!;
  const doc = currentDocument(live);
  const [parts, setParts] = useState<string[]>([]);
  if (!doc) return null;
  const operative = doc.operative.map((c) => c.id);
  return (
    <form className="mt-4 flex flex-col gap-2" onSubmit={(e) => e.preventDefault()}>
      <h3 className="font-semibold text-un-900">{t("heading")}</h3>
      <p className="text-sm text-slate-700">{t("help")}</p>
      <fieldset className="flex flex-wrap gap-2 text-sm">
        <legend className="sr-only">{t("parts")}</legend>
        {doc.operative.map((c) => (
          <label key={c.id} className="flex min-h-11 min-w-11 items-center gap-2 rounded-md border border-slate-300 px-3">
            <input
              type="checkbox"
              checked={parts.includes(c.id)}
              onChange={(e) => setParts((s) => (e.target.checked ? [...s, c.id] : s.filter((x) => x !== c.id)))}
              className="h-5 w-5 accent-un-700"
            />
            {t("paragraph", { n: c.number })}
          </label>
        ))}
      </fieldset>
      <CommandButton
        command={{
          type: "motion.propose",
          motion: {
            kind: "divide-question",
            parts: parts.map((clauseId) => ({ clauseId, section: "operative" as const })),
            operativeClauses: operative,
          },
        }}
        variant="secondary"
        showReason={parts.length > 0}
        disabled={parts.length === 0}
        onDone={() => setParts([])}
      >
        {t("request", { count: parts.length })}
      </CommandButton>
    </form>
  );
}
