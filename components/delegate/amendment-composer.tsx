"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { AmendmentOp } from "@/lib/resolution/op";
import { wordDiff } from "@/lib/resolution/diff";
import type { LiveCommand } from "@/lib/session";
import type { ClausePick } from "../document/tracked-document";
import { Segments } from "../document/tracked-document";
import { CommandButton } from "../session/command-button";
import { useSession } from "../session/session-provider";

type Mode = "replace" | "delete" | "add-after" | "add-inside";

/** Writing an amendment to the picked clause, with a live preview of the change as tracked changes. */
export function AmendmentComposer({ clause, onClose, draftId }: { clause: ClausePick; onClose: () => void; draftId?: string }) {
  const t = useTranslations("delegate.compose");
  const live = useSession((s) => s.live)!;
  const original = [clause.phrase, clause.text].filter(Boolean).join(clause.text.startsWith(",") ? "" : " ");
  const [mode, setMode] = useState<Mode>("replace");
  const [text, setText] = useState(original);
  const [parentId, setParentId] = useState<string>("");
  const sheet = useRef<HTMLElement>(null);
  // Opened under the tapped clause: bring its text box into view (a phone's keyboard covers the bottom half).
  useEffect(() => {
    const box = sheet.current?.querySelector<HTMLElement>("textarea") ?? sheet.current;
    box?.scrollIntoView({ block: "center" });
    box?.focus({ preventScroll: true });
  }, []);

  const parentOfClause = clause.depth === 0 ? null : clause.id.slice(0, clause.id.lastIndexOf("/"));
  const op: AmendmentOp =
    mode === "replace"
      ? { kind: "replace", targetId: clause.id, text }
      : mode === "delete"
        ? { kind: "delete", targetId: clause.id }
        : mode === "add-after"
          ? { kind: "add", section: clause.section, parentId: parentOfClause, afterId: clause.id, text }
          : { kind: "add", section: clause.section, parentId: clause.id, afterId: null, text };
  // Co-sponsors join by their own command, once it is submitted (the amendments list's button).
  const extra = parentId ? { parentId } : {};
  // The draft resolution it amends: the one whose text is shown (the draft on the floor unless the delegation chose another).
  const target = draftId ?? live.procedure.draft?.id;
  const submit: LiveCommand = { type: "amendment.submit", op, ...extra, ...(draftId ? { draftId } : {}) };
  const draft: LiveCommand = { type: "amendment.draft.save", op, ...extra, ...(draftId ? { onDraft: draftId } : {}) };
  const parents = live.procedure.amendments.filter((a) => a.status === "pending" && a.parentId === null && a.draftId === target);

  return (
    <section
      ref={sheet}
      tabIndex={-1}
      aria-labelledby="compose-heading"
      className="my-2 rounded-lg border-2 border-un-500 bg-un-50 p-3 font-sans shadow-lg"
      data-testid="composer"
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id="compose-heading" className="font-serif text-lg font-semibold text-un-900">
          {t("heading", { clause: clause.label ?? clause.id })}
        </h3>
        <button type="button" onClick={onClose} className="min-h-11 min-w-11 px-2 text-sm text-un-800 underline">
          {t("close")}
        </button>
      </div>
      <fieldset className="mt-2 flex flex-wrap gap-2">
        <legend className="sr-only">{t("kind")}</legend>
        {(["replace", "delete", "add-after", ...(clause.depth < 3 ? ["add-inside"] : [])] as Mode[]).map((m) => (
          <label key={m} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm">
            <input
              type="radio"
              name="mode"
              value={m}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                setText(m === "replace" ? original : m === "delete" ? "" : "");
              }}
              className="h-5 w-5 accent-un-700"
            />
            {t(`mode.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode !== "delete" && (
        <label className="mt-3 flex flex-col gap-1">
          <span className="text-sm font-semibold">{mode === "replace" ? t("newText") : t("addedText")}</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={5}
            maxLength={5000}
            className="rounded-md border border-slate-300 bg-white p-2 font-serif text-base"
          />
        </label>
      )}
      <div className="mt-3 rounded-md bg-white p-3 font-serif" aria-live="polite">
        <p className="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-slate-600">{t("preview")}</p>
        {mode === "delete" ? (
          <del className="bg-red-50 text-red-800 line-through">{original}</del>
        ) : mode === "replace" ? (
          <Segments segments={wordDiff(original, text)} />
        ) : (
          <ins className="bg-emerald-100 underline">{text}</ins>
        )}
      </div>
      {parents.length > 0 && (
        <label className="mt-3 flex flex-col gap-1 text-sm">
          <span className="font-semibold">{t("parent")}</span>
          <select
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            className="min-h-11 rounded-md border border-slate-300 bg-white p-2"
          >
            <option value="">{t("noParent")}</option>
            {parents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.id}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="mt-3 text-sm text-slate-700">{t("coSponsorsHint")}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <CommandButton command={submit} showReason onDone={onClose} className="min-h-12">
          {t("submit")}
        </CommandButton>
        <CommandButton command={draft} variant="secondary" onDone={onClose} className="min-h-12">
          {t("saveDraft")}
        </CommandButton>
      </div>
    </section>
  );
}
