"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { call, failureText } from "@/lib/client/http-client";
import type { WireEvent } from "@/lib/protocol";
import { useErrorText } from "@/components/session/use-error-text";
import type { LiveEvent } from "@/lib/session/events";
import { Replay, timelineMarks } from "@/lib/session/replay";
import { ProjectionScreen } from "../screen/projection-screen";
import { StaticSessionProvider } from "../session/session-provider";
import { createSessionStore } from "../session/session-store";
import { SessionGate } from "../session/session-status";

const SPEEDS = [1, 2, 5, 10, 30] as const;
/** Long pauses in a session (a caucus…) are shortened when played back. */
const MAX_GAP_MS = 2_500;

/** The session played back on the projection-screen layout, for the debrief after a class. */
export function ReplayView({ sessionId, token }: { sessionId: string; token: string }) {
  const t = useTranslations("replay");
  const locale = useLocale();
  const [events, setEvents] = useState<WireEvent<LiveEvent>[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(5);
  const [store] = useState(createSessionStore);
  const errorText = useErrorText();

  useEffect(() => {
    let current = true;
    void call("session.events", { params: { id: sessionId }, key: token }).then((r) => {
      if (!current) return;
      if (!r.ok) setError(failureText(r, errorText));
      else setEvents(r.events);
    });
    return () => {
      current = false;
    };
  }, [sessionId, token, errorText]);

  const replay = useMemo(() => (events ? new Replay(events) : null), [events]);
  const marks = useMemo(() => (events ? timelineMarks(events) : []), [events]);
  const last = (events?.length ?? 1) - 1;

  // The screen shows the state once events[0..index] had happened, at that moment's time.
  useEffect(() => {
    if (!replay || !events?.length) return;
    const at = events[index]!.at;
    store.setState({
      live: replay.stateAt(index),
      seq: events[index]!.seq,
      status: "connected",
      role: "screen",
      clockOffset: at - Date.now(),
    });
  }, [replay, events, index, store]);

  useEffect(() => {
    if (!playing || !events || index >= last) return;
    const gap = Math.min(MAX_GAP_MS, Math.max(0, events[index + 1]!.at - events[index]!.at)) / speed;
    const timer = setTimeout(() => {
      setIndex((i) => Math.min(i + 1, last));
      if (index + 1 >= last) setPlaying(false);
    }, gap);
    return () => clearTimeout(timer);
  }, [playing, index, events, last, speed]);

  if (error)
    return (
      <main className="mx-auto max-w-xl px-4 py-16">
        <p role="alert" className="rounded-md bg-red-50 p-4 text-red-800">
          {error}
        </p>
      </main>
    );
  if (!events || !replay)
    return (
      <main className="mx-auto max-w-xl px-4 py-16">
        <p role="status">{t("loading")}</p>
      </main>
    );

  const time = (ms: number) => new Date(ms).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  return (
    <div>
      <section
        aria-label={t("controls")}
        className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-un-100 bg-un-50 px-4 py-2"
      >
        <button
          type="button"
          onClick={() => (index >= last ? (setIndex(0), setPlaying(true)) : setPlaying((p) => !p))}
          className="rounded-md bg-un-800 px-4 py-1.5 font-semibold text-white"
        >
          {playing ? t("pause") : t("play")}
        </button>
        <label className="flex items-center gap-1 text-sm">
          {t("speed")}
          <select
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}
            className="rounded border border-slate-300 p-1"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                ×{s}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-64 flex-1 items-center gap-2 text-sm">
          <span className="sr-only">{t("position")}</span>
          <input
            type="range"
            min={0}
            max={last}
            value={index}
            onChange={(e) => {
              setPlaying(false);
              setIndex(Number(e.target.value));
            }}
            aria-valuetext={t("at", { n: index + 1, total: last + 1, time: time(events[index]!.at) })}
            className="flex-1 accent-un-700"
            data-testid="replay-slider"
          />
          <span className="tabular-nums" data-testid="replay-position">
            {t("at", { n: index + 1, total: last + 1, time: time(events[index]!.at) })}
          </span>
        </label>
        <label className="flex items-center gap-1 text-sm">
          {t("jump")}
          <select
            value=""
            onChange={(e) => {
              setPlaying(false);
              setIndex(Number(e.target.value));
            }}
            className="max-w-72 rounded border border-slate-300 p-1"
            data-testid="replay-jump"
          >
            <option value="">—</option>
            {marks.map((m) => (
              <option key={m.index} value={m.index}>
                {time(m.at)} · {t(`mark.${m.event.type}` as never)}
                {"amendment" in m.event ? ` ${m.event.amendment.id}` : "amendmentId" in m.event ? ` ${m.event.amendmentId}` : ""}
              </option>
            ))}
          </select>
        </label>
      </section>
      <StaticSessionProvider store={store}>
        <SessionGate>
          <ProjectionScreen />
        </SessionGate>
      </StaticSessionProvider>
    </div>
  );
}
