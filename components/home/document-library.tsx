"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { call, failureText, type HttpFailure } from "@/lib/client/http-client";
import { forgetDocument, ownedDocuments } from "@/lib/client/my-documents";
import type { DocumentEntry } from "@/lib/protocol/http";
import { useErrorText } from "@/components/session/use-error-text";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { trackedChanges } from "@/lib/resolution/tracked";
import { TrackedDocument } from "@/components/document/tracked-document";

type Entry = Pick<DocumentEntry, "id" | "title" | "kind" | "bundled">;

/** The library: the bundled drafts and the imports; this browser's imports can be renamed or deleted. */
export function DocumentLibrary() {
  const t = useTranslations("library.manage");
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [owned, setOwned] = useState<Record<string, string>>({});
  const [open, setOpen] = useState<{ id: string; doc: ResolutionDocument } | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const errorText = useErrorText();

  useEffect(() => {
    let current = true;
    void call("documents.list", { query: { scope: "all" } }).then((r) => {
      if (!current) return;
      if (!r.ok) return setError(failureText(r, errorText));
      setEntries(r.documents.filter((d) => d.kind === "resolution"));
      setOwned(ownedDocuments(window.localStorage));
    });
    return () => {
      current = false;
    };
  }, [version, errorText]);

  async function act(pending: Promise<{ ok: true } | HttpFailure>) {
    const r = await pending;
    if (!r.ok) {
      setError(failureText(r, errorText));
      return false;
    }
    setError(null);
    setVersion((v) => v + 1);
    return true;
  }

  async function show(id: string) {
    if (open?.id === id) return setOpen(null);
    const r = await call("documents.get", { params: { id } });
    if (!r.ok) return setError(failureText(r, errorText));
    if (r.document.kind === "resolution") setOpen({ id, doc: r.document });
  }

  async function remove(entry: Entry) {
    if (!window.confirm(t("deleteConfirm", { title: entry.title }))) return;
    if (await act(call("documents.delete", { params: { id: entry.id }, key: owned[entry.id] })))
      forgetDocument(window.localStorage, entry.id);
  }

  if (!entries) return null;
  return (
    <section aria-labelledby="library-heading" className="mt-8 rounded-lg border border-un-100 bg-white p-4" data-testid="document-library">
      <h2 id="library-heading" className="font-serif text-2xl font-semibold text-un-900">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("hint")}</p>
      {error && (
        <p role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      <ul className="mt-3 divide-y divide-un-100">
        {entries.map((d) => (
          <li key={d.id} className="py-2" data-document={d.id}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              {renaming?.id === d.id ? (
                <form
                  className="flex flex-wrap items-center gap-2"
                  onSubmit={async (e) => {
                    e.preventDefault();
                    const ok = await act(
                      call("documents.rename", { params: { id: d.id }, key: owned[d.id], body: { title: renaming.title } }),
                    );
                    if (ok) setRenaming(null);
                  }}
                >
                  <input
                    aria-label={t("renameLabel", { title: d.title })}
                    value={renaming.title}
                    maxLength={200}
                    onChange={(e) => setRenaming({ id: d.id, title: e.target.value })}
                    className="min-h-11 rounded-md border border-slate-300 px-2"
                  />
                  <button
                    type="submit"
                    disabled={!renaming.title.trim()}
                    className="min-h-11 rounded-md bg-un-800 px-3 font-semibold text-white disabled:opacity-60"
                  >
                    {t("save")}
                  </button>
                </form>
              ) : (
                <p className="min-w-0">
                  <span className="font-medium text-un-900">{d.title}</span>{" "}
                  <span className="text-sm text-slate-600">· {d.bundled ? t("bundled") : owned[d.id] ? t("imported") : t("notMine")}</span>
                </p>
              )}
              <div className="flex gap-1">
                <button type="button" onClick={() => void show(d.id)} className="min-h-11 rounded px-2 text-un-800 underline">
                  {open?.id === d.id ? t("close") : t("open")}
                </button>
                {!d.bundled && owned[d.id] && (
                  <>
                    <button
                      type="button"
                      onClick={() => setRenaming({ id: d.id, title: d.title })}
                      className="min-h-11 rounded px-2 text-un-800 underline"
                    >
                      {t("rename")}
                    </button>
                    <button type="button" onClick={() => void remove(d)} className="min-h-11 rounded px-2 text-red-800 underline">
                      {t("delete")}
                    </button>
                  </>
                )}
              </div>
            </div>
            {open?.id === d.id && (
              <div className="mt-2 max-h-96 overflow-y-auto rounded-md border border-slate-200 p-3">
                <TrackedDocument doc={trackedChanges(open.doc, [])} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
