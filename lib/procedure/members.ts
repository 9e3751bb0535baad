/**
 * Who sits in the room: UN member states, observer states, the Security Council's permanent
 * members and its default 2026 composition, and the (English) roll-call order. Names come from
 * i18n-iso-countries, never typed here (through country-names-*.generated.ts, so that pages do not
 * ship the whole library). Display names in either language: member-names.ts — kept apart, so
 * that the rules engine in the browser carries no French names.
 */
import { COUNTRY_NAMES_EN } from "./country-names-en.generated";
import { UN_MEMBER_STATES, UN_OBSERVER_STATES } from "./un-members";

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

/** Code → the UN's English short name, for the 193 members and the 2 observer states. */
export const UN_SHORT_NAMES: Readonly<Record<string, string>> = Object.fromEntries([...UN_MEMBER_STATES, ...UN_OBSERVER_STATES]);

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
  // The English table holds the territories; the UN's members and observers are ISO codes too (country-names.test.ts).
  return MEMBER_CODE.test(code) && (Object.hasOwn(UN_SHORT_NAMES, code) || Object.hasOwn(COUNTRY_NAMES_EN, code));
}

/** The UN's English short name, used for alphabetical (roll-call) order. */
export function unShortName(code: string): string {
  return UN_SHORT_NAMES[code] ?? COUNTRY_NAMES_EN[code] ?? code;
}

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
