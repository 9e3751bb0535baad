/**
 * The minutes' own wording outside React (the CSV export), from the same catalogue as the page
 * (`minutes` namespace of messages/*.json) and the rules engine's names (motions, methods…).
 */
import { createTranslator } from "use-intl/core";
import { messagesFor } from "@/lib/i18n/messages";
import { formatMessage } from "@/lib/procedure/format-message";
import type { Locale } from "@/lib/procedure/members";
import { clauseParams } from "./format";
import type { VoteSubjectRef } from "./types";

export function minutesTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "minutes" });
}

/** "Amendement A1", "Projet de résolution", "Motion : Suspension de la séance". */
export function subjectTitle(subject: VoteSubjectRef, locale: Locale): string {
  const t = minutesTranslator(locale);
  switch (subject.kind) {
    case "draft":
      return t("subjectTitle.draft");
    case "amendment":
      return t("subjectTitle.amendment", { id: subject.amendmentId });
    case "part":
      return t("subjectTitle.part", clauseParams(subject.clause));
    case "motion":
      return t("subjectTitle.motion", { motion: subject.motionKind ? formatMessage(locale, `motions.${subject.motionKind}`) : subject.motionId });
  }
}
