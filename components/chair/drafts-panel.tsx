"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { draftRows, nextSymbol, type DraftRow } from "@/lib/session/drafts";
import { DraftSummary } from "../debate/draft-summary";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { AddDraft } from "./add-draft";

/**
 * The chair's list of drafts, in the order they will be voted on (rule 91): number, status,
 * sponsors, signatures, pending amendments, and per draft what the chair may do — accept it as a
 * numbered draft, return it to its authors with a comment, introduce it. Then « Ajouter un projet ».
 */
export function DraftsPanel({ sessionId, chairKey }: { sessionId: string; chairKey: string }) {
  const t = useTranslations("drafts");
  const live = useSession((s) => s.live)!;
  const rows = draftRows(live);
  return (
    <section aria-labelledby="chair-drafts-heading" className="rounded-lg border border-un-100 bg-white p-4" data-testid="drafts-panel">
      <h2 id="chair-drafts-heading" className="font-serif text-xl font-semibold text-un-900">
        {t("heading")} <span className="text-base font-normal text-slate-700">({t("count", { count: rows.length })})</span>
      </h2>
      {rows.length > 1 && <p className="mt-1 text-sm text-slate-700">{t("orderHelp")}</p>}
      <ol className="mt-3 flex flex-col gap-3">
        {rows.map((row) => (
          <li key={row.draft.id}>
            <DraftItem row={row} next={nextSymbol(live.procedure)} />
          </li>
        ))}
      </ol>
      <AddDraft sessionId={sessionId} chairKey={chairKey} />
    </section>
  );
}

function DraftItem({ row, next }: { row: DraftRow; next: string }) {
  const t = useTranslations("drafts");
  const { draft } = row;
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState("");
  const tabled = draft.status === "submitted" && draft.needsAcceptance;
  const introducible = draft.status === "submitted" || draft.status === "accepted";
  return (
    <article className="rounded-md border border-slate-200 p-3" data-testid={`draft-${draft.id}`} aria-label={row.title}>
      <DraftSummary row={row} />
      <div className="mt-2 flex flex-wrap items-start gap-2">
        {tabled && (
          <CommandButton command={{ type: "draft.accept", draftId: draft.id }} variant="primary">
            {t("accept", { symbol: next })}
          </CommandButton>
        )}
        {introducible && !tabled && (
          <CommandButton command={{ type: "draft.introduce", draftId: draft.id }} variant="secondary">
            {t("introduce")}
          </CommandButton>
        )}
        {tabled && !returning && (
          <button
            type="button"
            onClick={() => setReturning(true)}
            className="min-h-11 rounded-md border border-un-700 px-3 font-semibold text-un-800 hover:bg-un-50"
          >
            {t("return")}
          </button>
        )}
      </div>
      {tabled && returning && (
        <div className="mt-2 flex flex-col gap-2">
          <label className="text-sm font-semibold text-un-900">
            {t("returnLabel")}
            <textarea
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              rows={2}
              maxLength={2000}
              className="mt-1 block w-full rounded-md border border-slate-300 p-2 font-normal"
            />
          </label>
          <div className="flex flex-wrap items-start gap-2">
            <CommandButton
              command={{ type: "draft.return", draftId: draft.id, comment: comment.trim() || "-" }}
              disabled={comment.trim() === ""}
              variant="secondary"
              onDone={() => setReturning(false)}
            >
              {t("returnSend")}
            </CommandButton>
            <button type="button" onClick={() => setReturning(false)} className="min-h-11 px-3 text-un-800 underline">
              {t("cancel")}
            </button>
          </div>
          {comment.trim() === "" && <p className="text-sm text-slate-700">{t("returnMissing")}</p>}
        </div>
      )}
    </article>
  );
}
