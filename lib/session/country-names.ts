/**
 * Reading country names as documents print them ("Fédération de Russie", "Royaume-Uni",
 * "Iran (République islamique d')") back to ISO alpha-3 codes, for the sponsors of a draft.
 */
import countries from "i18n-iso-countries";
import { OBSERVER_STATES, UN_MEMBERS, memberName, unShortName } from "@/lib/procedure";
import { UN_FRENCH_LONG_NAMES, UN_FRENCH_SHORT_NAMES } from "@/lib/procedure/un-names-fr";

function normalize(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

let index: Map<string, string> | null = null;

function nameIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  const codes = [...UN_MEMBERS, ...OBSERVER_STATES];
  // Aliases first, then each state's own names: an alias shared with another state's name
  // ("Congo" is also an alias of the Democratic Republic of the Congo) goes to the state it names.
  for (const code of codes) {
    const aliases = [
      ...[countries.getName(code, "fr", { select: "all" }) ?? []].flat(),
      ...[countries.getName(code, "en", { select: "all" }) ?? []].flat(),
    ];
    for (const name of aliases) if (name) index.set(normalize(name), code);
  }
  for (const code of codes) {
    const names = [
      memberName(code, "fr"),
      memberName(code, "en"),
      unShortName(code),
      UN_FRENCH_SHORT_NAMES[code],
      UN_FRENCH_LONG_NAMES[code],
    ];
    for (const name of names) if (name) index.set(normalize(name), code);
  }
  return index;
}

/** The alpha-3 code of a country name in French or English, or null. */
export function codeForCountryName(name: string): string | null {
  return nameIndex().get(normalize(name)) ?? null;
}

/** Sponsor names → codes; names that match no state are returned apart (to warn about). */
export function sponsorCodes(names: readonly string[]): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const code = codeForCountryName(name);
    if (code && !codes.includes(code)) codes.push(code);
    else if (!code) unknown.push(name);
  }
  return { codes, unknown };
}
