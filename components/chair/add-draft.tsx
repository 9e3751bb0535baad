"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { call } from "@/lib/client/http-client";
import { DraftImportToggle } from "../home/draft-import";
import { ImportButton, LibraryDraftOptions, useLibraryDrafts } from "../home/library-drafts";

/**
 * « Ajouter un projet »: a text of the library, or one imported now with the importer of the home
 * page (preview, warnings, sponsors matched), tabled as another draft of this session
 * (`POST /api/sessions/:id/drafts`). The room records it; every screen sees it arrive.
 */
export function AddDraft({ sessionId, chairKey }: { sessionId: string; chairKey: string }) {
  const t = useTranslations("drafts");
  const [open, setOpen] = useState(false);
  const [documentId, setDocumentId] = useState("");
  const [status, setStatus] = useState<{ kind: "pending" | "done" | "error"; text: string } | null>(null);

  const { entries, add } = useLibraryDrafts(open);

  async function table(id: string, sponsors: string[] | null) {
    setStatus({ kind: "pending", text: t("tabling") });
    const body = { documentId: id, ...(sponsors && sponsors.length > 0 ? { sponsors } : {}) };
    const result = await call("drafts.table", { params: { id: sessionId }, body, key: chairKey });
    if (!result.ok) return setStatus({ kind: "error", text: result.error.message ?? t("failed") });
    setStatus({ kind: "done", text: t("tabled") });
    setDocumentId("");
  }

  if (!open)
    return (
      <div className="mt-3">
        <ImportButton onClick={() => setOpen(true)}>{t("add")}</ImportButton>
      </div>
    );
  return (
    <div className="mt-3 flex flex-col gap-2 border-t border-un-100 pt-3" data-testid="add-draft">
      <h3 className="font-semibold text-un-900">{t("add")}</h3>
      <p className="text-sm text-slate-700">{t("addHelp")}</p>
      <label className="text-sm font-semibold text-un-900">
        {t("fromLibrary")}
        <select
          value={documentId}
          onChange={(e) => setDocumentId(e.target.value)}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 font-normal"
        >
          <option value="">{t("choose")}</option>
          <LibraryDraftOptions entries={entries} />
        </select>
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          disabled={documentId === "" || status?.kind === "pending"}
          aria-describedby={documentId === "" ? "add-draft-missing" : undefined}
          onClick={() => void table(documentId, null)}
          className="min-h-11 rounded-md bg-un-800 px-3 font-semibold text-white hover:bg-un-900 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {t("table")}
        </button>
        {documentId === "" && (
          <span id="add-draft-missing" className="text-sm text-slate-700">
            {t("tableMissing")}
          </span>
        )}
      </div>
      <DraftImportToggle
        label={t("importButton")}
        onSaved={(draft) => {
          add(draft);
          void table(draft.id, draft.sponsors);
        }}
      />
      {status && (
        <p role={status.kind === "error" ? "alert" : "status"} className={status.kind === "error" ? "text-sm text-red-800" : "text-sm"}>
          {status.text}
        </p>
      )}
      <button type="button" onClick={() => setOpen(false)} className="min-h-11 self-start px-1 text-un-800 underline">
        {t("cancel")}
      </button>
    </div>
  );
}
