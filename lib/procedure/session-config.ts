/**
 * Turning a session's requested configuration into the validated config carried by
 * `session.created`: preset defaults for the composition, code checks, effective rules.
 */
import type { SessionConfigInput } from "./commands";
import { domainError, type DomainError } from "./errors";
import { isKnownCountryCode, OBSERVER_STATES, PERMANENT_MEMBERS, SECURITY_COUNCIL_2026, UN_MEMBERS } from "./members";
import { resolveRules, type RulesOverrides } from "./overrides";
import type { RulesPreset } from "./preset-schema";
import type { PresetId } from "./presets";
import type { SessionConfig } from "./state";

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

export function buildSessionConfig(input: SessionConfigInput): { config: SessionConfig; rules: RulesPreset } | DomainError {
  const defaults = defaultComposition(input.preset);
  const members = input.members ?? defaults.members;
  const composition: Composition = {
    members,
    // A custom SC composition keeps the P5 it seats; other organs have no permanent members.
    permanentMembers: input.permanentMembers ?? defaults.permanentMembers.filter((m) => members.includes(m)),
    observers: input.observers ?? (input.members ? [] : defaults.observers),
  };
  const invalid = validateComposition(composition);
  if (invalid) return invalid;
  const draft = input.draft ?? null;
  if (draft) {
    const seated = [...composition.members, ...composition.observers];
    const stranger = [...draft.sponsors, ...(draft.signatories ?? [])].find((m) => !seated.includes(m));
    if (stranger) return domainError("session.unknown_member", { member: stranger });
  }
  const overrides = (input.overrides ?? {}) as RulesOverrides;
  const resolved = resolveRules(input.preset, overrides);
  if (!resolved.ok) return domainError("settings.invalid", { issue: resolved.issue });
  return {
    config: { preset: input.preset, overrides, ...composition, draft },
    rules: resolved.rules,
  };
}
