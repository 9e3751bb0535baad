/**
 * Country names inside sentences — the one API for articles and contractions (« du Royaume-Uni »,
 * « de la France », « des États-Unis », « de l'Inde », « d'Israël », « de Cuba »; "the United
 * Kingdom"). The form of each of the 195 names is data (country-grammar.generated.ts); the words
 * are ICU `select` messages on that form in messages/{fr,en}/countries.json. Pages and the server
 * format them with `countryPhrase` (lib/i18n/country-phrase.ts) or pass `countryArgs` to their own
 * translator: t("countries.of", countryArgs(code, locale)).
 */
import { COUNTRY_GRAMMAR } from "./country-grammar.generated";
import { frenchFormOf } from "./country-grammar.rules";
import type { EnglishForm, FrenchForm, FrenchLocative } from "./country-grammar.types";
import { memberName } from "./member-names";
import type { Locale } from "./members";

export type { CountryGrammar, EnglishForm, FrenchForm, FrenchLocative } from "./country-grammar.types";

/**
 * How the name is used, one message of the `countries` namespace each:
 * "name" (bare: tables, lists in parentheses), "the" (« le Royaume-Uni », after par/pour/contre…),
 * "The" (at the start of a sentence), "of" (« du Royaume-Uni »), "to" (« au Royaume-Uni », « à la
 * France »), "in" (« au Japon », « en France », « aux Pays-Bas »).
 */
export type CountryCase = "name" | "the" | "The" | "of" | "to" | "in";
export const COUNTRY_CASES: readonly CountryCase[] = ["name", "the", "The", "of", "to", "in"];

export interface CountryArgs {
  [key: string]: string;
  name: string;
  form: FrenchForm | EnglishForm;
  in: FrenchLocative | "in";
}

/** The parameters of a `countries.*` message for a member code (any ISO code: territories get a form by rule). */
export function countryArgs(code: string, locale: Locale): CountryArgs {
  const known = Object.hasOwn(COUNTRY_GRAMMAR, code) ? COUNTRY_GRAMMAR[code] : undefined;
  if (locale === "en") return known ? { ...known.en, in: "in" } : { name: memberName(code, "en"), form: "zero", in: "in" };
  if (known) return { ...known.fr };
  const name = memberName(code, "fr");
  return { name, ...frenchFormOf(name, "0") };
}
