"use client";

import { useTranslations } from "next-intl";
import { draftRows, voteFirstOrder } from "@/lib/session/drafts";
import { DraftSummary } from "../debate/draft-summary";
import { CommandButton } from "../session/command-button";
import { useSession } from "../session/session-provider";

/**
 * On a phone, when the session has more than one draft: each draft with its status and place in
 * the order of votes; « Signer » for a draft still collecting signatures, « Retirer » for its main
 * sponsor before the vote (rule 80).
 */
export function DraftsList() {
  const t = useTranslations("drafts");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const rows = draftRows(live);
  if (rows.length < 2) return null;
  // Rule 91: the body may decide to vote on a later draft first (not in order under every preset).
  const reorder = live.procedure.rules?.motions["reorder-drafts"] != null;
  return (
    <section aria-labelledby="phone-drafts-heading" className="rounded-lg border border-un-100 bg-white p-3" data-testid="phone-drafts">
      <h2 id="phone-drafts-heading" className="font-serif text-lg font-semibold text-un-900">
        {t("phoneHeading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("orderHelp")}</p>
      <ol className="mt-2 flex flex-col gap-3">
        {rows.map((row) => {
          const { draft } = row;
          const collecting = draft.status === "submitted" || draft.status === "accepted";
          const sponsor = draft.sponsors.includes(me);
          const signed = draft.signatories.includes(me);
          const withdrawable = draft.sponsors[0] === me && (collecting || draft.status === "introduced");
          return (
            <li key={draft.id} className="rounded-md border border-slate-200 p-3" data-testid={`phone-draft-${draft.id}`}>
              <DraftSummary row={row} />
              {collecting && <p className="mt-2 text-sm">{sponsor ? t("youSponsor") : signed ? t("signed") : null}</p>}
              <div className="mt-2 flex flex-wrap items-start gap-2">
                {collecting && !sponsor && !signed && (
                  <CommandButton command={{ type: "draft.sign", draftId: draft.id }} className="min-h-12">
                    {t("sign")}
                  </CommandButton>
                )}
                {reorder && row.voteRank !== null && row.voteRank > 1 && (
                  <CommandButton
                    command={{
                      type: "motion.propose",
                      motion: { kind: "reorder-drafts", order: voteFirstOrder(live.procedure, draft.id) },
                    }}
                    variant="secondary"
                    className="min-h-11"
                  >
                    {t("voteFirst")}
                  </CommandButton>
                )}
                {withdrawable && (
                  <CommandButton
                    command={{ type: "draft.withdraw", draftId: draft.id }}
                    variant="quiet"
                    confirm={t("withdrawConfirm")}
                    className="min-h-11"
                  >
                    {t("withdraw")}
                  </CommandButton>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
