"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { currentSpeaker, caucusClock, formatClock } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { Flag } from "../ui/flag";
import { useMemberName } from "../ui/use-member-name";
import { useNow } from "../ui/use-now";

/** The speakers' list with the big timer: who speaks, for how long, who is next. */
export function SpeakersPanel() {
  const t = useTranslations("chair.speakers");
  const tp = useTranslations("procedure");
  const p = useSession((s) => s.live)!.procedure;
  const name = useMemberName();
  const now = useNow(Boolean(p.speakers.current?.clock.runningSince || p.caucus?.clock.runningSince));
  const speaker = currentSpeaker(p, now);
  const caucus = caucusClock(p, now);
  const [adding, setAdding] = useState("");
  const [time, setTime] = useState(p.speakers.speakingTimeSeconds ?? 90);
  const next = p.speakers.queue[0];

  return (
    <section aria-labelledby="speakers-heading" className="rounded-lg border border-un-100 bg-white p-4">
      <h2 id="speakers-heading" className="font-serif text-xl font-semibold text-un-900">
        {t("heading")}
      </h2>
      {p.caucus && caucus && (
        <div className="mt-2 rounded-md bg-un-50 p-3">
          <p className="font-semibold">
            {tp(`motions.${p.caucus.kind === "moderated" ? "moderated-caucus" : "unmoderated-caucus"}` as never)} — {p.caucus.topic}
          </p>
          <p className="text-4xl font-bold tabular-nums text-un-900">
            {caucus.remainingMs === null ? "—" : formatClock(caucus.remainingMs)}
          </p>
          <div className="mt-2 flex gap-2">
            {caucus.running ? (
              <CommandButton command={{ type: "caucus.pause" }} variant="secondary">
                {t("pause")}
              </CommandButton>
            ) : (
              <CommandButton command={{ type: "caucus.resume" }} variant="secondary">
                {t("resume")}
              </CommandButton>
            )}
            <CommandButton command={{ type: "caucus.end" }} variant="secondary">
              {t("endCaucus")}
            </CommandButton>
          </div>
        </div>
      )}
      <div className="mt-3 rounded-md bg-slate-50 p-3 text-center">
        {speaker ? (
          <>
            <p className="flex items-center justify-center gap-2 text-xl font-semibold">
              <Flag code={speaker.member} className="h-5 w-8" />
              {name(speaker.member)}
            </p>
            <p
              className={`text-6xl font-bold tabular-nums ${speaker.remainingMs !== null && speaker.remainingMs < 10_000 ? "text-red-700" : "text-un-900"}`}
              data-testid="speaker-timer"
            >
              {formatClock(speaker.remainingMs ?? speaker.elapsedMs)}
            </p>
            <div className="mt-2 flex flex-wrap justify-center gap-2">
              {speaker.running ? (
                <CommandButton command={{ type: "speech.pause" }} variant="secondary" shortcut="T">
                  {t("pause")}
                </CommandButton>
              ) : (
                <CommandButton command={{ type: "speech.resume" }} variant="secondary" shortcut="T">
                  {t("resume")}
                </CommandButton>
              )}
              <CommandButton command={{ type: "speech.end" }} variant="secondary">
                {t("end")}
              </CommandButton>
            </div>
          </>
        ) : (
          <p className="text-slate-700">{t("nobody")}</p>
        )}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        {next && (
          <CommandButton command={{ type: "speech.start", member: next }} shortcut="N">
            {t("give", { member: name(next) })}
          </CommandButton>
        )}
      </div>
      <ol className="mt-3 space-y-1" aria-label={t("queue")}>
        {p.speakers.queue.map((m, i) => (
          <li key={m} className="flex items-center gap-2 text-sm">
            <span className="w-6 text-right tabular-nums text-slate-500">{i + 1}.</span>
            <Flag code={m} />
            <span className="flex-1">{name(m)}</span>
            <CommandButton command={{ type: "speakers.remove", member: m }} variant="quiet">
              {t("remove")}
            </CommandButton>
          </li>
        ))}
      </ol>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("add")}</span>
          <select value={adding} onChange={(e) => setAdding(e.target.value)} className="rounded-md border border-slate-300 p-1.5">
            <option value="">—</option>
            {p.members
              .filter((m) => !p.speakers.queue.includes(m))
              .map((m) => (
                <option key={m} value={m}>
                  {name(m)}
                </option>
              ))}
          </select>
        </label>
        {adding && (
          <CommandButton command={{ type: "speakers.add", member: adding }} variant="secondary" onDone={() => setAdding("")}>
            {t("addButton")}
          </CommandButton>
        )}
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3">
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("time")}</span>
          <input
            type="number"
            min={10}
            max={900}
            value={time}
            onChange={(e) => setTime(Number(e.target.value))}
            className="w-24 rounded-md border border-slate-300 p-1.5"
          />
        </label>
        <CommandButton command={{ type: "speakers.set_time", seconds: time }} variant="secondary">
          {t("setTime")}
        </CommandButton>
        {p.speakers.open ? (
          <CommandButton command={{ type: "speakers.close" }} variant="secondary">
            {t("closeList")}
          </CommandButton>
        ) : (
          <CommandButton command={{ type: "speakers.reopen" }} variant="secondary">
            {t("reopenList")}
          </CommandButton>
        )}
      </div>
    </section>
  );
}
