"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { POINT_KINDS } from "@/lib/procedure/preset-kinds";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";

/** Raising a point (order, privilege, inquiry, information, right of reply), as the rules allow. */
export function PointForm({ onDone }: { onDone?: () => void }) {
  const t = useTranslations("delegate.floor");
  const tp = useTranslations("procedure");
  const p = useSession((s) => s.live)!.procedure;
  const kinds = POINT_KINDS.filter((k) => p.rules?.points[k] != null);
  const [point, setPoint] = useState<(typeof POINT_KINDS)[number]>(kinds[0] ?? "order");
  const [text, setText] = useState("");
  const field = "min-h-11 rounded-md border border-slate-300 bg-white p-2";
  return (
    <form className="flex flex-col gap-3" onSubmit={(e) => e.preventDefault()}>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-semibold">{t("pointKind")}</span>
        <select value={point} onChange={(e) => setPoint(e.target.value as typeof point)} className={field}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {tp(`points.${k}` as never)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span>{t("pointText")}</span>
        <input value={text} onChange={(e) => setText(e.target.value)} maxLength={300} className={field} />
      </label>
      <CommandButton
        command={{
          type: "point.raise",
          kind: point,
          ...(text.trim() ? { text: text.trim() } : {}),
          ...(p.vote ? { aboutVote: true } : {}),
        }}
        className="min-h-12 w-full"
        showReason
        onDone={() => {
          setText("");
          onDone?.();
        }}
      >
        {t("raisePoint")}
      </CommandButton>
    </form>
  );
}
