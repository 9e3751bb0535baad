"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { call, failureText } from "@/lib/client/http-client";
import { rememberDocument } from "@/lib/client/my-documents";
import { MAX_IMPORT_BYTES as MAX_BYTES } from "@/lib/protocol/http-routes";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { useErrorText } from "@/components/session/use-error-text";
import { DraftPreview, type PreviewSponsor, type PreviewWarning } from "./draft-preview";
import { ImportButton } from "./library-drafts";

interface Preview {
  document: ResolutionDocument;
  warnings: PreviewWarning[];
  sponsors: PreviewSponsor[];
}

type Source = { kind: "file"; file: File } | { kind: "text"; text: string };

export interface ImportedDraft {
  id: string;
  title: string;
  /** Member codes of the sponsors: those the header names, matched or picked. */
  sponsors: string[];
}

/** Upload (.docx, .md, .txt) or paste a draft, check the preview, then save it to the library. */
export function DraftImport({ onSaved, onCancel }: { onSaved(draft: ImportedDraft): void; onCancel(): void }) {
  const t = useTranslations("library.import");
  const tc = useTranslations("create");
  const [source, setSource] = useState<Source | null>(null);
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Asked for only when the server requires it (CREATE_PASSWORD), as for creating a session.
  const [password, setPassword] = useState<string | null>(null);
  const errorText = useErrorText();

  /** The file as its bytes (the server reads its format from the name), or the pasted text as JSON. */
  function input(s: Source) {
    const headers: Record<string, string> = password ? { "x-create-password": password } : {};
    return s.kind === "text" ? { body: { text: s.text }, headers } : { upload: { file: s.file, fileName: s.file.name }, headers };
  }

  async function show(s: Source) {
    setSource(s);
    setPreview(null);
    setError(null);
    setPicked({});
    if (s.kind === "file" && s.file.size > MAX_BYTES) return setError(t("tooLarge", { size: (s.file.size / 1024 / 1024).toFixed(1) }));
    setPending(true);
    const r = await call("documents.preview", input(s));
    setPending(false);
    if (!r.ok) setError(failureText(r, errorText));
    else setPreview({ ...r, document: r.document as ResolutionDocument });
  }

  async function save() {
    if (!source || !preview) return;
    setPending(true);
    const r = await call("documents.import", input(source));
    setPending(false);
    if (!r.ok) {
      if (r.error.code === "session.create_password" && password === null) setPassword("");
      return setError(failureText(r, errorText));
    }
    rememberDocument(window.localStorage, r.id, r.ownerKey);
    const sponsors = preview.sponsors.map((s) => s.code ?? picked[s.name] ?? "").filter((c, i, all) => c && all.indexOf(c) === i);
    onSaved({ id: r.id, title: r.title, sponsors });
  }

  return (
    <div className="flex flex-col gap-3 rounded-md border border-un-100 bg-un-50/40 p-3" data-testid="draft-import">
      <label className="flex flex-col gap-1">
        <span className="font-semibold text-un-900">{t("file")}</span>
        <input
          type="file"
          accept=".docx,.md,.txt,.markdown,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void show({ kind: "file", file });
          }}
          className="w-full min-w-0 text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-un-800 file:px-3 file:font-semibold file:text-white"
        />
        <span className="text-xs text-slate-700">{t("fileHint")}</span>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold text-un-900">{t("paste")}</span>
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={5}
          className="rounded-md border border-slate-300 p-2 font-mono text-sm"
          placeholder={t("pastePlaceholder")}
        />
      </label>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={!text.trim() || pending}
          onClick={() => void show({ kind: "text", text })}
          className="min-h-11 rounded-md border border-un-700 px-3 font-semibold text-un-800 hover:bg-un-50 disabled:opacity-60"
        >
          {t("previewPasted")}
        </button>
        <button type="button" onClick={onCancel} className="min-h-11 rounded-md px-3 text-un-800 underline">
          {t("cancel")}
        </button>
      </div>
      {!text.trim() && <p className="-mt-2 text-xs text-slate-600">{t("previewDisabled")}</p>}
      {pending && <p role="status">{t("reading")}</p>}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800" data-testid="import-error">
          {error}
        </p>
      )}
      {preview && (
        <>
          <DraftPreview
            document={preview.document}
            warnings={preview.warnings}
            sponsors={preview.sponsors}
            picked={picked}
            onPick={(name, code) => setPicked((p) => ({ ...p, [name]: code }))}
          />
          {password !== null && (
            <label className="flex flex-col gap-1">
              <span className="font-semibold text-un-900">{tc("password")}</span>
              <input
                type="password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="current-password"
                className="min-h-11 rounded-md border border-slate-300 px-3 py-2"
              />
            </label>
          )}
          <button
            type="button"
            onClick={() => void save()}
            disabled={pending}
            className="min-h-11 self-start rounded-md bg-un-800 px-4 font-semibold text-white hover:bg-un-900 disabled:opacity-60"
          >
            {preview.warnings.length ? t("saveAnyway") : t("save")}
          </button>
        </>
      )}
    </div>
  );
}

/**
 * « Importer un projet… » until pressed, then the importer; it closes again once the draft is
 * saved (`onSaved`) or the import cancelled. The home page's draft chooser and the console's
 * « Ajouter un projet » both offer it.
 */
export function DraftImportToggle({ label, onSaved }: { label: string; onSaved(draft: ImportedDraft): void }) {
  const [importing, setImporting] = useState(false);
  if (!importing) return <ImportButton onClick={() => setImporting(true)}>{label}</ImportButton>;
  return (
    <DraftImport
      onCancel={() => setImporting(false)}
      onSaved={(draft) => {
        setImporting(false);
        onSaved(draft);
      }}
    />
  );
}
