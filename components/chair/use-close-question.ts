"use client";

import { useTranslations } from "next-intl";
import type { VoteState } from "@/lib/procedure/state";
import { useMemberName } from "../ui/use-member-name";

/** Closing while eligible members have not voted asks first, naming them (a count where the vote is by totals). */
export function useCloseQuestion() {
  const t = useTranslations("console.close");
  const name = useMemberName();
  return (vote: VoteState | null): string | null => {
    if (!vote || vote.method === "without-vote") return null;
    if (vote.totals) {
      const missing = vote.eligible.length - vote.totals.yes - vote.totals.no - vote.totals.abstain;
      return missing > 0 ? t("missingCount", { count: missing }) : null;
    }
    const missing = vote.eligible.filter((m) => !vote.ballots[m]);
    if (missing.length === 0) return null;
    return t("missing", { count: missing.length, eligible: vote.eligible.length, names: missing.map(name).join(", ") });
  };
}
