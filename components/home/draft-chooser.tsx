"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { DraftImportToggle } from "./draft-import";
import { LibraryDraftOptions, useLibraryDrafts } from "./library-drafts";

export interface DraftChoice {
  /** null: the organ's bundled draft. */
  documentId: string | null;
  /** For an imported draft: the sponsors matched or picked in its preview. */
  sponsors: string[] | null;
}

/** Which draft the session debates: the organ's own, one of the library, or one imported now. */
export function DraftChooser({ value, onChange }: { value: DraftChoice; onChange(v: DraftChoice): void }) {
  const t = useTranslations("library");
  const [version, setVersion] = useState(0);
  const { entries, add } = useLibraryDrafts(true, version);

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
        <LibraryDraftOptions entries={entries} />
      </select>
      <DraftImportToggle
        label={t("importButton")}
        onSaved={(draft) => {
          setVersion((v) => v + 1);
          add(draft);
          onChange({ documentId: draft.id, sponsors: draft.sponsors });
        }}
      />
    </fieldset>
  );
}
