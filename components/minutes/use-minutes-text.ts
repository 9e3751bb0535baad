"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import { memberName, type Locale } from "@/lib/procedure/members";
import { clauseParams, subjectMessage } from "@/lib/minutes/format";
import type { AmendmentSummary, ClauseRef, VoteSubjectRef } from "@/lib/minutes/types";

/** The minutes' recurring phrases in the page's language: subjects, clauses, durations, times. */
export function useMinutesText() {
  const t = useTranslations("minutes");
  const tp = useTranslations("procedure");
  const locale = useLocale() as Locale;
  const member = useCallback((code: string) => memberName(code, locale), [locale]);
  const members = useCallback((codes: readonly string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(codes.map((c) => memberName(c, locale))), [locale]);
  const motion = useCallback((kind: string | null, id: string) => (kind ? tp(`motions.${kind}`) : id), [tp]);
  const clause = useCallback((ref: ClauseRef) => (ref.path ? t("clause", clauseParams(ref)) : t("clauseGone", { id: ref.id })), [t]);
  const subject = useCallback(
    (s: VoteSubjectRef) => {
      const { key, params } = subjectMessage(s, motion);
      return t(`subject.${key}`, params);
    },
    [t, motion],
  );
  const subjectTitle = useCallback(
    (s: VoteSubjectRef) => {
      const { key, params } = subjectMessage(s, motion);
      return t(`subjectTitle.${key}`, params);
    },
    [t, motion],
  );
  /** "Nouvelle rédaction du paragraphe 5 du dispositif". */
  const operation = useCallback(
    (a: AmendmentSummary) => {
      if (a.kind === "add") {
        if (a.after) return t("op.addAfter", clauseParams(a.after));
        if (a.clause) return t("op.addInto", clauseParams(a.clause));
        return t("op.addFirst", { section: a.section ?? "operative", path: "" });
      }
      return a.clause ? t(a.kind === "delete" ? "op.delete" : "op.replace", clauseParams(a.clause)) : a.id;
    },
    [t],
  );
  const duration = useCallback(
    (ms: number) => {
      const total = Math.round(ms / 1000);
      return total < 60 ? t("entry.durationShort", { seconds: total }) : t("entry.duration", { minutes: Math.floor(total / 60), seconds: total % 60 });
    },
    [t],
  );
  const timeFormat = useMemo(() => new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit" }), [locale]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }), [locale]);
  const time = useCallback((at: number) => timeFormat.format(at), [timeFormat]);
  const date = useCallback((at: number) => dateFormat.format(at), [dateFormat]);
  const choice = useCallback((c: string) => tp(`choices.${c}`), [tp]);
  return { t, tp, locale, member, members, motion, clause, subject, subjectTitle, operation, duration, time, date, choice };
}

export type MinutesText = ReturnType<typeof useMinutesText>;
