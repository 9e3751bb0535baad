"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { outcomeMessage } from "@/lib/procedure/outcome-message";
import type { MotionKind } from "@/lib/procedure/preset-schema";
import type { DecisionRecord, MotionState, VoteState } from "@/lib/procedure/state";
import type { FocusSubject } from "@/lib/session/floor-focus";
import { useMemberName } from "../ui/use-member-name";

/** ICU select keys are words: "close-debate" is written close_debate in the messages. */
const selectKey = (kind: string) => kind.replace(/-/g, "_");

/**
 * The words every surface says about the floor — motions with their terms, subjects, outcomes in one
 * sentence — from the projector's catalogue: the screen, and the result banner of the chair and the phones.
 */
export function useFloorWords() {
  const t = useTranslations("projector");
  const name = useMemberName();

  /** "Motion de suspension de la séance (5 min)". */
  const motionTitle = useCallback(
    (motion: Pick<MotionState, "kind" | "params">) => {
      const title = t("motion.title", { kind: selectKey(motion.kind) });
      const p = motion.params;
      const terms =
        motion.kind === "moderated-caucus" && p.totalSeconds && p.speakerSeconds
          ? t("motion.caucus", { minutes: Math.round(p.totalSeconds / 60), seconds: p.speakerSeconds })
          : p.minutes
            ? t("motion.minutes", { minutes: p.minutes })
            : p.totalSeconds
              ? t("motion.minutes", { minutes: Math.round(p.totalSeconds / 60) })
              : p.seconds
                ? t("motion.seconds", { seconds: p.seconds })
                : p.until
                  ? t("motion.until", { until: p.until })
                  : p.to
                    ? t("motion.to", { to: p.to })
                    : "";
      const topic = p.topic ? ` : ${p.topic}` : "";
      return `${title}${terms ? ` ${terms}` : ""}${topic}`;
    },
    [t],
  );

  /** "L'amendement A2", "La motion « Suspension de la séance »" — and whether the sentence agrees in the feminine. */
  const subjectName = useCallback(
    (subject: FocusSubject, motionKind: MotionKind | null = null): { text: string; feminine: boolean } => {
      switch (subject.kind) {
        case "draft":
          return { text: t("subject.draft"), feminine: false };
        case "amendment":
          return { text: t("subject.amendment", { id: subject.amendmentId }), feminine: false };
        case "part":
          return { text: t("subject.part", { clause: subject.clauseId.replace(/^(op|pp)/, "") }), feminine: false };
        case "motion": {
          const kind = subject.motion?.kind ?? motionKind;
          return {
            text: t("subject.motion", { motion: kind ? t("motion.title", { kind: selectKey(kind) }) : subject.motionId }),
            feminine: true,
          };
        }
      }
    },
    [t],
  );

  /** The outcome in one sentence naming the subject and any veto: « L'amendement A2 n'est pas adopté en raison du vote négatif… ». */
  const outcomeSentence = useCallback(
    (decision: DecisionRecord, subject: FocusSubject) => {
      const { key, params } = outcomeMessage(decision.outcome, name);
      const { text, feminine } = subjectName(subject, decision.motionKind);
      return t(
        `sentence.${key.replace(/^outcome\./, "")}` as never,
        { ...params, subject: text, feminine: feminine ? "yes" : "no" } as never,
      );
    },
    [name, subjectName, t],
  );

  /** "Majorité requise : 9 voix pour dont aucune opposition d'un membre permanent". */
  const majorityWords = useCallback(
    (vote: Pick<VoteState, "majority" | "questionKind">, vetoOn: readonly string[], permanentMembers: readonly string[]) => {
      const veto = vetoOn.includes(vote.questionKind) && permanentMembers.length > 0;
      const count = vote.majority.kind === "affirmative-votes" ? vote.majority.count : 0;
      return t("majority", { kind: selectKey(vote.majority.kind), count, veto: veto ? "yes" : "no" });
    },
    [t],
  );

  return { motionTitle, subjectName, outcomeSentence, majorityWords, name };
}
