"use client";

import { useLocale } from "next-intl";
import { useCallback } from "react";
import { useMemberNames } from "./member-names";

/** Member code → its name in the page's language (UN names in French): memberName's, sent by the server. */
export function useMemberName(): (code: string) => string {
  const names = useMemberNames();
  return useCallback((code: string) => names[code] ?? code, [names]);
}

/** « Royaume-Uni, France et États-Unis d'Amérique » — the names joined as the page's language does. */
export function useMemberList(): (codes: readonly string[]) => string {
  const name = useMemberName();
  const locale = useLocale();
  return useCallback(
    (codes: readonly string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(codes.map(name)),
    [locale, name],
  );
}
