"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { call } from "@/lib/client/http-client";
import type { DocumentEntry } from "@/lib/protocol/http";
import { DraftImport } from "./draft-import";

export interface DraftChoice {
  /** null: the organ's bundled draft. */
  documentId: string | null;
  /** For an imported draft: the sponsors matched or picked in its preview. */
  sponsors: string[] | null;
}

/** Which draft the session debates: the organ's own, one of the library, or one imported now. */
export function DraftChooser({ value, onChange }: { value: DraftChoice; onChange(v: DraftChoice): void }) {
  const t = useTranslations("library");
  const [entries, setEntries] = useState<Array<Pick<DocumentEntry, "id" | "title" | "kind" | "bundled">>>([]);
  const [importing, setImporting] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    // Unreachable library: the organ's own draft and the import remain.
    void call("documents.list", { query: { scope: "all" } }).then(
      (r) => current && r.ok && setEntries(r.documents.filter((d) => d.kind === "resolution")),
    );
    return () => {
      current = false;
    };
  }, [version]);

  return (
    <fieldset className="flex min-w-0 flex-col gap-2" data-testid="draft-chooser">
      <legend className="mb-1 font-semibold text-un-900">{t("draft")}</legend>
      <select
        aria-label={t("draft")}
        value={value.documentId ?? ""}
        onChange={(e) => onChange({ documentId: e.target.value || null, sponsors: null })}
        className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2"
      >
        <option value="">{t("organDefault")}</option>
        {entries.map((d) => (
          <option key={d.id} value={d.id}>
            {d.bundled ? d.title : t("importedTitle", { title: d.title })}
          </option>
        ))}
      </select>
      {!importing ? (
        <button
          type="button"
          onClick={() => setImporting(true)}
          className="min-h-11 self-start rounded-md border border-un-700 px-3 font-semibold text-un-800 hover:bg-un-50"
        >
          {t("importButton")}
        </button>
      ) : (
        <DraftImport
          onCancel={() => setImporting(false)}
          onSaved={(draft) => {
            setImporting(false);
            setVersion((v) => v + 1);
            setEntries((list) => [...list, { id: draft.id, title: draft.title, kind: "resolution", bundled: false }]);
            onChange({ documentId: draft.id, sponsors: draft.sponsors });
          }}
        />
      )}
    </fieldset>
  );
}
