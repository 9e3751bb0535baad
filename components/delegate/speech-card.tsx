"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { currentSpeaker, formatClock } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { Flag } from "../ui/flag";
import { useMemberName } from "../ui/use-member-name";
import { useNow } from "../ui/use-now";

/** Who has the floor, with the clock; to the speaker: « Vous avez la parole » and the yields the rules allow. */
export function SpeechCard() {
  const t = useTranslations("phone.speech");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const p = live.procedure;
  const name = useMemberName();
  const now = useNow(Boolean(p.speakers.current?.clock.runningSince));
  const [to, setTo] = useState("");
  const speaker = currentSpeaker(p, now);
  if (!speaker) return null;
  const mine = speaker.member === me;
  const yields = p.rules?.speakers.yields;
  const yielded = p.speakers.current?.yielded ?? null;
  const clock = formatClock(speaker.remainingMs ?? speaker.elapsedMs);
  return (
    <section
      aria-labelledby="speech-heading"
      className={`rounded-lg p-4 ${mine ? "border-2 border-emerald-700 bg-emerald-50" : "border border-un-100 bg-white"}`}
      data-testid="speech-card"
    >
      <h2 id="speech-heading" className="flex items-center gap-2 font-serif text-xl font-semibold text-un-900">
        <Flag code={speaker.member} className="h-5 w-8" />
        {mine ? t("yours") : t("other", { member: name(speaker.member) })}
      </h2>
      <p
        className={`mt-1 font-bold tabular-nums ${mine ? "text-5xl" : "text-3xl"} ${speaker.remainingMs !== null && speaker.remainingMs < 10_000 ? "text-red-700" : "text-un-900"}`}
        data-testid="my-speech-clock"
        aria-label={clock}
      >
        {clock}
      </p>
      {!speaker.running && <p className="text-sm text-slate-700">{t("paused")}</p>}
      {mine && yields && yielded === null && (
        <div className="mt-3">
          <h3 className="text-sm font-semibold">{t("yieldHeading")}</h3>
          <div className="mt-2 flex flex-wrap gap-2">
            {yields.chair && (
              <CommandButton command={{ type: "speech.yield", to: "chair" }} variant="secondary" className="min-h-12 flex-1">
                {t("yieldChair")}
              </CommandButton>
            )}
            {yields.questions && (
              <CommandButton command={{ type: "speech.yield", to: "questions" }} variant="secondary" className="min-h-12 flex-1">
                {t("yieldQuestions")}
              </CommandButton>
            )}
          </div>
          {yields.delegation && (
            <div className="mt-2 flex flex-wrap items-end gap-2">
              <label className="flex flex-1 flex-col gap-1 text-sm">
                <span>{t("yieldTo")}</span>
                <select
                  value={to}
                  onChange={(e) => setTo(e.target.value)}
                  className="min-h-11 rounded-md border border-slate-300 bg-white p-2"
                >
                  <option value="">—</option>
                  {p.members
                    .filter((m) => m !== me)
                    .map((m) => (
                      <option key={m} value={m}>
                        {name(m)}
                      </option>
                    ))}
                </select>
              </label>
              <CommandButton
                command={{ type: "speech.yield", to: "delegation", member: to || me }}
                variant="secondary"
                className="min-h-12"
                disabled={!to}
              >
                {t("yieldDelegation")}
              </CommandButton>
            </div>
          )}
        </div>
      )}
      {yielded !== null && <p className="mt-2 text-sm">{t("yielded")}</p>}
    </section>
  );
}
