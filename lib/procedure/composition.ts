/** A session's seats: members, permanent members and observers — the defaults and their checks. */
import { domainError, type DomainError } from "./errors";
import { isKnownCountryCode, OBSERVER_STATES, PERMANENT_MEMBERS, SECURITY_COUNCIL_2026, UN_MEMBERS } from "./members";
import type { PresetId } from "./presets";

export interface Composition {
  members: string[];
  permanentMembers: string[];
  observers: string[];
}

/** Default seats: the 2026 Council for the SC, the 193 members (+ observer states in the GA). */
export function defaultComposition(preset: PresetId): Composition {
  switch (preset) {
    case "security-council":
      return { members: [...SECURITY_COUNCIL_2026], permanentMembers: [...PERMANENT_MEMBERS], observers: [] };
    case "general-assembly":
    case "main-committee":
      return { members: [...UN_MEMBERS], permanentMembers: [], observers: [...OBSERVER_STATES] };
    case "model-un":
      return { members: [...UN_MEMBERS], permanentMembers: [], observers: [] };
  }
}

/** Codes are ISO alpha-3, each seated once, and permanent members sit among the members. */
export function validateComposition(c: Composition): DomainError | null {
  const seats = [...c.members, ...c.observers];
  for (const code of seats) {
    if (!isKnownCountryCode(code)) return domainError("session.unknown_member", { member: code });
  }
  const duplicate = seats.find((code, i) => seats.indexOf(code) !== i);
  if (duplicate) return domainError("session.duplicate_member", { member: duplicate });
  const stray = c.permanentMembers.find((code) => !c.members.includes(code));
  if (stray) return domainError("session.invalid_permanent_member", { member: stray });
  return null;
}
