/** French first: the users are French-speaking; English is available everywhere. */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
/** next-intl's default cookie name, set by the language switch. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(value: unknown): Locale {
  return LOCALES.includes(value as Locale) ? (value as Locale) : DEFAULT_LOCALE;
}
