"use client";

import { useTranslations } from "next-intl";
import type { DecisionRecord } from "@/lib/procedure/state";
import { countsMessage } from "@/lib/procedure/outcome-message";
import type { VoteSubject } from "@/lib/procedure/state";
import type { FocusSubject } from "@/lib/session/floor-focus";
import { useFloorWords } from "./use-floor-words";

const TONE: Record<string, string> = {
  adopted: "bg-emerald-700 text-white",
  "not-adopted": "bg-red-800 text-white",
  vetoed: "bg-red-900 text-white",
  "no-quorum": "bg-slate-700 text-white",
};

/** What the decision was about, as the projector's sentence names it (ids are enough to name it). */
function subjectOf(subject: VoteSubject): FocusSubject {
  switch (subject.kind) {
    case "draft":
      return { kind: "draft" };
    case "part":
      return { kind: "part", clauseId: subject.clauseId };
    case "amendment":
      return { kind: "amendment", amendment: null, amendmentId: subject.amendmentId, clauseId: null };
    case "motion":
      return { kind: "motion", motion: null, motionId: subject.motionId };
  }
}

/**
 * The result announced in one sentence naming what was decided, agreeing with it, and naming any
 * veto — the projector's words: « L'amendement A2 n'est pas adopté en raison du vote négatif d'un
 * membre permanent : Chine. », « La motion de clôture du débat est adoptée. »
 */
export function OutcomeBanner({
  decision,
  subject,
  size = "normal",
}: {
  decision: DecisionRecord;
  subject: string;
  size?: "normal" | "large";
}) {
  const t = useTranslations("voting");
  const tp = useTranslations("procedure");
  const { outcomeSentence } = useFloorWords();
  const outcome = decision.outcome;
  const countsRef = countsMessage(outcome);
  const counts = countsRef ? tp(countsRef.key as never, countsRef.params as never) : "";
  return (
    <section
      role="status"
      aria-live="assertive"
      data-result={outcome.result}
      className={`rounded-lg p-4 ${TONE[outcome.result]} ${size === "large" ? "p-8" : ""}`}
    >
      <p className={`font-sans font-semibold uppercase tracking-wide opacity-90 ${size === "large" ? "text-2xl" : "text-xs"}`}>
        {t("resultOf", { subject })}
      </p>
      <p data-testid="outcome" className={`font-serif font-semibold ${size === "large" ? "mt-2 text-6xl leading-tight" : "mt-1 text-2xl"}`}>
        {outcomeSentence(decision, subjectOf(decision.subject))}
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
