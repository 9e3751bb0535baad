"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { call } from "@/lib/client/http-client";
import type { DocumentEntry } from "@/lib/protocol/http";

export type LibraryEntry = Pick<DocumentEntry, "id" | "title" | "kind" | "bundled">;

/** The library's resolutions (bundled and imported), fetched while `enabled`; `add` lists one just imported. */
export function useLibraryDrafts(enabled = true, version = 0) {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    // Unreachable library: the organ's own draft and the import remain.
    void call("documents.list", { query: { scope: "all" } }).then(
      (r) => current && r.ok && setEntries(r.documents.filter((d) => d.kind === "resolution")),
    );
    return () => {
      current = false;
    };
  }, [enabled, version]);
  const add = (entry: { id: string; title: string }) =>
    setEntries((list) => [...list, { ...entry, kind: "resolution" as const, bundled: false }]);
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
