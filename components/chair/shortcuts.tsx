"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/** Keys of the console; each presses the visible, enabled button that declares it (aria-keyshortcuts). */
export const SHORTCUTS = [
  { key: "N", action: "nextSpeaker" },
  { key: "T", action: "timer" },
  { key: "V", action: "openVote" },
  { key: "C", action: "closeVote" },
  { key: "?", action: "help" },
] as const;

export function Shortcuts() {
  const t = useTranslations("chair.shortcuts");
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]")) return;
      if (event.key === "?") {
        event.preventDefault();
        setOpen((o) => !o);
        return;
      }
      const key = event.key.toUpperCase();
      if (!SHORTCUTS.some((s) => s.key === key)) return;
      const button = document.querySelector<HTMLButtonElement>(`button[aria-keyshortcuts="${key}"]:not([disabled])`);
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="?"
        className="rounded-md border border-un-700 px-3 py-1.5 text-sm font-semibold text-un-800 hover:bg-un-50"
      >
        {t("button")} <kbd className="ml-1 rounded border border-current px-1 text-xs">?</kbd>
      </button>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        aria-labelledby="shortcuts-title"
        className="m-auto rounded-lg p-6 backdrop:bg-black/40"
      >
        <h2 id="shortcuts-title" className="font-serif text-xl font-semibold text-un-900">
          {t("title")}
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {SHORTCUTS.map((s) => (
            <div key={s.key} className="contents">
              <dt>
                <kbd className="rounded border border-slate-400 bg-slate-50 px-2 py-0.5 font-mono">{s.key}</kbd>
              </dt>
              <dd>{t(s.action)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={() => setOpen(false)} className="mt-6 rounded-md bg-un-800 px-4 py-2 font-semibold text-white">
          {t("close")}
        </button>
      </dialog>
    </>
  );
}
