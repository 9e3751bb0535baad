"use client";

import { useTranslations } from "next-intl";
import { useSession } from "../session/session-provider";

/**
 * After a decision, the way to a new vote: the rules' reconsideration (GA rule 81, Model UN), moved
 * by a delegation from its phone and put to the vote from the queue; or why there is none.
 */
export function DecisionNext() {
  const t = useTranslations("console.decision");
  const p = useSession((s) => s.live)!.procedure;
  const reconsider = p.rules?.motions.reconsider ?? null;
  const moved = p.motions.find((m) => m.kind === "reconsider" && (m.status === "awaiting-second" || m.status === "pending"));
  return (
    <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="decision-next">
      {moved ? t("moved") : reconsider ? t("reconsider", { twoThirds: reconsider.majority === "two-thirds" ? "yes" : "no" }) : t("none")}
    </p>
  );
}
