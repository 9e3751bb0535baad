"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { MotionRequest } from "@/lib/procedure/commands";
import type { LiveCommand } from "@/lib/session/commands";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { useCommand } from "../session/use-command";
import { MOTION_KINDS } from "@/lib/procedure/preset-kinds";
import { DivisionForm } from "./division-form";

type MotionKind = MotionRequest["kind"];
/**
 * Motions a delegation moves from this form: every motion of the engine but those asked elsewhere —
 * division paragraph by paragraph (below), reorder-drafts from the list of drafts, reconsideration
 * and appeal from the decision or ruling.
 */
const ASKED_ELSEWHERE: ReadonlySet<string> = new Set(["divide-question", "reorder-drafts", "reconsider", "appeal"]);
const MOTIONS = MOTION_KINDS.filter((k): k is MotionKind => !ASKED_ELSEWHERE.has(k));

interface Params {
  minutes: number;
  seconds: number;
  topic: string;
  label: string;
}

function request(kind: MotionKind, v: Params, defaultTopic: string): MotionRequest {
  switch (kind) {
    case "suspend":
      return { kind, minutes: v.minutes };
    case "set-speaking-time":
      return { kind, seconds: v.seconds };
    case "moderated-caucus":
      return { kind, totalSeconds: v.minutes * 60, speakerSeconds: v.seconds, topic: v.topic.trim() || defaultTopic };
    case "unmoderated-caucus":
      return { kind, totalSeconds: v.minutes * 60, ...(v.topic.trim() ? { topic: v.topic.trim() } : {}) };
    case "adjourn-to":
      return { kind, until: v.label.trim() || "—" };
    case "refer":
      return { kind, to: v.label.trim() || "—" };
    case "postpone":
      return { kind, ...(v.label.trim() ? { until: v.label.trim() } : {}) };
    default:
      return { kind } as MotionRequest;
  }
}

/**
 * Moving a motion. The form opens on the first motion in order now under the session's rules
 * (by precedence), shows only the fields that motion takes, and says why a chosen one is not in order.
 */
export function MotionForm({ onDone }: { onDone?: () => void }) {
  const t = useTranslations("delegate.floor");
  const tm = useTranslations("phone.motionForm");
  const tp = useTranslations("procedure");
  const rules = useSession((s) => s.live)!.procedure.rules;
  const { check } = useCommand();
  const id = useId();
  const [values, setValues] = useState<Params>({ minutes: 10, seconds: 60, topic: "", label: "" });
  const commandOf = (kind: MotionKind): LiveCommand => ({ type: "motion.propose", motion: request(kind, values, t("defaultTopic")) });
  const allowed = MOTIONS.filter((k) => rules?.motions[k] != null).sort(
    (a, b) => rules!.motions[a]!.precedence - rules!.motions[b]!.precedence,
  );
  const inOrder = allowed.filter((k) => check(commandOf(k)).ok);
  const [motion, setMotion] = useState<MotionKind | undefined>(() => inOrder[0] ?? allowed[0]);
  if (!motion) return <p>{tm("none")}</p>;
  const set = (patch: Partial<Params>) => setValues((v) => ({ ...v, ...patch }));
  const field = "min-h-11 rounded-md border border-slate-300 bg-white p-2";

  return (
    <div className="flex flex-col gap-3">
      <form className="flex flex-col gap-3" onSubmit={(e) => e.preventDefault()} data-testid="motion-form">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={`${id}-kind`} className="font-semibold">
            {t("motionKind")}
          </label>
          <select id={`${id}-kind`} value={motion} onChange={(e) => setMotion(e.target.value as MotionKind)} className={field}>
            {inOrder.length > 0 && (
              <optgroup label={tm("inOrder")}>
                {inOrder.map((k) => (
                  <option key={k} value={k}>
                    {tp(`motions.${k}` as never)}
                  </option>
                ))}
              </optgroup>
            )}
            {allowed.length > inOrder.length && (
              <optgroup label={tm("notInOrder")}>
                {allowed
                  .filter((k) => !inOrder.includes(k))
                  .map((k) => (
                    <option key={k} value={k}>
                      {tp(`motions.${k}` as never)}
                    </option>
                  ))}
              </optgroup>
            )}
          </select>
        </div>
        {inOrder.length === 0 && <p className="text-sm text-slate-700">{tm("none")}</p>}
        {(motion === "suspend" || motion.endsWith("caucus")) && (
          <label className="flex flex-col gap-1 text-sm">
            <span>{t("minutes")}</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={240}
              value={values.minutes}
              onChange={(e) => set({ minutes: Number(e.target.value) })}
              className={`${field} w-32`}
            />
          </label>
        )}
        {(motion === "set-speaking-time" || motion === "moderated-caucus") && (
          <label className="flex flex-col gap-1 text-sm">
            <span>{t("seconds")}</span>
            <input
              type="number"
              inputMode="numeric"
              min={10}
              max={600}
              value={values.seconds}
              onChange={(e) => set({ seconds: Number(e.target.value) })}
              className={`${field} w-32`}
            />
          </label>
        )}
        {motion.endsWith("caucus") && (
          <label className="flex flex-col gap-1 text-sm">
            <span>{t("topic")}</span>
            <input value={values.topic} onChange={(e) => set({ topic: e.target.value })} maxLength={200} className={field} />
          </label>
        )}
        {(motion === "adjourn-to" || motion === "refer" || motion === "postpone") && (
          <label className="flex flex-col gap-1 text-sm">
            <span>{t(motion === "refer" ? "referTo" : "until")}</span>
            <input value={values.label} onChange={(e) => set({ label: e.target.value })} maxLength={200} className={field} />
          </label>
        )}
        <CommandButton command={commandOf(motion)} className="min-h-12 w-full" showReason onDone={onDone}>
          {t("propose")}
        </CommandButton>
      </form>
      {rules?.motions["divide-question"] != null && <DivisionForm />}
    </div>
  );
}
