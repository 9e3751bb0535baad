"use client";

import { useTranslations } from "next-intl";
import { useSession } from "../session/session-provider";
import { CommandButton, RowReasons } from "../session/command-button";
import type { LiveCommand } from "@/lib/session/commands";
import { useMemberName } from "../ui/use-member-name";

/** Motions by precedence (GA rule 77, SC rule 33) and points awaiting a ruling. */
export function MotionsPanel() {
  const t = useTranslations("chair.motions");
  const tc = useTranslations("console.queue");
  const tp = useTranslations("procedure");
  const p = useSession((s) => s.live)!.procedure;
  const name = useMemberName();
  const precedence = (kind: string) => p.rules?.motions[kind as keyof typeof p.rules.motions]?.precedence ?? 99;
  const motions = [...p.motions].sort((a, b) => precedence(a.kind) - precedence(b.kind) || a.seq - b.seq);
  const points = p.points.filter((pt) => pt.ruling === null);

  return (
    <section aria-labelledby="motions-heading" className="rounded-lg border border-un-100 bg-white p-4">
      <h2 id="motions-heading" className="font-serif text-xl font-semibold text-un-900">
        {t("heading")}
      </h2>
      {motions.length === 0 && points.length === 0 && <p className="mt-2 text-sm text-slate-700">{t("none")}</p>}
      {points.length > 0 && (
        <ul className="mt-3 space-y-2" aria-label={t("points")}>
          {points.map((pt) => (
            <li key={pt.id} data-point={pt.id} className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-2">
              <p className="text-sm font-semibold">
                {tp(`points.${pt.kind}` as never)} — {name(pt.member)}
              </p>
              {pt.text && <p className="text-sm">« {pt.text} »</p>}
              <MotionActions
                commands={[
                  { type: "point.resolve", pointId: pt.id, ruling: "upheld" },
                  { type: "point.resolve", pointId: pt.id, ruling: "dismissed" },
                ]}
                labels={[tp("rulings.upheld"), tp("rulings.dismissed")]}
              />
            </li>
          ))}
        </ul>
      )}
      {motions.length > 0 && (
        <ol className="mt-3 space-y-2" aria-label={t("motions")}>
          {motions.map((m) => (
            <li key={m.id} data-motion={m.id} className="rounded-md border border-slate-200 p-2">
              <p className="text-sm font-semibold">
                {tp(`motions.${m.kind}` as never)} — {name(m.proposer)}
                {m.params.topic ? ` : ${m.params.topic}` : ""}
                {m.params.totalSeconds ? ` (${Math.round(m.params.totalSeconds / 60)} min)` : ""}
              </p>
              <p className="text-xs text-slate-700">
                {m.status === "awaiting-second" ? t("awaitingSecond") : t("pending")}
                {m.secondedBy && ` · ${t("secondedBy", { member: name(m.secondedBy) })}`}
                {m.objectedBy.length > 0 && ` · ${t("objections", { count: m.objectedBy.length })}`}
              </p>
              <MotionActions
                commands={[
                  { type: "vote.open", subject: { kind: "motion", motionId: m.id }, method: "show-of-hands" },
                  { type: "motion.grant", motionId: m.id },
                  { type: "motion.rule_out_of_order", motionId: m.id },
                ]}
                labels={[t("vote"), t("grant"), t("outOfOrder")]}
                confirmOutOfOrder={tc("outOfOrderConfirm", { motion: tp(`motions.${m.kind}` as never), member: name(m.proposer) })}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A queue item's buttons, their shared reason said once under them. */
function MotionActions({ commands, labels, confirmOutOfOrder }: { commands: LiveCommand[]; labels: string[]; confirmOutOfOrder?: string }) {
  return (
    <div className="mt-1">
      <div className="flex flex-wrap gap-2">
        {commands.map((command, i) => (
          <CommandButton
            key={i}
            command={command}
            variant={command.type === "motion.rule_out_of_order" ? "quiet" : "secondary"}
            showReason={false}
            confirm={command.type === "motion.rule_out_of_order" ? confirmOutOfOrder : undefined}
          >
            {labels[i]}
          </CommandButton>
        ))}
      </div>
      <RowReasons commands={commands} labels={labels} />
    </div>
  );
}
