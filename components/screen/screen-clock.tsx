"use client";

import { useTranslations } from "next-intl";
import type { ClockView } from "@/lib/session/floor-focus";
import { formatClock } from "@/lib/session/selectors";

/** "+0:12" past the limit (formatClock rounds up, so the first second over reads +0:01). */
export function formatOvertime(ms: number): string {
  return `+${formatClock(ms)}`;
}

/**
 * A clock that tells the truth: time left (or spoken, without a limit), amber in the last ten
 * seconds, red with the overtime past the limit, and « En pause » when it is stopped.
 */
export function ScreenClock({
  clock,
  size = "large",
  testId = "speech-clock",
}: {
  clock: ClockView;
  size?: "large" | "medium";
  testId?: string;
}) {
  const t = useTranslations("projector");
  const state = clock.overtimeMs > 0 ? "overtime" : clock.warning ? "warning" : "normal";
  const colour = state === "overtime" ? "text-red-700" : state === "warning" ? "text-amber-700" : "text-un-900";
  const text = state === "overtime" ? formatOvertime(clock.overtimeMs) : formatClock(clock.remainingMs ?? clock.elapsedMs);
  return (
    <div className="flex flex-col items-center" data-testid={testId} data-clock-state={state} data-running={clock.running}>
      <p className={`font-sans font-bold tabular-nums leading-none ${colour} ${size === "large" ? "text-[10rem]" : "text-8xl"}`}>{text}</p>
      <p className="mt-3 flex min-h-12 items-center gap-4 font-sans text-4xl font-semibold">
        {state === "overtime" && <span className="rounded-lg bg-red-700 px-4 py-1 text-white">{t("overtime")}</span>}
        {!clock.running && (
          <span data-testid="clock-paused" className="rounded-lg bg-slate-800 px-4 py-1 text-white">
            ❚❚ {t("paused")}
          </span>
        )}
        {clock.durationMs === null && <span className="text-slate-700">{t("noLimit")}</span>}
      </p>
    </div>
  );
}

/** A countdown (caucus, suspension): minutes and seconds left. */
export function Countdown({ ms, label, testId }: { ms: number; label: string; testId: string }) {
  return (
    <div className="flex flex-col items-center" data-testid={testId}>
      <p className="font-sans text-4xl font-semibold uppercase tracking-wide text-un-800">{label}</p>
      <p className="mt-2 font-sans text-[10rem] font-bold tabular-nums leading-none text-un-900">{formatClock(ms)}</p>
    </div>
  );
}
