"use client";

import { useTranslations } from "next-intl";
import { amendmentQueue } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { AmendmentCard } from "../debate/amendment-card";

/** The amendments in the proposed voting order (rule 90), which the chair may change. */
export function AmendmentsPanel() {
  const t = useTranslations("chair.amendments");
  const live = useSession((s) => s.live)!;
  const p = live.procedure;
  const queue = amendmentQueue(p);
  const ids = queue.map((a) => a.id);
  const moved = (from: number, to: number) => {
    const order = [...ids];
    const [id] = order.splice(from, 1);
    order.splice(to, 0, id!);
    return order;
  };
  const friendly = p.rules?.amendments.friendlyAllowed ?? false;
  // The queue of the draft on the floor; with one draft, the command names none (as before).
  const onDraft = p.drafts.length > 1 && p.draft ? { draftId: p.draft.id } : {};

  return (
    <section aria-labelledby="chair-amendments-heading" className="rounded-lg border border-un-100 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="chair-amendments-heading" className="font-serif text-xl font-semibold text-un-900">
          {t("heading", { count: queue.length })}
        </h2>
        <CommandButton command={{ type: "settings.override", overrides: { amendments: { friendlyAllowed: !friendly } } }} variant="quiet">
          {friendly ? t("disallowFriendly") : t("allowFriendly")}
        </CommandButton>
      </div>
      <p className="text-sm text-slate-700">{friendly ? t("friendlyOn") : t("friendlyOff")}</p>
      {queue.length === 0 && <p className="mt-2 text-sm text-slate-700">{t("none")}</p>}
      <ol className="mt-3 flex flex-col gap-3">
        {queue.map((a, i) => (
          <li key={a.id}>
            <AmendmentCard amendment={a} document={live.document}>
              <span className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t("position", { n: i + 1 })}</span>
              {i > 0 && (
                <CommandButton command={{ type: "amendments.reorder", order: moved(i, i - 1), ...onDraft }} variant="quiet">
                  {t("up")}
                </CommandButton>
              )}
              {i < queue.length - 1 && (
                <CommandButton command={{ type: "amendments.reorder", order: moved(i, i + 1), ...onDraft }} variant="quiet">
                  {t("down")}
                </CommandButton>
              )}
            </AmendmentCard>
          </li>
        ))}
      </ol>
    </section>
  );
}
