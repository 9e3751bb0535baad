"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { DraftStatus } from "@/lib/procedure/state";
import { draftRows } from "@/lib/session/drafts";
import { trackedDraft } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { SessionStatus } from "../session/session-status";
import { TrackedDocument, type ClausePick } from "../document/tracked-document";
import { Flag } from "../ui/flag";
import { AfterScripts } from "../ui/use-hydrated";
import { useMemberName } from "../ui/use-member-name";
import { MyDrafts } from "./my-drafts";
import { AmendmentsList } from "./amendments-list";
import { FloorTop } from "./floor-top";
import { BallotRefused } from "./ballot-form";
import { ActionBar } from "./action-bar";
import { WithdrawDraft } from "./signatures-card";
import { DraftsList } from "./drafts-list";
import { LazyPanelLoading, lazyPanel } from "../ui/lazy-panel";

// The working papers carry Yjs (~50 KB gzip): loaded after the page, so the vote button's first load stays light.
const MyPapers = dynamic(() => import("../papers/my-papers").then((m) => m.MyPapers), { ssr: false });
// The amendment composer opens under a clause the delegation picks: fetched once the page is up.
const loadComposer = lazyPanel(() => import("./amendment-composer").then((m) => m.AmendmentComposer));
const AmendmentComposer = dynamic(loadComposer, { ssr: false, loading: LazyPanelLoading });
// The library fetches its list after the page anyway (« Chargement… » meanwhile): its code comes then too.
const Library = dynamic(
  lazyPanel(() => import("./library").then((m) => m.Library)),
  { ssr: false, loading: LibraryLoading },
);

/** The library's heading and loading line, as the library itself shows them until its list arrives. */
function LibraryLoading() {
  const tl = useTranslations("delegate.library");
  return (
    <section aria-labelledby="library-heading" className="rounded-lg border border-un-100 bg-white p-4">
      <h2 id="library-heading" className="font-serif text-xl font-semibold text-un-900">
        {tl("heading")}
      </h2>
      <p role="status" className="mt-2 text-sm">
        {tl("loading")}
      </p>
    </section>
  );
}

/** Drafts a delegation may still amend (rules 80–90: before the vote). */
const AMENDABLE: ReadonlySet<DraftStatus> = new Set(["submitted", "accepted", "introduced"]);

/**
 * A delegation's device (a phone first): at the top, the business on the floor and what this
 * delegation can do about it; below, the draft with tracked changes, amended in place; at the
 * bottom, the sticky action bar (floor, point, motion, amend).
 */
export function DelegateView() {
  const t = useTranslations("delegate");
  const td = useTranslations("drafts");
  const tb = useTranslations("ballot");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const name = useMemberName();
  const [picked, setPicked] = useState<ClausePick | null>(null);
  // Which draft's text is shown and amended: the draft on the floor unless the delegation picks another.
  const [chosen, setChosen] = useState<string | null>(null);
  const amendable = draftRows(live).filter((r) => AMENDABLE.has(r.draft.status));
  const shownId = chosen !== null && amendable.some((r) => r.draft.id === chosen) ? chosen : (live.procedure.draft?.id ?? null);
  const tracked = trackedDraft(live, shownId);
  const attendance = live.procedure.attendance[me] ?? "absent";
  useEffect(() => void loadComposer(), []);
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

      {/* Said only where the scripts never run: the ballot form is the page's one working control. */}
      <noscript>
        <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="no-script">
          {tb("noScript")}
        </p>
      </noscript>
      <div className="mt-3 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="flex min-w-0 flex-col gap-4">
          <BallotRefused />
          <FloorTop />
          <AfterScripts>
            <DraftsList />
            <MyDrafts />
            <MyPapers />
            <section aria-labelledby="draft-heading" className="scroll-mt-2 rounded-lg border border-un-100 bg-white p-3">
              <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="draft-heading" className="font-serif text-lg font-semibold text-un-900">
                  {t("draft")}
                </h2>
                <WithdrawDraft />
              </div>
              {amendable.length > 1 && (
                <label className="mb-3 block text-sm font-semibold text-un-900">
                  {td("amendOn")}
                  <select
                    value={shownId ?? ""}
                    onChange={(e) => {
                      setChosen(e.target.value);
                      setPicked(null);
                    }}
                    className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 font-normal"
                    data-testid="amend-draft"
                  >
                    {amendable.map((r) => (
                      <option key={r.draft.id} value={r.draft.id}>
                        {r.draft.symbol ? td("symbol", { symbol: r.draft.symbol }) : r.title}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <p className="mb-3 text-sm text-slate-700">{t("pickHelp")}</p>
              {tracked ? (
                <TrackedDocument
                  doc={tracked}
                  focus={picked?.id ?? null}
                  onPick={setPicked}
                  below={
                    picked
                      ? {
                          clauseId: picked.id,
                          node: (
                            <AmendmentComposer
                              key={picked.id}
                              clause={picked}
                              onClose={() => setPicked(null)}
                              {...(shownId && live.procedure.drafts.length > 1 ? { draftId: shownId } : {})}
                            />
                          ),
                        }
                      : null
                  }
                />
              ) : (
                <p>{t("noDraft")}</p>
              )}
            </section>
          </AfterScripts>
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <AfterScripts>
            <AmendmentsList />
            <Library />
          </AfterScripts>
        </div>
      </div>
      <AfterScripts>
        <ActionBar onAmend={toDraft} />
      </AfterScripts>
    </main>
  );
}
