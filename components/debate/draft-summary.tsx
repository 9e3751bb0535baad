"use client";

import { useTranslations } from "next-intl";
import type { DraftRow } from "@/lib/session/drafts";
import { useMemberList } from "../ui/use-member-name";

/** One draft as the console and the phones list it: number or title, status, place in the order of votes, sponsors, signatures. */
export function DraftSummary({ row }: { row: DraftRow }) {
  const t = useTranslations("drafts");
  const names = useMemberList();
  const { draft } = row;
  const needed = row.signatures.needed === null ? "none" : String(row.signatures.needed);
  return (
    <div>
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="font-semibold text-un-900">{draft.symbol ? t("symbol", { symbol: draft.symbol }) : row.title}</span>
        <span className="rounded-full bg-un-50 px-2 py-0.5 text-xs font-semibold text-un-900" data-testid="draft-status">
          {t(`status.${draft.status}`)}
        </span>
        {row.onFloor && <span className="rounded-full bg-un-800 px-2 py-0.5 text-xs font-semibold text-white">{t("onFloor")}</span>}
        {row.voteRank !== null && <span className="text-xs text-slate-700">{t("voteRank", { rank: row.voteRank })}</span>}
      </p>
      {draft.symbol && <p className="text-sm text-slate-800">{row.title}</p>}
      <p className="text-sm text-slate-700">{t("sponsors", { names: names(draft.sponsors) })}</p>
      <p className="text-sm text-slate-700" data-testid="draft-signatures">
        {t("signatures", { have: row.signatures.have, needed })} · {t("amendments", { count: row.pendingAmendments })}
      </p>
      {draft.returnComment && <p className="text-sm text-slate-700">{t("returned", { comment: draft.returnComment })}</p>}
    </div>
  );
}
