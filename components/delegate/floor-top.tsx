"use client";

import { useTranslations } from "next-intl";
import { lastDecision } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { AmendmentCard } from "../debate/amendment-card";
import { OutcomeBanner } from "../voting/outcome-banner";
import { useSubjectLabel } from "../voting/use-subject-label";
import { VotePanel } from "./vote-panel";
import { SpeechCard } from "./speech-card";
import { MotionCard } from "./motion-card";
import { SignaturesCard } from "./signatures-card";
import { RollCallAnswer } from "./roll-call-answer";

/**
 * The top of the phone: what is happening now and what this delegation can do about it — the
 * vote, the floor and its clock, motions awaiting a second or a decision, a friendly amendment
 * awaiting this sponsor's answer, the draft awaiting signatures, the roll call.
 */
export function FloorTop() {
  const t = useTranslations("delegate.amendments");
  const tr = useTranslations("phone.motion");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const p = live.procedure;
  const subjectLabel = useSubjectLabel(p);
  const decision = lastDecision(p);
  const precedence = (kind: string) => p.rules?.motions[kind as keyof NonNullable<typeof p.rules>["motions"]]?.precedence ?? 99;
  const motions = p.motions.filter((m) => m.status === "awaiting-second" || m.status === "pending").sort((a, b) => precedence(a.kind) - precedence(b.kind) || a.seq - b.seq);
  const friendly = p.rules?.amendments.friendlyAllowed && p.draft?.sponsors.includes(me)
    ? p.amendments.filter((a) => a.status === "pending" && a.parentId === null && !a.acceptedBy.includes(me) && !a.declinedBy.includes(me) && !a.sponsors.includes(me))
    : [];
  const answerRollCall = (p.attendance[me] ?? "absent") === "absent" && p.meeting !== "adjourned";

  return (
    <div className="flex flex-col gap-3" data-testid="floor-top">
      {p.vote && <VotePanel />}
      {!p.vote && decision && <OutcomeBanner decision={decision} subject={subjectLabel(decision.subject, decision.motionKind)} />}
      {!p.vote && decision && p.rules?.motions.reconsider && (
        <CommandButton command={{ type: "motion.propose", motion: { kind: "reconsider", decisionIndex: p.decisions.length - 1 } }} variant="secondary" className="min-h-12 w-full">
          {tr("reconsider")}
        </CommandButton>
      )}
      <SpeechCard />
      {motions.map((m) => <MotionCard key={m.id} motion={m} />)}
      {friendly.map((a) => (
        <AmendmentCard key={a.id} amendment={a} document={live.document}>
          <CommandButton command={{ type: "amendment.accept", amendmentId: a.id }} variant="yes" className="min-h-12" showReason>{t("accept")}</CommandButton>
          <CommandButton command={{ type: "amendment.decline", amendmentId: a.id }} variant="secondary" className="min-h-12">{t("decline")}</CommandButton>
        </AmendmentCard>
      ))}
      {answerRollCall && <RollCallAnswer />}
      <SignaturesCard />
    </div>
  );
}
