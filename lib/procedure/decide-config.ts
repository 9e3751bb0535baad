/**
 * Commands that set a session's rules: creating it, and the chair's overrides of its preset. Both
 * validate the resulting rules against the preset schema (zod), so they live apart from the rest
 * of decide, which the browser also runs (see check.ts).
 */
import type { CommandOf } from "./commands";
import { accept, chairOnly, event, refuse, refusal, type DecideContext, type Decision, type LiveState } from "./decide-kit";
import { createRefused } from "./decide-command";
import { isDomainError } from "./errors";
import { deepMerge, resolveRules, type RulesOverrides } from "./overrides";
import { buildSessionConfig } from "./session-config";
import type { SessionState } from "./state";

export function decideCreate(state: SessionState, cmd: CommandOf<"session.create">, ctx: DecideContext): Decision {
  const denied = createRefused(state, ctx);
  if (denied) return refusal(denied);
  const built = buildSessionConfig(cmd.config);
  if (isDomainError(built)) return refusal(built);
  return accept(event(ctx, "session.created", built));
}

export function decideSettings(state: LiveState, cmd: CommandOf<"settings.override">, ctx: DecideContext): Decision {
  const denied = chairOnly(ctx);
  if (denied) return refusal(denied);
  const overrides = deepMerge(state.config.overrides, cmd.overrides) as RulesOverrides;
  const resolved = resolveRules(state.config.preset, overrides);
  if (!resolved.ok) return refuse("settings.invalid", { issue: resolved.issue });
  return accept(event(ctx, "settings.changed", { overrides, rules: resolved.rules }));
}
