"use client";

import { useTranslations } from "next-intl";
import type { SessionState } from "@/lib/procedure/state";
import { floorFocus } from "@/lib/session/floor-focus";
import { formatClock } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { AmendmentCard } from "../debate/amendment-card";
import { OutcomeBanner } from "../voting/outcome-banner";
import { useSubjectLabel } from "../voting/use-subject-label";
import { useMemberName } from "../ui/use-member-name";
import { useNow } from "../ui/use-now";
import { VotePanel } from "./vote-panel";
import { SpeechCard } from "./speech-card";
import { MotionCard } from "./motion-card";
import { SignaturesCard } from "./signatures-card";
import { RollCallAnswer } from "./roll-call-answer";

/** The phone re-reads the time only while something on the floor depends on it (a clock, a ruling shown for a while). */
function ticking(p: SessionState): boolean {
  return Boolean(
    p.speakers.current?.clock.runningSince ||
    p.caucus?.clock.runningSince ||
    p.meeting === "suspended" ||
    (p.floor.result && p.floor.result.kind !== "decision"),
  );
}

/**
 * The top of the phone, organised around the floor (`floorFocus`, the selector every surface
 * shares): first the business on the floor and what this delegation can do about it, then what
 * else awaits its own gesture — its roll-call answer, motions awaiting a second, a friendly
 * amendment awaiting this sponsor's answer, the draft awaiting signatures.
 */
export function FloorTop() {
  const t = useTranslations("phone");
  const ta = useTranslations("delegate.amendments");
  const tp = useTranslations("procedure");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const p = live.procedure;
  const name = useMemberName();
  const subjectLabel = useSubjectLabel(p);
  const now = useNow(ticking(p), 500);
  const focus = floorFocus(p, now);

  const open = (status: string) => status === "awaiting-second" || status === "pending";
  const precedence = (kind: string) => p.rules?.motions[kind as keyof NonNullable<typeof p.rules>["motions"]]?.precedence ?? 99;
  const motions = p.motions.filter((m) => open(m.status)).sort((a, b) => precedence(a.kind) - precedence(b.kind) || a.seq - b.seq);
  const friendly =
    p.rules?.amendments.friendlyAllowed && p.draft?.sponsors.includes(me)
      ? p.amendments.filter(
          (a) =>
            a.status === "pending" &&
            a.parentId === null &&
            !a.acceptedBy.includes(me) &&
            !a.declinedBy.includes(me) &&
            !a.sponsors.includes(me),
        )
      : [];
  const answerRollCall = (p.attendance[me] ?? "absent") === "absent" && p.meeting !== "adjourned";

  const primary = (() => {
    switch (focus.kind) {
      case "vote":
        return <VotePanel />;
      case "decision":
        return (
          <>
            <OutcomeBanner decision={focus.decision} subject={subjectLabel(focus.decision.subject, focus.decision.motionKind)} />
            {p.rules?.motions.reconsider && (
              <CommandButton
                command={{ type: "motion.propose", motion: { kind: "reconsider", decisionIndex: focus.decisionIndex } }}
                variant="secondary"
                className="min-h-12 w-full"
              >
                {t("motion.reconsider")}
              </CommandButton>
            )}
          </>
        );
      case "point":
        return (
          <section className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4" data-testid="point-card">
            <h2 className="font-serif text-lg font-semibold text-un-900">
              {t("point.raised", { point: tp(`points.${focus.point.kind}` as never), member: name(focus.point.member) })}
            </h2>
            {focus.point.text && <p className="mt-1">« {focus.point.text} »</p>}
            <p className="mt-1 text-sm text-slate-700">{focus.ruling ? t(`ruling.${focus.ruling}`) : t("point.awaiting")}</p>
          </section>
        );
      case "speech":
        return <SpeechCard />;
      case "caucus":
      case "suspension": {
        const remaining = focus.kind === "caucus" ? focus.clock.remainingMs : focus.remainingMs;
        return (
          <section className="rounded-lg border-2 border-un-700 bg-white p-4" data-testid="floor-clock">
            <h2 className="font-serif text-lg font-semibold text-un-900">
              {focus.kind === "caucus"
                ? `${tp(`motions.${focus.caucus.kind === "moderated" ? "moderated-caucus" : "unmoderated-caucus"}` as never)}${focus.caucus.topic ? ` — ${focus.caucus.topic}` : ""}`
                : t("suspended")}
            </h2>
            {remaining !== null && (
              <p className="mt-1 text-5xl font-bold tabular-nums text-un-900" aria-label={t("clock", { clock: formatClock(remaining) })}>
                {formatClock(remaining)}
              </p>
            )}
          </section>
        );
      }
      case "amendment":
        return (
          <section aria-label={t("underDebate")} className="flex flex-col gap-1">
            <p className="text-xs font-semibold uppercase tracking-wide text-un-800">{t("underDebate")}</p>
            <AmendmentCard amendment={focus.amendment} document={live.document}>
              {!focus.amendment.sponsors.includes(me) && (
                <CommandButton
                  command={{ type: "amendment.cosponsor", amendmentId: focus.amendment.id }}
                  variant="secondary"
                  className="min-h-11"
                >
                  {ta("cosponsor")}
                </CommandButton>
              )}
            </AmendmentCard>
          </section>
        );
      default:
        return null;
    }
  })();
  const shownMotion = focus.kind === "motion" ? focus.motion.id : null;
  const shownAmendment = focus.kind === "amendment" ? focus.amendment.id : null;

  return (
    <div className="flex flex-col gap-3" data-testid="floor-top" data-focus={focus.kind}>
      {answerRollCall && <RollCallAnswer />}
      {focus.kind === "motion" &&
        (focus.ruling === null ? (
          <MotionCard motion={focus.motion} />
        ) : (
          <p className="rounded-md bg-slate-100 p-3" role="status">
            {t("motion.ruled", { motion: tp(`motions.${focus.motion.kind}` as never), ruling: t(`ruling.${focus.ruling}`) })}
          </p>
        ))}
      {primary}
      {motions
        .filter((m) => m.id !== shownMotion)
        .map((m) => (
          <MotionCard key={m.id} motion={m} />
        ))}
      {friendly
        .filter((a) => a.id !== shownAmendment)
        .map((a) => (
          <AmendmentCard key={a.id} amendment={a} document={live.document}>
            <CommandButton command={{ type: "amendment.accept", amendmentId: a.id }} variant="yes" className="min-h-12">
              {ta("accept")}
            </CommandButton>
            <CommandButton command={{ type: "amendment.decline", amendmentId: a.id }} variant="secondary" className="min-h-12">
              {ta("decline")}
            </CommandButton>
          </AmendmentCard>
        ))}
      <SignaturesCard />
    </div>
  );
}
