"use client";

import { useLocale } from "next-intl";
import { useCallback } from "react";
import { memberName, type Locale } from "@/lib/procedure/members";

/** Member code → its name in the page's language (UN names in French). */
export function useMemberName(): (code: string) => string {
  const locale = useLocale() as Locale;
  return useCallback((code: string) => memberName(code, locale), [locale]);
}
