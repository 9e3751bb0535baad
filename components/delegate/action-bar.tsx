"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { LazyPanelLoading, lazyPanel } from "../ui/lazy-panel";

// The point and motion forms open in a sheet on a tap: fetched once the page is up (the effect
// below), not with the first screen — the phone's vote button comes first.
const loadPointForm = lazyPanel(() => import("./point-form").then((m) => m.PointForm));
const loadMotionForm = lazyPanel(() => import("./motion-form").then((m) => m.MotionForm));
const PointForm = dynamic(loadPointForm, { ssr: false, loading: LazyPanelLoading });
const MotionForm = dynamic(loadMotionForm, { ssr: false, loading: LazyPanelLoading });

type Sheet = "speak" | "point" | "motion" | "amend";

/**
 * The phone's sticky bar, always within the thumb's reach: the floor (join or leave the speakers'
 * list, with one's place), a point, a motion, an amendment — each opening a sheet above the bar.
 */
export function ActionBar({ onAmend }: { onAmend: () => void }) {
  const t = useTranslations("phone.bar");
  const tf = useTranslations("delegate.floor");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const p = live.procedure;
  const [open, setOpen] = useState<Sheet | null>(null);
  const sheet = useRef<HTMLDivElement>(null);
  const position = p.speakers.queue.indexOf(me);
  const myPoints = p.points.filter((pt) => pt.member === me && pt.ruling === null).length;
  const motions = p.motions.filter((m) => m.status === "awaiting-second" || m.status === "pending").length;
  const drafts = Object.keys(live.drafts).length;

  useEffect(() => {
    void loadPointForm();
    void loadMotionForm();
  }, []);

  useEffect(() => {
    if (!open || !sheet.current) return;
    // The sheet's first field takes the focus — once it is there, if the form's code was still coming.
    const root = sheet.current;
    const focusFirstField = () => {
      const field = root.querySelector<HTMLElement>("select, input, textarea, button:not([data-close])");
      field?.focus();
      return field !== null;
    };
    const observer = focusFirstField() ? null : new MutationObserver(() => focusFirstField() && observer?.disconnect());
    observer?.observe(root, { childList: true, subtree: true });
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(null);
    window.addEventListener("keydown", onKey);
    return () => {
      observer?.disconnect();
      window.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const tab = (id: Sheet, label: string, badge: ReactNode) => (
    <button
      type="button"
      aria-expanded={open === id}
      aria-controls="action-sheet"
      onClick={() => setOpen((o) => (o === id ? null : id))}
      data-action={id}
      className={`relative flex min-h-14 flex-1 flex-col items-center justify-center rounded-md px-1 text-sm font-semibold ${open === id ? "bg-un-800 text-white" : "text-un-900 hover:bg-un-50"}`}
    >
      {label}
      {badge !== null && <span className="mt-0.5 rounded-full bg-amber-400 px-1.5 text-xs font-bold text-slate-900">{badge}</span>}
    </button>
  );
  const titles: Record<Sheet, string> = { speak: t("speak"), point: t("point"), motion: t("motion"), amend: t("amend") };

  return (
    <>
      {open && (
        <div
          ref={sheet}
          id="action-sheet"
          role="dialog"
          aria-modal="false"
          aria-labelledby="action-sheet-title"
          className="fixed inset-x-0 bottom-[4.5rem] z-30 mx-auto max-h-[70vh] max-w-xl overflow-y-auto rounded-t-xl border border-un-200 bg-white p-4 shadow-2xl"
          data-testid="action-sheet"
        >
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 id="action-sheet-title" className="font-serif text-xl font-semibold text-un-900">
              {titles[open]}
            </h2>
            <button
              type="button"
              data-close
              onClick={() => setOpen(null)}
              className="min-h-11 min-w-11 rounded-md px-3 text-un-800 underline"
            >
              {t("close")}
            </button>
          </div>
          {open === "speak" &&
            (position >= 0 ? (
              <div className="flex flex-col gap-3">
                <p role="status">{tf("position", { position: position + 1 })}</p>
                <CommandButton command={{ type: "speakers.remove" }} variant="secondary" className="min-h-12 w-full">
                  {tf("leaveList")}
                </CommandButton>
              </div>
            ) : (
              <CommandButton command={{ type: "speakers.add" }} className="min-h-12 w-full" showReason>
                {tf("joinList")}
              </CommandButton>
            ))}
          {open === "point" && <PointForm onDone={() => setOpen(null)} />}
          {open === "motion" && <MotionForm onDone={() => setOpen(null)} />}
          {open === "amend" && (
            <div className="flex flex-col gap-3">
              <p>{t("amendHelp")}</p>
              <button
                type="button"
                onClick={() => {
                  setOpen(null);
                  onAmend();
                }}
                className="min-h-12 rounded-md bg-un-800 px-3 font-semibold text-white"
              >
                {t("amendGo")}
              </button>
            </div>
          )}
        </div>
      )}
      <nav
        aria-label={t("label")}
        className="fixed inset-x-0 bottom-0 z-40 border-t border-un-200 bg-white/95 px-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] pt-1 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] backdrop-blur"
        data-testid="action-bar"
      >
        <div className="mx-auto flex max-w-xl gap-1">
          {tab("speak", t("speak"), position >= 0 ? t("listed", { position: position + 1 }) : null)}
          {tab("point", t("point"), myPoints > 0 ? myPoints : null)}
          {tab("motion", t("motion"), motions > 0 ? motions : null)}
          {tab("amend", t("amend"), drafts > 0 ? t("drafts", { count: drafts }) : null)}
        </div>
      </nav>
    </>
  );
}
