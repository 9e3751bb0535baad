"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AmendmentState } from "@/lib/procedure";
import type { ParsedDocument } from "@/lib/resolution/types";
import { wordDiff } from "@/lib/resolution/diff";
import { findClause, clauseText } from "@/lib/resolution/tree";
import { Segments } from "../document/tracked-document";
import { Flag } from "../ui/flag";
import { useMemberName } from "../ui/use-member-name";

/** One amendment: what it changes (as tracked changes), who proposes it, where it stands. */
export function AmendmentCard({
  amendment,
  document,
  children,
}: {
  amendment: AmendmentState;
  document: ParsedDocument | null;
  children?: ReactNode;
}) {
  const t = useTranslations("amendment");
  const tp = useTranslations("procedure");
  const name = useMemberName();
  const op = amendment.op;
  const target = op.kind === "add" ? null : document && document.kind === "resolution" ? findClause(document, op.targetId) : null;
  const original = target ? clauseText(target.clause) : "";
  const where =
    op.kind === "add"
      ? t("addWhere", { after: op.afterId ?? "—", section: t(`section.${op.section}`) })
      : t("target", { clause: op.targetId });
  return (
    <article data-amendment={amendment.id} data-status={amendment.status} className="rounded-lg border border-un-100 bg-white p-3">
      <header className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-un-800 px-2 py-0.5 text-sm font-bold text-white">{amendment.id}</span>
        <span className="text-sm font-semibold text-un-900">{tp(`amendmentKinds.${op.kind}` as never)}</span>
        <span className="text-sm text-slate-700">{where}</span>
        {amendment.parentId && <span className="text-sm text-slate-700">{t("subAmendment", { parent: amendment.parentId })}</span>}
        <span className="ml-auto rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">
          {tp(`amendmentStatus.${amendment.status}` as never)}
        </span>
      </header>
      <p className="mt-2 font-serif">
        {op.kind === "delete" ? (
          <del className="bg-red-50 text-red-800 line-through">{original}</del>
        ) : op.kind === "add" ? (
          <ins className="bg-emerald-100 underline">{op.text}</ins>
        ) : (
          <Segments segments={wordDiff(original, op.text)} />
        )}
      </p>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <span>{t("sponsors")}</span>
        {amendment.sponsors.map((m) => (
          <span key={m} className="inline-flex items-center gap-1">
            <Flag code={m} />
            {name(m)}
          </span>
        ))}
      </p>
      {amendment.acceptedBy.length > 0 && (
        <p className="mt-1 text-sm text-emerald-800">{t("acceptedBy", { members: amendment.acceptedBy.map(name).join(", ") })}</p>
      )}
      {amendment.declinedBy.length > 0 && (
        <p className="mt-1 text-sm text-red-800">{t("declinedBy", { members: amendment.declinedBy.map(name).join(", ") })}</p>
      )}
      {amendment.moot && (
        <p className="mt-1 text-sm text-slate-700">
          {tp(`mootReasons.${amendment.moot.reason}` as never, { by: amendment.moot.by } as never)}
        </p>
      )}
      {children && <div className="mt-3 flex flex-wrap gap-2">{children}</div>}
    </article>
  );
}
