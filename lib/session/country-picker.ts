/**
 * The country picker's data: every UN member and observer state with its name in the page's
 * language, in that language's alphabetical order (Intl.Collator: "Égypte" between "Égypte" and
 * "El Salvador", not after "Zimbabwe"), and a search as a teacher types ("etats", "royaume", "GBR").
 */
import { memberName } from "@/lib/procedure/member-names";
import { OBSERVER_STATES, PERMANENT_MEMBERS, SECURITY_COUNCIL_2026, UN_MEMBERS, type Locale } from "@/lib/procedure/members";

export interface CountryOption {
  code: string;
  name: string;
  observer: boolean;
}

export const COMPOSITION_PRESETS = ["security-council-2026", "general-assembly-193", "custom"] as const;
export type CompositionPreset = (typeof COMPOSITION_PRESETS)[number];

export function presetComposition(preset: CompositionPreset): { members: string[]; permanentMembers: string[] } {
  switch (preset) {
    case "security-council-2026":
      return { members: [...SECURITY_COUNCIL_2026], permanentMembers: [...PERMANENT_MEMBERS] };
    case "general-assembly-193":
      return { members: [...UN_MEMBERS], permanentMembers: [] };
    case "custom":
      return { members: [], permanentMembers: [] };
  }
}

export function countryOptions(locale: Locale): CountryOption[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return [...UN_MEMBERS.map((code) => ({ code, observer: false })), ...OBSERVER_STATES.map((code) => ({ code, observer: true }))]
    .map((c) => ({ ...c, name: memberName(c.code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export function sortByName(codes: readonly string[], locale: Locale): string[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return [...codes].sort((a, b) => collator.compare(memberName(a, locale), memberName(b, locale)));
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .toLowerCase();

/** Options whose name contains every word typed (accents and case ignored), or whose code is typed. */
export function searchCountries(options: readonly CountryOption[], query: string): CountryOption[] {
  const words = fold(query)
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const name = fold(o.name);
    return (words.length === 1 && o.code.toLowerCase() === words[0]) || words.every((w) => name.includes(w));
  });
}
