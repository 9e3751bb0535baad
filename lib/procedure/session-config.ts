/**
 * Turning a session's requested configuration into the validated config carried by
 * `session.created`: preset defaults for the composition, code checks, effective rules.
 */
import type { SessionConfigInput } from "./commands";
import { domainError, type DomainError } from "./errors";
import { defaultComposition, validateComposition, type Composition } from "./composition";
import { resolveRules, type RulesOverrides } from "./overrides";
import type { RulesPreset } from "./preset-schema";
import type { SessionConfig } from "./state";

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
