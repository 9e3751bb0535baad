"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

export interface LibraryEntry {
  id: string;
  title: string;
  kind: string;
  bundled: boolean;
}

/** The library's resolutions (bundled and imported), fetched while `enabled`; `add` lists one just imported. */
export function useLibraryDrafts(enabled = true, version = 0) {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    fetch("/api/documents?scope=all")
      .then((r) => r.json())
      .then((body: { documents?: LibraryEntry[] }) => current && setEntries((body.documents ?? []).filter((d) => d.kind === "resolution")))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [enabled, version]);
  const add = (entry: { id: string; title: string }) => setEntries((list) => [...list, { ...entry, kind: "resolution", bundled: false }]);
  return { entries, add };
}

/** The library's resolutions as options of a select, imported ones marked. */
export function LibraryDraftOptions({ entries }: { entries: LibraryEntry[] }) {
  const t = useTranslations("library");
  return entries.map((d) => (
    <option key={d.id} value={d.id}>
      {d.bundled ? d.title : t("importedTitle", { title: d.title })}
    </option>
  ));
}

/** « Importer un projet… »: opens the importer. */
export function ImportButton({ onClick, children }: { onClick(): void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="min-h-11 self-start rounded-md border border-un-700 px-3 font-semibold text-un-800 hover:bg-un-50"
    >
      {children}
    </button>
  );
}
