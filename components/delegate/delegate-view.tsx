"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { lastDecision, trackedDraft } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { SessionStatus } from "../session/session-status";
import { TrackedDocument, type ClausePick } from "../document/tracked-document";
import { OutcomeBanner } from "../voting/outcome-banner";
import { useSubjectLabel } from "../voting/use-subject-label";
import { Flag } from "../ui/flag";
import { useMemberName } from "../ui/use-member-name";
import { VotePanel } from "./vote-panel";
import { AmendmentComposer } from "./amendment-composer";
import { MyDrafts } from "./my-drafts";
import { AmendmentsList } from "./amendments-list";
import { FloorPanel } from "./floor-panel";
import { Library } from "./library";

/** A delegation's device (a phone or a laptop): the draft, its amendments, the floor and the vote. */
export function DelegateView() {
  const t = useTranslations("delegate");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const name = useMemberName();
  const p = live.procedure;
  const subjectLabel = useSubjectLabel(p);
  const [picked, setPicked] = useState<ClausePick | null>(null);
  const tracked = trackedDraft(live);
  const decision = lastDecision(p);
  const attendance = p.attendance[me] ?? "absent";

  return (
    <main className="mx-auto max-w-6xl px-3 py-4">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-un-100 pb-3">
        <div className="flex items-center gap-3">
          <Flag code={me} className="h-8 w-12" />
          <div>
            <h1 className="font-serif text-2xl font-semibold text-un-900" data-testid="delegation-name">{name(me)}</h1>
            <p className="text-sm text-slate-700">{live.title}</p>
          </div>
        </div>
        <div className="flex flex-col items-end">
          <SessionStatus />
          <p className="text-sm text-slate-700">{t(`attendance.${attendance}`)}</p>
        </div>
      </header>

      <div className="mt-4 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-4">
          {p.vote && <VotePanel />}
          {decision && !p.vote && <OutcomeBanner decision={decision} subject={subjectLabel(decision.subject, decision.motionKind)} />}
          {picked && <AmendmentComposer key={picked.id} clause={picked} onClose={() => setPicked(null)} />}
          <MyDrafts />
          <section aria-labelledby="draft-heading" className="rounded-lg border border-un-100 bg-white p-4">
            <h2 id="draft-heading" className="sr-only">{t("draft")}</h2>
            <p className="mb-3 text-sm text-slate-700">{t("pickHelp")}</p>
            {tracked ? <TrackedDocument doc={tracked} focus={picked?.id ?? null} onPick={setPicked} /> : <p>{t("noDraft")}</p>}
          </section>
        </div>
        <div className="flex flex-col gap-6">
          <AmendmentsList />
          <FloorPanel />
          <Library />
        </div>
      </div>
    </main>
  );
}
