"use client";

import { useTranslations } from "next-intl";
import type { MotionState } from "@/lib/procedure/state";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { useMemberName } from "../ui/use-member-name";

/** A motion on the floor, with what this delegation may do: second, object, speak for or against, withdraw its own. */
export function MotionCard({ motion }: { motion: MotionState }) {
  const t = useTranslations("phone.motion");
  const tp = useTranslations("procedure");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const name = useMemberName();
  const rule = live.procedure.rules?.motions[motion.kind] ?? null;
  const mine = motion.proposer === me;
  const params = [
    motion.params.topic ? `« ${motion.params.topic} »` : null,
    motion.params.totalSeconds ? t("minutes", { minutes: Math.round(motion.params.totalSeconds / 60) }) : null,
    motion.params.speakerSeconds ? t("speakerTime", { seconds: motion.params.speakerSeconds }) : null,
    motion.params.minutes ? t("minutes", { minutes: motion.params.minutes }) : null,
    motion.params.seconds ? t("speakerTime", { seconds: motion.params.seconds }) : null,
  ].filter(Boolean);
  const big = "min-h-12 flex-1";
  return (
    <article
      aria-label={tp(`motions.${motion.kind}` as never)}
      className="rounded-lg border-2 border-un-700 bg-white p-4"
      data-motion={motion.id}
      data-testid="motion-card"
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-un-800">
        {motion.status === "awaiting-second" ? t("awaitingSecond") : t("pending")}
      </p>
      <h2 className="mt-1 font-serif text-lg font-semibold text-un-900">
        {t("by", { motion: tp(`motions.${motion.kind}` as never), member: mine ? t("mine") : name(motion.proposer) })}
      </h2>
      {params.length > 0 && <p className="text-sm text-slate-700">{params.join(" · ")}</p>}
      {rule?.debate && (
        <p className="mt-1 text-sm text-slate-700">
          {t("speakers", {
            for: motion.speakersFor.map(name).join(", ") || "—",
            against: motion.speakersAgainst.map(name).join(", ") || "—",
          })}
        </p>
      )}
      {!mine && (
        <div className="mt-3 flex flex-wrap gap-2">
          {motion.status === "awaiting-second" && (
            <CommandButton command={{ type: "motion.second", motionId: motion.id }} variant="yes" className={big} showReason>
              {t("second")}
            </CommandButton>
          )}
          {motion.objectedBy.includes(me) ? (
            <p className="text-sm" role="status">
              {t("objected")}
            </p>
          ) : (
            <CommandButton command={{ type: "motion.object", motionId: motion.id }} variant="secondary" className={big} showReason>
              {t("object")}
            </CommandButton>
          )}
        </div>
      )}
      {rule?.debate && (
        <div className="mt-2 flex flex-wrap gap-2">
          {rule.debate.for > 0 && (
            <CommandButton
              command={{ type: "motion.speak", motionId: motion.id, side: "for" }}
              variant="secondary"
              className={big}
              showReason
            >
              {t("speakFor")}
            </CommandButton>
          )}
          {rule.debate.against > 0 && (
            <CommandButton
              command={{ type: "motion.speak", motionId: motion.id, side: "against" }}
              variant="secondary"
              className={big}
              showReason
            >
              {t("speakAgainst")}
            </CommandButton>
          )}
        </div>
      )}
      {mine && (
        <div className="mt-3">
          <CommandButton command={{ type: "motion.withdraw", motionId: motion.id }} variant="secondary" className="min-h-11" showReason>
            {t("withdraw")}
          </CommandButton>
        </div>
      )}
    </article>
  );
}
