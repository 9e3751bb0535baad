"use client";

import { useTranslations } from "next-intl";
import type { TrackedClause } from "@/lib/resolution/tracked";
import type { DiffSegment } from "@/lib/resolution/types";
import { groupPhrases } from "@/lib/session/phrase-changes";
import type { ClauseInContext } from "@/lib/session/projection-text";

/** The clause at stake, in its paragraph, read from the back of the room: changes by phrase, struck and underlined. */
export function FocusedClause({ context, lang }: { context: ClauseInContext; lang: string }) {
  const t = useTranslations("projector");
  const top = context.clause;
  const where = top.label ? t(`clause.${top.section}`, { label: top.label }) : t("clause.added");
  return (
    <article lang={lang} className="font-serif leading-snug" data-testid="focused-clause" data-clause={context.focusId}>
      <p className="mb-[0.3em] font-sans text-[0.6em] font-semibold uppercase tracking-wide text-un-800">{where}</p>
      <ClauseBody clause={top} focusId={context.focusId} />
    </article>
  );
}

function ClauseBody({ clause, focusId }: { clause: TrackedClause; focusId: string }) {
  const label = clause.label && (clause.depth === 0 ? (clause.section === "operative" ? `${clause.label}.` : null) : `${clause.label})`);
  const focused = clause.id === focusId;
  return (
    <div
      data-clause={clause.id}
      className={`${clause.depth > 0 ? "ml-[1.2em] mt-[0.2em]" : ""} ${focused && clause.depth > 0 ? "rounded bg-amber-50 ring-2 ring-amber-400" : ""}`}
    >
      <p>
        {label && <span className="mr-[0.3em] font-sans font-bold tabular-nums text-un-800">{label}</span>}
        {clause.status === "unchanged" ? (
          <>
            {clause.phrase && <em>{clause.phrase}</em>}
            {clause.phrase && !/^[,\s]/.test(clause.text) ? " " : ""}
            {clause.text}
          </>
        ) : (
          <Changes segments={clause.segments} />
        )}
      </p>
      {clause.subClauses.map((s) => (
        <ClauseBody key={s.id} clause={s} focusId={focusId} />
      ))}
    </div>
  );
}

/** Deletions struck in red, insertions underlined in green: never colour alone (the marks carry it too). */
export function Changes({ segments }: { segments: DiffSegment[] }) {
  return (
    <>
      {groupPhrases(segments).map((s, i) =>
        s.kind === "insert" ? (
          <ins
            key={i}
            data-change="insert"
            className="bg-emerald-50 font-semibold text-emerald-900 underline decoration-[0.08em] underline-offset-[0.15em]"
          >
            {s.text}
          </ins>
        ) : s.kind === "delete" ? (
          <del key={i} data-change="delete" className="text-red-800 line-through decoration-[0.07em]">
            {s.text}
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
