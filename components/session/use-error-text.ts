"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

/** An error code in words: the app's errors, then the rules engine's, then the document's. */
export function useErrorText() {
  const t = useTranslations();
  return useCallback(
    (code: string, params?: Record<string, string | number>): string => {
      for (const key of [`errors.${code}`, `procedure.errors.${code}`, `resolution.${code}`, `papers.errors.${code}`]) {
        if (t.has(key as never)) {
          try {
            return t(key as never, params as never);
          } catch {
            break;
          }
        }
      }
      return t("errors.unknown", { code });
    },
    [t],
  );
}
