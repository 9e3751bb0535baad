/** How a French country name's article, elision and locative follow from its gender and first letter. */
import type { FrenchForm, FrenchLocative } from "./country-grammar.types";

/** Elides before a vowel; Y is a consonant in « le Yémen ». */
const VOWEL = /^[AEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜ]/i;

/** `spec` as in country-grammar.source.ts: "m", "f", "pl" or "0", then "h" (mute h) and "@<locative>". */
export function frenchFormOf(name: string, spec: string): { form: FrenchForm; in: FrenchLocative } {
  const [head = "", locative] = spec.split("@");
  const kind = head.replace("h", "");
  const elides = VOWEL.test(name) || head.includes("h");
  const form: FrenchForm = kind === "pl" ? "les" : kind === "0" ? (elides ? "elided" : "zero") : elides ? "l" : kind === "f" ? "la" : "le";
  const rule: FrenchLocative = kind === "pl" ? "aux" : kind === "0" ? "a" : kind === "f" || elides ? "en" : "au";
  return { form, in: (locative as FrenchLocative | undefined) ?? rule };
}
