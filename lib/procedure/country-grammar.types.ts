/**
 * The grammatical form of a country's name, which ICU messages select on (messages/fr|en/countries.json):
 * French "le" (du, au), "la" (de la, à la), "les" (des, aux), "l" (l' before a vowel: de l', à l'),
 * "zero" (no article: de, à) and "elided" (no article, before a vowel or mute h: d', à);
 * English "the" or "zero".
 */
export type FrenchForm = "le" | "la" | "les" | "l" | "zero" | "elided";
/** Where: « au Japon », « aux Pays-Bas », « en France », « à Cuba », « à la Barbade ». */
export type FrenchLocative = "au" | "aux" | "en" | "a" | "ala";
export type EnglishForm = "the" | "zero";

export interface CountryGrammar {
  fr: { name: string; form: FrenchForm; in: FrenchLocative };
  en: { name: string; form: EnglishForm };
}
