"use client";

import { useTranslations } from "next-intl";
import type { DecisionRecord } from "@/lib/procedure/state";
import { countsMessage, outcomeMessage } from "@/lib/procedure/outcome-message";
import { useMemberName } from "../ui/use-member-name";

const TONE: Record<string, string> = {
  adopted: "bg-emerald-700 text-white",
  "not-adopted": "bg-red-800 text-white",
  vetoed: "bg-red-900 text-white",
  "no-quorum": "bg-slate-700 text-white",
};

/** The result announced in the proper words: « Adopté », the veto naming the permanent member… */
export function OutcomeBanner({ decision, subject, size = "normal" }: { decision: DecisionRecord; subject: string; size?: "normal" | "large" }) {
  const t = useTranslations("voting");
  const tp = useTranslations("procedure");
  const name = useMemberName();
  const outcome = decision.outcome;
  const headline = outcomeMessage(outcome, name);
  const countsRef = countsMessage(outcome);
  const counts = countsRef ? tp(countsRef.key as never, countsRef.params as never) : "";
  return (
    <section role="status" aria-live="assertive" data-result={outcome.result} className={`rounded-lg p-4 ${TONE[outcome.result]} ${size === "large" ? "p-8" : ""}`}>
      <p className={`font-sans font-semibold uppercase tracking-wide opacity-90 ${size === "large" ? "text-2xl" : "text-xs"}`}>{t("resultOf", { subject })}</p>
      <p data-testid="outcome" className={`font-serif font-semibold ${size === "large" ? "mt-2 text-6xl leading-tight" : "mt-1 text-2xl"}`}>
        {tp(headline.key as never, headline.params as never)}
      </p>
      {counts && <p className={`mt-2 ${size === "large" ? "text-3xl" : "text-base"}`}>{counts}</p>}
      {!outcome.withoutVote && (
        <p className={`mt-1 opacity-90 ${size === "large" ? "text-xl" : "text-sm"}`}>
          {t("required", { required: outcome.required, voting: outcome.presentAndVoting })}
        </p>
      )}
    </section>
  );
}
