/**
 * A member's name as people read it, in French or English. Apart from members.ts so that the rules
 * engine, which the browser runs too, carries neither language's display names: the pages get the
 * names of their own language from the server (`memberNames`, components/ui/member-names.tsx).
 */
import { COUNTRY_NAMES_EN } from "./country-names-en.generated";
import { COUNTRY_NAMES_FR } from "./country-names-fr.generated";
import { UN_SHORT_NAMES, type Locale } from "./members";
import { UN_FRENCH_SHORT_NAMES } from "./un-names-fr";

/** In English the UN's short names ("China", "Republic of Korea"), but the short form everyone says for the UK. */
const ENGLISH_SHORT_NAMES: Readonly<Record<string, string>> = { GBR: "United Kingdom" };

const COUNTRY_NAMES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { fr: COUNTRY_NAMES_FR, en: COUNTRY_NAMES_EN };

/**
 * Display name in the given locale: the UN's short names (in French where they differ from
 * i18n-iso-countries' everyday ones, "Fédération de Russie", not "Russie"; in English its member
 * list's), i18n-iso-countries' for any other territory, else the code. A vetoed vote names the
 * permanent member as the UN does. Articles and contractions: country-grammar.ts.
 */
export function memberName(code: string, locale: Locale): string {
  const official = locale === "fr" ? UN_FRENCH_SHORT_NAMES[code] : (ENGLISH_SHORT_NAMES[code] ?? UN_SHORT_NAMES[code]);
  return official ?? COUNTRY_NAMES[locale][code] ?? UN_SHORT_NAMES[code] ?? code;
}

/** Every code's name in one language — what a page needs to name any delegation (about 250 names). */
export function memberNames(locale: Locale): Record<string, string> {
  const codes = new Set([...Object.keys(COUNTRY_NAMES_EN), ...Object.keys(UN_SHORT_NAMES)]);
  return Object.fromEntries([...codes].map((code) => [code, memberName(code, locale)]));
}
