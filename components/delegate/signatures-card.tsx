"use client";

import { useTranslations } from "next-intl";
import { draftSignatures } from "@/lib/procedure/decide-session";
import type { LiveState } from "@/lib/procedure/decide-kit";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";

/** The draft before it is introduced: who signed, how many are needed, and Signer. */
export function SignaturesCard() {
  const t = useTranslations("phone.signatures");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const p = live.procedure;
  const draft = p.draft;
  if (!draft || (draft.status !== "submitted" && draft.status !== "accepted") || !p.rules) return null;
  const { have, needed } = draftSignatures(p as LiveState, draft);
  const sponsor = draft.sponsors.includes(me);
  const signed = draft.signatories.includes(me);
  return (
    <section aria-labelledby="signatures-heading" className="rounded-lg border-2 border-un-700 bg-white p-4" data-testid="signatures">
      <h2 id="signatures-heading" className="font-serif text-lg font-semibold text-un-900">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm font-semibold" data-testid="signature-count">
        {t("count", { have, needed: needed === null ? "none" : String(needed) })}
      </p>
      {sponsor ? (
        <p className="mt-2 text-sm">{t("sponsor")}</p>
      ) : signed ? (
        <p className="mt-2 text-sm" role="status">
          {t("signed")}
        </p>
      ) : (
        <div className="mt-3">
          <CommandButton command={{ type: "draft.sign", draftId: draft.id }} className="min-h-12 w-full" showReason>
            {t("sign")}
          </CommandButton>
          <p className="mt-2 text-xs text-slate-600">{t("help")}</p>
        </div>
      )}
    </section>
  );
}

/** The main sponsor may withdraw the draft before the vote, while it is unamended (rule 80). */
export function WithdrawDraft() {
  const t = useTranslations("phone.signatures");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const draft = live.procedure.draft;
  if (!draft || draft.sponsors[0] !== me || !["submitted", "accepted", "introduced"].includes(draft.status)) return null;
  return (
    <CommandButton
      command={{ type: "draft.withdraw", draftId: draft.id }}
      variant="quiet"
      confirm={t("withdrawConfirm")}
      showReason
      className="min-h-11"
    >
      {t("withdraw")}
    </CommandButton>
  );
}
