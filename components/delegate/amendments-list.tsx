"use client";

import { useTranslations } from "next-intl";
import { amendmentQueue } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { AmendmentCard } from "../debate/amendment-card";

/** Amendments in voting order, with what this delegation can do about each. */
export function AmendmentsList() {
  const t = useTranslations("delegate.amendments");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const p = live.procedure;
  const pending = amendmentQueue(p);
  const settled = p.amendments.filter((a) => a.status !== "pending");
  const draftSponsor = p.draft?.sponsors.includes(me) ?? false;
  return (
    <section aria-labelledby="amendments-heading" className="flex flex-col gap-3">
      <h2 id="amendments-heading" className="font-serif text-xl font-semibold text-un-900">
        {t("heading", { count: pending.length })}
      </h2>
      {pending.length === 0 && <p className="text-sm text-slate-700">{t("none")}</p>}
      <ol className="flex flex-col gap-3">
        {pending.map((a, i) => (
          <li key={a.id}>
            <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{t("order", { n: i + 1 })}</p>
            <AmendmentCard amendment={a} document={live.document}>
              {!a.sponsors.includes(me) && (
                <CommandButton command={{ type: "amendment.cosponsor", amendmentId: a.id }} variant="secondary">
                  {t("cosponsor")}
                </CommandButton>
              )}
              {draftSponsor && !a.acceptedBy.includes(me) && !a.declinedBy.includes(me) && (
                <>
                  <CommandButton command={{ type: "amendment.accept", amendmentId: a.id }} variant="yes" showReason>
                    {t("accept")}
                  </CommandButton>
                  <CommandButton command={{ type: "amendment.decline", amendmentId: a.id }} variant="secondary">
                    {t("decline")}
                  </CommandButton>
                </>
              )}
              {a.sponsors[0] === me && (
                <CommandButton
                  command={{ type: "amendment.withdraw", amendmentId: a.id }}
                  variant="quiet"
                  confirm={t("withdrawConfirm", { id: a.id })}
                >
                  {t("withdraw")}
                </CommandButton>
              )}
            </AmendmentCard>
          </li>
        ))}
      </ol>
      {settled.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold text-un-800">{t("settled", { count: settled.length })}</summary>
          <ul className="mt-2 flex flex-col gap-2">
            {settled.map((a) => (
              <li key={a.id}>
                <AmendmentCard amendment={a} document={live.document} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
