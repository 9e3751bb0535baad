"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Locale } from "@/lib/procedure/members";
import { minutesWriter, type MinutesWriter, type Translate } from "@/lib/minutes/writer";

/** The minutes' phrases in the page's language and the session's time zone (lib/minutes/writer.ts). */
export function useMinutesText(timeZone: string): MinutesWriter {
  const t = useTranslations("minutes");
  const tp = useTranslations("procedure");
  const locale = useLocale() as Locale;
  return useMemo(() => minutesWriter(locale, timeZone, t as unknown as Translate, tp as unknown as Translate), [locale, timeZone, t, tp]);
}

export type MinutesText = MinutesWriter;
