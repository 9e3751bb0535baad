/**
 * Lists a person reads, in their language's alphabetical order: Intl.Collator("fr") puts
 * « Royaume-Uni » after « République tchèque » and « Émirats » with the E's. The roll call does not
 * use this: it keeps the UN's English order (lib/procedure/members.ts, GA rule 87).
 */
import { memberName } from "@/lib/procedure/member-names";
import type { Locale } from "@/lib/procedure/members";

const collators: Partial<Record<Locale, Intl.Collator>> = {};

export function collator(locale: Locale): Intl.Collator {
  return (collators[locale] ??= new Intl.Collator(locale));
}

/** Items (seats, links…) sorted by their member's display name in `locale`. */
export function sortedBy<T>(items: readonly T[], member: (item: T) => string, locale: Locale): T[] {
  const c = collator(locale);
  return items
    .map((item) => [item, memberName(member(item), locale), member(item)] as const)
    .sort((a, b) => c.compare(a[1], b[1]) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0))
    .map(([item]) => item);
}

/** Member codes sorted by their display name in `locale`. */
export function sortedByName(codes: readonly string[], locale: Locale): string[] {
  return sortedBy(codes, (code) => code, locale);
}
