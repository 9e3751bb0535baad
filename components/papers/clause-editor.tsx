"use client";

import { useTranslations } from "next-intl";
import type * as Y from "yjs";
import type { PresetId } from "@/lib/procedure/presets";
import { PAPER_LIMITS, type PaperNode } from "@/lib/papers/doc";
import { addClause, deleteClause, setPhrase, shiftClause } from "@/lib/papers/ops";
import { expectedEnding, phraseChoices } from "@/lib/papers/phrases";
import { labelForDepth } from "@/lib/resolution/labels";
import type { PaperWarning } from "@/lib/papers/warnings";
import { ClauseText } from "./clause-text";

export interface ClauseContext {
  doc: Y.Doc;
  organ: PresetId;
  language: "fr" | "en";
  by: string;
  readOnly: boolean;
  warnings: Map<string, PaperWarning[]>;
  /** The operative clause that is last (it ends with a full stop). */
  lastOperative: string | null;
}

interface Props {
  node: PaperNode;
  /** 1-based position among its siblings. */
  position: number;
  siblings: number;
  depth: number;
  ctx: ClauseContext;
}

const ICON =
  "inline-flex h-11 min-w-11 items-center justify-center rounded border border-slate-300 px-2 text-sm text-un-900 hover:bg-un-50 disabled:opacity-40";

/** One clause (or sub-clause) of a working paper: opening phrase from the list, free text, moves, sub-clauses. */
export function ClauseEditor({ node, position, siblings, depth, ctx }: Props) {
  const t = useTranslations("papers.editor");
  const tw = useTranslations("papers.warning");
  const label =
    depth === 0 ? t("clauseLabel", { section: node.section, n: position }) : t("subLabel", { label: labelForDepth(position, depth) });
  const ending = expectedEnding(node.section, node.id === ctx.lastOperative);
  const warnings = ctx.warnings.get(node.id) ?? [];
  const { doc, readOnly } = ctx;

  return (
    <li
      className={`rounded-md border border-slate-200 bg-white p-2 ${depth > 0 ? "ml-3 border-l-4 border-l-un-100" : ""}`}
      data-paper-clause={node.id}
    >
      <div className="mb-1 flex flex-wrap items-center justify-between gap-1">
        <span className="text-sm font-semibold text-un-900">{label}</span>
        {!readOnly && (
          <span className="flex gap-1">
            <button
              type="button"
              className={ICON}
              aria-label={`${t("up")} — ${label}`}
              title={t("up")}
              disabled={position === 1}
              onClick={() => shiftClause(doc, node.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className={ICON}
              aria-label={`${t("down")} — ${label}`}
              title={t("down")}
              disabled={position === siblings}
              onClick={() => shiftClause(doc, node.id, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className={`${ICON} text-red-800`}
              aria-label={`${t("delete")} — ${label}`}
              title={t("delete")}
              onClick={() => deleteClause(doc, node.id)}
            >
              ✕
            </button>
          </span>
        )}
      </div>
      {depth === 0 && (
        <label className="mb-1 block text-sm">
          <span className="sr-only">{t("phrase")}</span>
          <select
            value={node.phrase ?? ""}
            disabled={readOnly}
            onChange={(e) => setPhrase(doc, node.id, e.target.value || null)}
            className="min-h-11 w-full rounded border border-slate-300 bg-white px-2 py-1.5 font-serif italic"
            aria-label={`${t("phrase")} — ${label}`}
            data-phrase-select={node.id}
          >
            <option value="">{t("noPhrase")}</option>
            {phraseChoices(node.section, ctx.language, ctx.organ).map((p) => (
              <option key={p.id} value={p.id}>
                {p.text}
              </option>
            ))}
          </select>
        </label>
      )}
      <ClauseText
        doc={doc}
        clauseId={node.id}
        label={`${t("text")} — ${label}`}
        placeholder={`${t("text")} · ${t("endsWith", { ending })}`}
        disabled={readOnly}
      />
      {warnings.map((w, i) => (
        <p key={i} className="mt-1 text-sm text-amber-900" role="note">
          ⚠ {tw.has(w.code as never) ? tw(w.code as never) : tw("other", { code: w.code })}
        </p>
      ))}
      {node.children.length > 0 && (
        <ol className="mt-2 space-y-2">
          {node.children.map((child, i) => (
            <ClauseEditor key={child.id} node={child} position={i + 1} siblings={node.children.length} depth={depth + 1} ctx={ctx} />
          ))}
        </ol>
      )}
      {!readOnly && depth < PAPER_LIMITS.depth && (
        <button
          type="button"
          className="mt-1 min-h-11 text-sm font-semibold text-un-800 underline"
          aria-label={`${t("addSub")} — ${label}`}
          onClick={() => addClause(doc, { section: node.section, parent: node.id, after: node.children.at(-1)?.id ?? null, by: ctx.by })}
        >
          + {t("addSub")}
        </button>
      )}
    </li>
  );
}
