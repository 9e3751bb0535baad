"use client";

import { useTranslations } from "next-intl";
import { formatLabel } from "@/lib/resolution/labels";
import type { ReactNode } from "react";
import type { TrackedClause, TrackedDocument as Tracked } from "@/lib/resolution/tracked";
import type { DiffSegment } from "@/lib/resolution/types";

export interface ClausePick {
  id: string;
  section: "preamble" | "operative";
  depth: number;
  label: string | null;
  text: string;
  phrase: string;
}

interface Props {
  doc: Tracked;
  /** Highlights this clause (the one under debate or being amended). */
  focus?: string | null;
  /** Makes clauses selectable (the delegate picks the clause to amend). */
  onPick?: (clause: ClausePick) => void;
  /** Larger type for the projection screen. */
  size?: "normal" | "large";
  showHeader?: boolean;
  /** Rendered right under one clause's text (the amendment composer, anchored to the clause it amends). */
  below?: { clauseId: string; node: ReactNode } | null;
}

/** A draft resolution in the UN layout, pending amendments shown in place: insertions underlined, deletions struck. */
export function TrackedDocument({ doc, focus = null, onPick, size = "normal", showHeader = true, below = null }: Props) {
  const t = useTranslations("document");
  const h = doc.header;
  return (
    <article lang={doc.language} className={`font-serif ${size === "large" ? "text-3xl leading-snug" : "text-base leading-relaxed"}`}>
      {showHeader && (
        <header className="mb-6 border-b border-slate-300 pb-4 text-center font-sans">
          {(h.forum ?? h.organ) && <p className="text-sm font-semibold uppercase tracking-wider text-un-800">{h.forum ?? h.organ}</p>}
          {(h.question ?? h.title) && <h2 className="mt-2 font-serif text-xl font-semibold text-un-900">{h.question ?? h.title}</h2>}
          {h.submittedBy && <p className="mt-1 text-sm text-slate-700">{t("submittedBy", { sponsor: h.submittedBy })}</p>}
          {h.sponsors.length > 0 && <p className="mt-1 text-sm text-slate-700">{t("sponsors", { sponsors: h.sponsors.join(", ") })}</p>}
        </header>
      )}
      {doc.opening && <p className="mb-3 italic">{doc.opening}</p>}
      <section aria-label={t("preamble")}>
        {doc.preamble.map((c) => (
          <Clause key={c.id} clause={c} focus={focus} onPick={onPick} below={below} />
        ))}
      </section>
      <section aria-label={t("operative")} className="mt-4">
        <ol className="list-none">
          {doc.operative.map((c) => (
            <Clause key={c.id} clause={c} focus={focus} onPick={onPick} below={below} as="li" />
          ))}
        </ol>
      </section>
    </article>
  );
}

function Clause({
  clause,
  focus,
  onPick,
  below,
  as = "div",
}: {
  clause: TrackedClause;
  focus: string | null;
  onPick?: Props["onPick"];
  below: Props["below"];
  as?: "div" | "li";
}) {
  const t = useTranslations("document");
  const Tag = as;
  // Sub-clauses keep the label style of their depth, as the document prints it: a), i., A), I.
  const label =
    clause.label &&
    (clause.section === "operative" && clause.depth === 0
      ? `${clause.label}.`
      : clause.depth > 0
        ? formatLabel(clause.label, clause.depth)
        : null);
  const body = (
    <>
      {label && <span className="mr-2 font-sans font-semibold tabular-nums text-un-800">{label}</span>}
      {clause.status === "unchanged" ? (
        <>
          {clause.phrase && <em>{clause.phrase}</em>}
          {clause.phrase && !/^[,\s]/.test(clause.text) ? " " : ""}
          {clause.text}
        </>
      ) : (
        <Segments segments={clause.segments} />
      )}
      {clause.amendmentId && (
        <span className="ml-2 rounded bg-un-100 px-1.5 py-0.5 align-middle font-sans text-xs font-semibold text-un-900">
          {clause.amendmentId}
        </span>
      )}
    </>
  );
  const focused = focus === clause.id;
  return (
    <Tag
      id={`clause-${clause.id}`}
      data-clause={clause.id}
      data-status={clause.status}
      className={`mb-2 rounded ${clause.depth > 0 ? "ml-8" : ""} ${focused ? "bg-amber-100 ring-2 ring-amber-400" : ""} ${clause.status === "added" ? "bg-emerald-50" : ""}`}
    >
      {onPick ? (
        <button
          type="button"
          onClick={() =>
            onPick({
              id: clause.id,
              section: clause.section,
              depth: clause.depth,
              label: clause.label,
              text: clause.text,
              phrase: clause.phrase,
            })
          }
          className="min-h-11 w-full rounded p-1 text-left hover:bg-un-50 focus-visible:bg-un-50"
          aria-label={t("pick", { label: clause.label ?? clause.id })}
        >
          {body}
        </button>
      ) : (
        <p className="p-1">{body}</p>
      )}
      {below?.clauseId === clause.id && below.node}
      {clause.subClauses.length > 0 && (
        <div>
          {clause.subClauses.map((s) => (
            <Clause key={s.id} clause={s} focus={focus} onPick={onPick} below={below} />
          ))}
        </div>
      )}
    </Tag>
  );
}

export function Segments({ segments }: { segments: DiffSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === "insert" ? (
          <ins key={i} className="bg-emerald-100 text-emerald-900 underline decoration-2 underline-offset-2">
            {s.text}
          </ins>
        ) : s.kind === "delete" ? (
          <del key={i} className="bg-red-50 text-red-800 line-through decoration-2">
            {s.text}
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
