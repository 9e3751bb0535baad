/**
 * All messages of a locale: the app's own, plus those of the pure modules, mounted under their
 * namespace. The same catalogue serves React (next-intl) and the server (error messages).
 */
import { createTranslator } from "use-intl/core";
import appFr from "@/messages/fr.json";
import appEn from "@/messages/en.json";
import { DEFAULT_LOCALE, type Locale } from "./config";

const catalogues = {
  fr: appFr,
  en: appEn,
} satisfies Record<Locale, typeof appFr>;

export type Messages = typeof appFr;

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale] ?? catalogues[DEFAULT_LOCALE];
}

/** Translates an error code (e.g. "protocol.invalid_payload") for a reply's message. */
export function errorMessage(locale: Locale, code: string, params?: Record<string, string | number>): string {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "errors" });
  const key = code as Parameters<typeof t>[0];
  return t.has(key) ? t(key, params) : t("unknown", { code });
}
