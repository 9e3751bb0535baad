"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { MotionRequest } from "@/lib/procedure/commands";
import { POINT_KINDS } from "@/lib/procedure/preset-kinds";
import type { LiveCommand } from "@/lib/session";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { DivisionForm } from "./division-form";

type MotionKind = MotionRequest["kind"];
/** Motions a delegation raises from its seat, with the fields each needs (division and reorder are raised from the document). */
const MOTIONS: MotionKind[] = ["suspend", "adjourn", "adjourn-debate", "close-debate", "close-speakers-list", "reopen-speakers-list", "set-speaking-time", "moderated-caucus", "unmoderated-caucus", "roll-call-vote", "postpone"];

/** Asking for the floor: the speakers' list, points and motions. */
export function FloorPanel() {
  const t = useTranslations("delegate.floor");
  const tp = useTranslations("procedure");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const p = live.procedure;
  const position = p.speakers.queue.indexOf(me);
  const [point, setPoint] = useState<(typeof POINT_KINDS)[number]>("order");
  const [pointText, setPointText] = useState("");
  const [motion, setMotion] = useState<MotionKind>("moderated-caucus");
  const [minutes, setMinutes] = useState(10);
  const [seconds, setSeconds] = useState(60);
  const [topic, setTopic] = useState("");

  const motionCommand = (): LiveCommand => {
    const m = ((): MotionRequest => {
      switch (motion) {
        case "suspend":
          return { kind: "suspend", minutes };
        case "set-speaking-time":
          return { kind: "set-speaking-time", seconds };
        case "moderated-caucus":
          return { kind: "moderated-caucus", totalSeconds: minutes * 60, speakerSeconds: seconds, topic: topic || t("defaultTopic") };
        case "unmoderated-caucus":
          return { kind: "unmoderated-caucus", totalSeconds: minutes * 60, ...(topic ? { topic } : {}) };
        case "postpone":
          return { kind: "postpone" };
        default:
          return { kind: motion } as MotionRequest;
      }
    })();
    return { type: "motion.propose", motion: m };
  };

  return (
    <section aria-labelledby="floor-heading" className="rounded-lg border border-un-100 bg-white p-4">
      <h2 id="floor-heading" className="font-serif text-xl font-semibold text-un-900">{t("heading")}</h2>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {position >= 0 ? (
          <>
            <p className="text-sm" role="status">{t("position", { position: position + 1 })}</p>
            <CommandButton command={{ type: "speakers.remove" }} variant="secondary">{t("leaveList")}</CommandButton>
          </>
        ) : (
          <CommandButton command={{ type: "speakers.add" }} showReason>{t("joinList")}</CommandButton>
        )}
      </div>

      <form className="mt-4 flex flex-col gap-2" onSubmit={(e) => e.preventDefault()}>
        <h3 className="font-semibold text-un-900">{t("point")}</h3>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("pointKind")}</span>
          <select value={point} onChange={(e) => setPoint(e.target.value as typeof point)} className="rounded-md border border-slate-300 p-1.5">
            {POINT_KINDS.filter((k) => p.rules?.points[k] != null).map((k) => <option key={k} value={k}>{tp(`points.${k}` as never)}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("pointText")}</span>
          <input value={pointText} onChange={(e) => setPointText(e.target.value)} maxLength={300} className="rounded-md border border-slate-300 p-1.5" />
        </label>
        <CommandButton command={{ type: "point.raise", kind: point, ...(pointText.trim() ? { text: pointText.trim() } : {}), ...(p.vote ? { aboutVote: true } : {}) }} variant="secondary" showReason onDone={() => setPointText("")}>
          {t("raisePoint")}
        </CommandButton>
      </form>

      <form className="mt-4 flex flex-col gap-2" onSubmit={(e) => e.preventDefault()}>
        <h3 className="font-semibold text-un-900">{t("motion")}</h3>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("motionKind")}</span>
          <select value={motion} onChange={(e) => setMotion(e.target.value as MotionKind)} className="rounded-md border border-slate-300 p-1.5">
            {MOTIONS.filter((k) => p.rules?.motions[k] != null).map((k) => (
              <option key={k} value={k}>{tp(`motions.${k}` as never)}</option>
            ))}
          </select>
        </label>
        {(motion === "suspend" || motion.endsWith("caucus")) && (
          <label className="flex flex-col gap-1 text-sm">
            <span>{t("minutes")}</span>
            <input type="number" min={1} max={240} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} className="w-28 rounded-md border border-slate-300 p-1.5" />
          </label>
        )}
        {(motion === "set-speaking-time" || motion === "moderated-caucus") && (
          <label className="flex flex-col gap-1 text-sm">
            <span>{t("seconds")}</span>
            <input type="number" min={10} max={600} value={seconds} onChange={(e) => setSeconds(Number(e.target.value))} className="w-28 rounded-md border border-slate-300 p-1.5" />
          </label>
        )}
        {motion.endsWith("caucus") && (
          <label className="flex flex-col gap-1 text-sm">
            <span>{t("topic")}</span>
            <input value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={200} className="rounded-md border border-slate-300 p-1.5" />
          </label>
        )}
        <CommandButton command={motionCommand()} variant="secondary" showReason>
          {t("propose")}
        </CommandButton>
      </form>
      {p.rules?.motions["divide-question"] != null && <DivisionForm />}
    </section>
  );
}
