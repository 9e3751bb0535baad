"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useSession } from "../session/session-provider";
import { useMemberName } from "../ui/use-member-name";

/** A short tone (Web Audio), for the chair who looks away from the screen; off unless chosen. */
function beep() {
  const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctx) return;
  const ctx = new Ctx();
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = 880;
  gain.gain.setValueAtTime(0.15, ctx.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.3);
  osc.connect(gain).connect(ctx.destination);
  osc.start();
  osc.stop(ctx.currentTime + 0.3);
  osc.onended = () => void ctx.close();
}

/** Announces a motion or point that has just arrived — visibly, to screen readers, and with a tone if chosen. */
export function QueueAlert() {
  const t = useTranslations("console.alert");
  const tp = useTranslations("procedure");
  const p = useSession((s) => s.live)!.procedure;
  const name = useMemberName();
  // The console renders only once joined (in the browser), so the saved choice can be read at once.
  const [sound, setSound] = useState(() => typeof window !== "undefined" && localStorage.getItem("hemicycle.chair.sound") === "on");
  const [latest, setLatest] = useState<string | null>(null);
  const seen = useRef<Set<string> | null>(null);
  const waiting = [
    ...p.points
      .filter((pt) => pt.ruling === null)
      .map((pt) => ({ id: pt.id, text: t("point", { point: tp(`points.${pt.kind}` as never), member: name(pt.member) }) })),
    ...p.motions
      .filter((m) => m.status === "awaiting-second" || m.status === "pending")
      .map((m) => ({ id: m.id, text: t("motion", { motion: tp(`motions.${m.kind}` as never), member: name(m.proposer) }) })),
  ];
  const key = waiting.map((w) => w.id).join(",");

  useEffect(() => {
    const ids = new Set(key ? key.split(",") : []);
    // What was there when the console opened is not news.
    if (seen.current === null) {
      seen.current = ids;
      return;
    }
    const fresh = [...ids].filter((id) => !seen.current!.has(id));
    seen.current = ids;
    if (fresh.length === 0) return;
    setLatest(fresh.at(-1)!);
    if (sound) beep();
  }, [key, sound]);

  const item = waiting.find((w) => w.id === latest);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div role="alert" aria-live="assertive" className="min-h-0 flex-1">
        {item && (
          <p
            className="rounded-md border-l-4 border-amber-500 bg-amber-100 px-3 py-2 font-semibold text-slate-900"
            data-testid="queue-alert"
          >
            {t("new", { item: item.text })}
          </p>
        )}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={sound}
          onChange={(e) => {
            setSound(e.target.checked);
            localStorage.setItem("hemicycle.chair.sound", e.target.checked ? "on" : "off");
          }}
          className="h-4 w-4 accent-un-700"
        />
        {t("sound")}
      </label>
    </div>
  );
}
