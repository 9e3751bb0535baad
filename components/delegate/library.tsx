"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { call, failureText } from "@/lib/client/http-client";
import type { DocumentEntry } from "@/lib/protocol/http";
import type { OperativeClause, ParsedDocument } from "@/lib/resolution/types";
import { useErrorText } from "@/components/session/use-error-text";

/** The reference documents any delegation can open during the session. */
export function Library() {
  const t = useTranslations("delegate.library");
  const locale = useLocale();
  const [entries, setEntries] = useState<DocumentEntry[] | null>(null);
  const [open, setOpen] = useState<{ id: string; doc: ParsedDocument } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorText();

  useEffect(() => {
    let current = true;
    void call("documents.list", { headers: { "accept-language": locale } }).then((r) => {
      if (!current) return;
      if (r.ok) setEntries(r.documents);
      else setError(failureText(r, errorText));
    });
    return () => {
      current = false;
    };
  }, [locale, errorText]);

  async function read(id: string) {
    const r = await call("documents.get", { params: { id } });
    if (!r.ok) return setError(failureText(r, errorText));
    setOpen({ id, doc: r.document });
  }

  return (
    <section aria-labelledby="library-heading" className="rounded-lg border border-un-100 bg-white p-4">
      <h2 id="library-heading" className="font-serif text-xl font-semibold text-un-900">
        {t("heading")}
      </h2>
      {error && (
        <p role="alert" className="mt-2 text-red-800">
          {error}
        </p>
      )}
      {!entries && !error && (
        <p role="status" className="mt-2 text-sm">
          {t("loading")}
        </p>
      )}
      <ul className="mt-2 space-y-1">
        {entries?.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              onClick={() => read(e.id)}
              aria-expanded={open?.id === e.id}
              className="text-left text-un-800 underline hover:text-un-900"
            >
              {e.title}
            </button>
            <span className="ml-2 text-xs text-slate-600">{t(`kind.${e.kind === "reference" ? "reference" : "draft"}`)}</span>
          </li>
        ))}
      </ul>
      {open && <DocumentReader doc={open.doc} onClose={() => setOpen(null)} />}
    </section>
  );
}

function DocumentReader({ doc, onClose }: { doc: ParsedDocument; onClose: () => void }) {
  const t = useTranslations("delegate.library");
  return (
    <div className="mt-4 max-h-[70vh] overflow-auto rounded-md border border-slate-200 p-4 font-serif" lang={doc.language}>
      <button type="button" onClick={onClose} className="float-right font-sans text-sm text-un-800 underline">
        {t("close")}
      </button>
      <h3 className="font-semibold">{doc.header.title ?? doc.header.question}</h3>
      {doc.kind === "reference"
        ? doc.blocks.map((b, i) =>
            b.type === "heading" ? (
              <h4 key={i} className="mt-4 font-sans font-semibold text-un-900">
                {[b.label, b.text].filter(Boolean).join(". ")}
              </h4>
            ) : (
              <p key={i} className={`mt-2 ${b.type === "item" ? "ml-6" : ""}`}>
                {b.type === "paragraph" && b.number != null ? (
                  <strong className="mr-2">{b.number}.</strong>
                ) : b.type === "item" ? (
                  <strong className="mr-2">{b.label})</strong>
                ) : null}
                {b.text}
              </p>
            ),
          )
        : [...doc.preamble, ...doc.operative].map((c) => (
            <p key={c.id} className="mt-2">
              {"number" in c ? <strong className="mr-2">{(c as OperativeClause).number}.</strong> : null}
              <em>{c.phrase}</em> {c.text}
            </p>
          ))}
    </div>
  );
}
