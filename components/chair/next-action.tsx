"use client";

import { useTranslations } from "next-intl";
import type { SessionState } from "@/lib/procedure/state";
import type { LiveCommand } from "@/lib/session/commands";
import { floorFocus, type FloorFocus } from "@/lib/session/floor-focus";
import { formatClock } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { useSubjectLabel } from "../voting/use-subject-label";
import { useMemberName } from "../ui/use-member-name";
import { useNow } from "../ui/use-now";
import { useCloseQuestion } from "./use-close-question";

interface Action {
  command: LiveCommand;
  label: string;
  shortcut?: string;
  confirm?: () => string | null;
}

/**
 * The console's top bar: the business on the floor (`floorFocus`, as the projector and phones
 * show it) and the chair's next step as one primary button with its shortcut.
 */
export function NextAction() {
  const t = useTranslations("console.now");
  const tp = useTranslations("procedure");
  const p = useSession((s) => s.live)!.procedure;
  const name = useMemberName();
  const subjectLabel = useSubjectLabel(p);
  const closeQuestion = useCloseQuestion();
  const now = useNow(Boolean(p.speakers.current?.clock.runningSince || p.caucus?.clock.runningSince), 500);
  const focus = floorFocus(p, now);

  const summary = (f: FloorFocus): string => {
    switch (f.kind) {
      case "vote":
        return t("vote", {
          subject: subjectLabel(f.vote.subject, f.vote.motionKind),
          cast: f.progress.cast,
          eligible: f.progress.eligible,
        });
      case "decision":
        return t("decision", { subject: subjectLabel(f.decision.subject, f.decision.motionKind) });
      case "motion":
        return t("motion", { motion: tp(`motions.${f.motion.kind}` as never), member: name(f.motion.proposer) });
      case "point":
        return t("point", { point: tp(`points.${f.point.kind}` as never), member: name(f.point.member) });
      case "speech":
        return t("speech", { member: name(f.speech.member), clock: formatClock(f.clock.remainingMs ?? f.clock.elapsedMs) });
      case "caucus":
        return t("caucus", { clock: f.clock.remainingMs === null ? "—" : formatClock(f.clock.remainingMs) });
      case "suspension":
        return t("suspension");
      case "roll-call":
        return t("rollCall", { present: f.attendance.present, total: f.attendance.total });
      case "amendment":
        return t("amendment", { id: f.amendment.id });
      case "draft":
        return p.draft?.status === "submitted" ? t("draftSubmitted") : t("draft");
    }
  };

  const action = next(p, focus);
  const label = (a: Action) =>
    t(`action.${a.label}` as never, { member: "member" in a.command && a.command.member ? name(a.command.member) : "" } as never);
  return (
    <section
      aria-labelledby="now-heading"
      className="flex flex-wrap items-center gap-3 rounded-lg border-2 border-un-700 bg-un-50 px-4 py-3"
      data-testid="now-bar"
      data-focus={focus.kind}
    >
      <div className="min-w-0 flex-1">
        <h2 id="now-heading" className="text-xs font-semibold uppercase tracking-wide text-un-800">
          {t("heading")}
        </h2>
        <p className="text-lg font-semibold text-un-900" data-testid="now-summary">
          {summary(focus)}
        </p>
      </div>
      {action ? (
        <CommandButton
          command={action.command}
          shortcut={action.shortcut}
          confirm={action.confirm ?? (action.command.type === "vote.close" ? () => closeQuestion(p.vote) : undefined)}
          className="text-lg"
        >
          {label(action)}
        </CommandButton>
      ) : (
        <p className="text-sm text-slate-700">{focus.kind === "point" ? t("hintPoint") : t("hintVote")}</p>
      )}
    </section>
  );
}

/** The chair's usual next step on this floor. */
function next(p: SessionState, focus: FloorFocus): Action | null {
  if (focus.kind === "vote") return { command: { type: "vote.close" }, label: "close", shortcut: "C" };
  if (focus.kind === "roll-call") return { command: { type: "meeting.open" }, label: "open" };
  if (focus.kind === "speech") return { command: { type: "speech.end" }, label: "endSpeech" };
  if (focus.kind === "caucus") return { command: { type: "caucus.end" }, label: "endCaucus" };
  if (focus.kind === "suspension") return { command: { type: "meeting.resume" }, label: "resume" };
  if (focus.kind === "motion" && focus.ruling === null && focus.motion.status === "pending") {
    return {
      command: { type: "vote.open", subject: { kind: "motion", motionId: focus.motion.id }, method: "show-of-hands" },
      label: "voteMotion",
    };
  }
  if (focus.kind === "point" || focus.kind === "motion") return null;
  if (p.draft?.status === "submitted") return { command: { type: "draft.introduce" }, label: "introduce" };
  const speaker = p.speakers.queue[0];
  if (speaker) return { command: { type: "speech.start", member: speaker }, label: "give", shortcut: "N" };
  return null;
}
