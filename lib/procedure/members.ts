/**
 * Who sits in the room: UN member states, observer states, the Security Council's permanent
 * members and its default 2026 composition. Names come from i18n-iso-countries, never typed here
 * (through country-names.generated.ts, so that pages do not ship the whole library).
 */
import { COUNTRY_NAMES } from "./country-names.generated";
import { UN_MEMBER_STATES, UN_OBSERVER_STATES } from "./un-members";
import { UN_FRENCH_SHORT_NAMES } from "./un-names-fr";

/** A member's code: ISO 3166-1 alpha-3, upper case (commands.ts's memberCodeSchema is its zod form). */
export const MEMBER_CODE = /^[A-Z]{3}$/;

export type Locale = "fr" | "en";
export const LOCALES: readonly Locale[] = ["fr", "en"];

/** ISO alpha-3 codes of the 193 UN member states, in UN English alphabetical order. */
export const UN_MEMBERS: readonly string[] = UN_MEMBER_STATES.map(([code]) => code);
/** Holy See and State of Palestine. */
export const OBSERVER_STATES: readonly string[] = UN_OBSERVER_STATES.map(([code]) => code);

/** Charter Art. 23(1). */
export const PERMANENT_MEMBERS: readonly string[] = ["CHN", "FRA", "RUS", "GBR", "USA"];

/** The ten elected members sitting in 2026: five elected in June 2025 (2026–27), five in June 2024 (2025–26). */
export const SECURITY_COUNCIL_ELECTED_2026: readonly string[] = ["BHR", "COL", "COD", "LVA", "LBR", "DNK", "GRC", "PAK", "PAN", "SOM"];
export const SECURITY_COUNCIL_2026: readonly string[] = [...PERMANENT_MEMBERS, ...SECURITY_COUNCIL_ELECTED_2026];

const UN_SHORT_NAMES: Readonly<Record<string, string>> = Object.fromEntries([...UN_MEMBER_STATES, ...UN_OBSERVER_STATES]);

export function isPermanentMember(code: string): boolean {
  return PERMANENT_MEMBERS.includes(code);
}

export function isUnMember(code: string): boolean {
  return UN_SHORT_NAMES[code] !== undefined && !OBSERVER_STATES.includes(code);
}

/**
 * Any ISO 3166-1 alpha-3 code is accepted in a custom member list (a classroom may seat a
 * territory), so validity is the library's list, not the UN's.
 */
export function isKnownCountryCode(code: string): boolean {
  return MEMBER_CODE.test(code) && Object.hasOwn(COUNTRY_NAMES, code);
}

/** The UN's English short name, used for alphabetical (roll-call) order. */
export function unShortName(code: string): string {
  return UN_SHORT_NAMES[code] ?? COUNTRY_NAMES[code]?.[1] ?? code;
}

/**
 * Display name in the given locale: the UN's short names (in French where they differ from
 * i18n-iso-countries' everyday ones, "Fédération de Russie", not "Russie"; in English its member
 * list's), i18n-iso-countries' for any other territory, else the code. A vetoed vote names the
 * permanent member as the UN does. Articles and contractions: country-grammar.ts.
 */
export function memberName(code: string, locale: Locale): string {
  const official = locale === "fr" ? UN_FRENCH_SHORT_NAMES[code] : (ENGLISH_SHORT_NAMES[code] ?? UN_SHORT_NAMES[code]);
  return official ?? COUNTRY_NAMES[code]?.[locale === "fr" ? 0 : 1] ?? UN_SHORT_NAMES[code] ?? code;
}

/** In English the UN's short names ("China", "Republic of Korea"), but the short form everyone says for the UK. */
const ENGLISH_SHORT_NAMES: Readonly<Record<string, string>> = { GBR: "United Kingdom" };

/**
 * Sort key: accents stripped and lower-cased, so the order is the same in every JavaScript
 * engine (no dependence on Intl collation data) — "Côte d'Ivoire" sorts as "cote d'ivoire".
 */
function sortKey(code: string): string {
  return unShortName(code)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Members in UN English alphabetical order. */
export function alphabeticalOrder(members: readonly string[]): string[] {
  return [...members].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * Roll-call order (GA rule 87): English alphabetical order beginning with the member whose name
 * is drawn by lot. The draw is an input, so replaying the session gives the same order.
 */
export function rollCallOrder(members: readonly string[], firstMember: string): string[] {
  const sorted = alphabeticalOrder(members);
  const start = sorted.indexOf(firstMember);
  if (start < 0) return sorted;
  return [...sorted.slice(start), ...sorted.slice(0, start)];
}
