"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type MouseEvent, type ReactNode } from "react";
import type { LiveCommand } from "@/lib/session";
import { useCommand } from "./use-command";
import { useHydrated } from "../ui/use-hydrated";

const VARIANTS = {
  primary: "bg-un-800 text-white hover:bg-un-900",
  secondary: "border border-un-700 text-un-800 hover:bg-un-50",
  danger: "bg-red-800 text-white hover:bg-red-900",
  yes: "bg-emerald-700 text-white hover:bg-emerald-800",
  no: "bg-red-700 text-white hover:bg-red-800",
  abstain: "bg-amber-700 text-white hover:bg-amber-800",
  quiet: "text-un-800 underline hover:text-un-900",
} as const;

interface Props {
  command: LiveCommand;
  children: ReactNode;
  variant?: keyof typeof VARIANTS;
  className?: string;
  /** Asked before sending (window.confirm); a function is asked at the moment of sending (e.g. naming who has not voted). */
  confirm?: string | (() => string | null);
  /** Show the reason next to the button when it is disabled (the default: a disabled control says why, visibly); false: only as its description and tooltip. */
  showReason?: boolean;
  onDone?: () => void;
  shortcut?: string;
  /** Disabled for a reason of the page's own (e.g. nothing to record yet), whatever the rules say. */
  disabled?: boolean;
  /**
   * Also a submit button of the surrounding <form>, which works before the page's scripts have
   * run (`name=value` posted over HTTP); once they have, the click sends the command over the
   * socket instead, with `commandId` (the id the form would have posted), then calls `onSent`.
   */
  submit?: { name: string; value: string; commandId: string; onSent(): void };
}

/** A button that sends one command; disabled, with the engine's reason, when the rules forbid it now. */
export function CommandButton({
  command,
  children,
  variant = "primary",
  className = "",
  confirm,
  showReason = true,
  onDone,
  shortcut,
  disabled: disabledByPage = false,
  submit,
}: Props) {
  const { check, run } = useCommand();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const hydrated = useHydrated();
  const tb = useTranslations("ballot");
  // Before the scripts run, only a button of a form (the ballot) can do anything.
  const rules = check(command);
  const loading = !hydrated && !submit;
  const verdict = loading ? { ok: false as const, code: "page.loading", reason: tb("loading") } : rules;
  const disabled = pending || disabledByPage || !verdict.ok;

  async function click(event: MouseEvent<HTMLButtonElement>) {
    // Hydrated: the socket carries it, not the form.
    event.preventDefault();
    const question = typeof confirm === "function" ? confirm() : confirm;
    if (question && !window.confirm(question)) return;
    setPending(true);
    setError(null);
    const result = await run(command, submit?.commandId);
    submit?.onSent();
    setPending(false);
    if (!result.ok) setError(result.message);
    else onDone?.();
  }

  return (
    // A button that fills its row (w-full, flex-1) needs its wrapper to fill it too.
    <span className={`inline-flex flex-col items-start gap-1 ${/\b(w-full|flex-1)\b/.test(className) ? "w-full min-w-0 flex-1" : ""}`}>
      <button
        {...(submit ? { type: "submit", name: submit.name, value: submit.value } : { type: "button" })}
        onClick={click}
        disabled={disabled}
        aria-describedby={!verdict.ok || error ? `${id}-why` : undefined}
        aria-keyshortcuts={shortcut}
        title={!verdict.ok && !pending ? verdict.reason : undefined}
        data-command={command.type}
        className={`${/\b(w-full|flex-1)\b/.test(className) ? "w-full" : ""} rounded-md px-3 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-45 ${VARIANTS[variant]} ${className}`}
      >
        {children}
        {shortcut && <kbd className="ml-2 rounded border border-current px-1 text-xs font-normal opacity-80">{shortcut}</kbd>}
      </button>
      {/* Loading is said once, by the page's status: not under every button for the second it lasts. */}
      {(error || (!verdict.ok && showReason && !loading)) && (
        <span
          id={`${id}-why`}
          role={error ? "alert" : undefined}
          className={`max-w-xs text-sm ${error ? "text-red-800" : "text-slate-700"}`}
          data-testid="disabled-reason"
        >
          {error ?? (!verdict.ok ? verdict.reason : "")}
        </span>
      )}
      {!verdict.ok && (!showReason || loading) && !error && (
        <span id={`${id}-why`} className="sr-only">
          {verdict.reason}
        </span>
      )}
    </span>
  );
}

/**
 * The reasons a row of buttons is disabled, each said once (a vote in progress disables them all
 * for the same reason); the buttons of the row pass showReason={false} and keep it as tooltip.
 */
export function RowReasons({ commands, labels }: { commands: LiveCommand[]; labels?: string[] }) {
  const { check } = useCommand();
  const t = useTranslations("console");
  const verdicts = commands.map(check);
  const disabled = verdicts.flatMap((v, i) => (v.ok ? [] : [{ reason: v.reason, label: labels?.[i] }]));
  if (disabled.length === 0) return null;
  const same = new Set(disabled.map((d) => d.reason)).size === 1;
  // All disabled for one reason: said once; otherwise each button's own, named.
  const text =
    same && (disabled.length === commands.length || !labels)
      ? disabled[0]!.reason
      : disabled.map((d) => (d.label ? t("reasonOf", { label: d.label, reason: d.reason }) : d.reason)).join(" · ");
  return (
    <p className="text-sm text-slate-700" data-testid="disabled-reason">
      {text}
    </p>
  );
}
