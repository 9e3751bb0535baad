/**
 * The minutes' own wording outside React (the CSV export), from the same catalogue as the page
 * (the `minutes` namespace of messages/fr and messages/en) and the rules engine's names (motions, methods…).
 */
import { createTranslator } from "use-intl/core";
import { messagesFor } from "@/lib/i18n/messages";
import { formatMessage } from "@/lib/procedure/format-message";
import type { Locale } from "@/lib/procedure/members";
import { subjectMessage } from "./format";
import type { VoteSubjectRef } from "./types";

export function minutesTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "minutes" });
}

/** "Amendement A1", "Projet de résolution", "Motion : Suspension de la séance". */
export function subjectTitle(subject: VoteSubjectRef, locale: Locale): string {
  const { key, params } = subjectMessage(subject, (kind, id) => (kind ? formatMessage(locale, `motions.${kind}`) : id));
  return minutesTranslator(locale)(`subjectTitle.${key}`, params);
}
