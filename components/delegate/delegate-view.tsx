"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { trackedDraft } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { SessionStatus } from "../session/session-status";
import { TrackedDocument, type ClausePick } from "../document/tracked-document";
import { Flag } from "../ui/flag";
import { useMemberName } from "../ui/use-member-name";
import { AmendmentComposer } from "./amendment-composer";
import { MyDrafts } from "./my-drafts";
import { AmendmentsList } from "./amendments-list";
import { FloorTop } from "./floor-top";
import { ActionBar } from "./action-bar";
import { WithdrawDraft } from "./signatures-card";
import { Library } from "./library";
import { MyPapers } from "../papers/my-papers";

/**
 * A delegation's device (a phone first): at the top, the business on the floor and what this
 * delegation can do about it; below, the draft with tracked changes, amended in place; at the
 * bottom, the sticky action bar (floor, point, motion, amend).
 */
export function DelegateView() {
  const t = useTranslations("delegate");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const name = useMemberName();
  const [picked, setPicked] = useState<ClausePick | null>(null);
  const tracked = trackedDraft(live);
  const attendance = live.procedure.attendance[me] ?? "absent";
  const toDraft = () => document.getElementById("draft-heading")?.scrollIntoView({ block: "start" });

  return (
    <main className="mx-auto max-w-6xl px-3 pb-32 pt-3">
      <header className="flex items-center justify-between gap-2 border-b border-un-100 pb-2">
        <div className="flex min-w-0 items-center gap-2">
          <Flag code={me} className="h-6 w-9 shrink-0" />
          <div className="min-w-0">
            <h1 className="truncate font-serif text-xl font-semibold text-un-900" data-testid="delegation-name">
              {name(me)}
            </h1>
            <p className="truncate text-xs text-slate-700">{live.title}</p>
          </div>
        </div>
        <div className="flex shrink-0 flex-col items-end text-xs">
          <SessionStatus className="text-xs" />
          <p className="text-slate-700">{t(`attendance.${attendance}`)}</p>
        </div>
      </header>

      <div className="mt-3 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="flex min-w-0 flex-col gap-4">
          <FloorTop />
          <MyDrafts />
          <MyPapers />
          <section aria-labelledby="draft-heading" className="scroll-mt-2 rounded-lg border border-un-100 bg-white p-3">
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="draft-heading" className="font-serif text-lg font-semibold text-un-900">
                {t("draft")}
              </h2>
              <WithdrawDraft />
            </div>
            <p className="mb-3 text-sm text-slate-700">{t("pickHelp")}</p>
            {tracked ? (
              <TrackedDocument
                doc={tracked}
                focus={picked?.id ?? null}
                onPick={setPicked}
                below={
                  picked
                    ? { clauseId: picked.id, node: <AmendmentComposer key={picked.id} clause={picked} onClose={() => setPicked(null)} /> }
                    : null
                }
              />
            ) : (
              <p>{t("noDraft")}</p>
            )}
          </section>
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <AmendmentsList />
          <Library />
        </div>
      </div>
      <ActionBar onAmend={toDraft} />
    </main>
  );
}
