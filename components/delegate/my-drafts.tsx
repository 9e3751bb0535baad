"use client";

import { useTranslations } from "next-intl";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { useMemberName } from "../ui/use-member-name";

/** Amendments this delegation is writing (seen only by their sponsors). */
export function MyDrafts() {
  const t = useTranslations("delegate.drafts");
  const tp = useTranslations("procedure");
  const drafts = Object.values(useSession((s) => s.live)!.drafts);
  const name = useMemberName();
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="drafts-heading" className="rounded-lg border border-dashed border-un-500 bg-white p-3">
      <h3 id="drafts-heading" className="font-semibold text-un-900">
        {t("heading")}
      </h3>
      <p className="text-sm text-slate-700">{t("private")}</p>
      <ul className="mt-2 space-y-2">
        {drafts.map((d) => (
          <li key={d.id} data-draft={d.id} className="rounded border border-slate-200 p-2">
            <p className="text-sm">
              <strong>{d.id}</strong> · {tp(`amendmentKinds.${d.op.kind}` as never)} ·{" "}
              {d.op.kind === "add" ? (d.op.afterId ?? d.op.parentId) : d.op.targetId} · {d.sponsors.map(name).join(", ")}
            </p>
            {d.op.kind !== "delete" && <p className="mt-1 font-serif text-sm">{d.op.text}</p>}
            <div className="mt-2 flex gap-2">
              <CommandButton command={{ type: "amendment.draft.submit", draftId: d.id }} showReason>
                {t("submit")}
              </CommandButton>
              <CommandButton command={{ type: "amendment.draft.discard", draftId: d.id }} variant="secondary">
                {t("discard")}
              </CommandButton>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
