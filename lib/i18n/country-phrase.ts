/**
 * A country's name declined for its place in a sentence — « du Royaume-Uni », « à la France »,
 * "the United Kingdom" — from the `countries` messages (ICU select on the name's form, see
 * lib/procedure/country-grammar.ts). Safe in the browser: only the small `countries` catalogues.
 */
import { createTranslator } from "use-intl/core";
import { COUNTRY_CASES, countryArgs, type CountryCase } from "@/lib/procedure/country-grammar";
import type { Locale } from "@/lib/procedure/members";
import en from "@/messages/en/countries.json" with { type: "json" };
import fr from "@/messages/fr/countries.json" with { type: "json" };

const translators = {
  fr: createTranslator({ locale: "fr", messages: { countries: fr }, namespace: "countries" }),
  en: createTranslator({ locale: "en", messages: { countries: en }, namespace: "countries" }),
};

/** « du Royaume-Uni » for ("GBR", "fr", "of"); "the United Kingdom" for ("GBR", "en", "the"). */
export function countryPhrase(code: string, locale: Locale, use: CountryCase): string {
  return translators[locale](use, countryArgs(code, locale));
}

/** « du Royaume-Uni, de la France et des États-Unis » — each name declined, joined as the language does. */
export function countryList(codes: readonly string[], locale: Locale, use: CountryCase): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(codes.map((code) => countryPhrase(code, locale, use)));
}

/**
 * Every case of a name as message parameters, so that each language's message picks the one its
 * grammar needs: { member: "Royaume-Uni", member_the: "le Royaume-Uni", member_The, member_of:
 * "du Royaume-Uni", member_to: "au Royaume-Uni", member_in } — « Intervention {member_of} »,
 * "Statement by {member_the}"; and member_plural ("yes" for a French plural name), for the verb's
 * agreement: « Les États-Unis d'Amérique déposent », « La France dépose ».
 */
export function countryCases(code: string, locale: Locale, prefix = "member"): Record<string, string> {
  const cases = COUNTRY_CASES.map((use) => [use === "name" ? prefix : `${prefix}_${use}`, countryPhrase(code, locale, use)]);
  const plural = locale === "fr" && countryArgs(code, locale).form === "les";
  return Object.fromEntries([...cases, [`${prefix}_plural`, plural ? "yes" : "no"]]);
}

/** The same for a list of names (« par le Royaume-Uni et la France »). */
export function countryListCases(codes: readonly string[], locale: Locale, prefix = "members"): Record<string, string> {
  return Object.fromEntries(COUNTRY_CASES.map((use) => [use === "name" ? prefix : `${prefix}_${use}`, countryList(codes, locale, use)]));
}
