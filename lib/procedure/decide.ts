/**
 * decide(state, command, ctx) → events | DomainError. Validates the command (zod), authorizes the
 * actor (a rule of procedure), checks the rules, and returns past-tense events for reduce.
 * It never throws on any input: unknown shapes are `command.invalid`.
 */
import { actorSchema, commandSchema } from "./commands";
import { decideCreate, decideSettings } from "./decide-config";
import { commandDecider } from "./decide-command";
import { refuse, type DecideContext, type Decision } from "./decide-kit";
import type { SessionState } from "./state";
import { describeIssue } from "../util/zod-issue";

export type { DecideContext, Decision } from "./decide-kit";

/** Decides a well-formed command, validating the rules a session is created or overridden with. */
export const decideCommand = commandDecider({ create: decideCreate, settings: decideSettings });

function parseContext(ctx: unknown): DecideContext | null {
  if (typeof ctx !== "object" || ctx === null) return null;
  const { actor, now } = ctx as { actor?: unknown; now?: unknown };
  const parsed = actorSchema.safeParse(actor);
  if (!parsed.success || typeof now !== "number" || !Number.isFinite(now)) return null;
  return { actor: parsed.data, now };
}

export function decide(state: SessionState, command: unknown, context: unknown): Decision {
  const ctx = parseContext(context);
  if (!ctx) return refuse("command.invalid", { issue: "context" });
  // Screens and observers only watch (answered before their payload is even read).
  if (ctx.actor.role === "screen" || ctx.actor.role === "observer") return refuse("auth.forbidden");
  const parsed = commandSchema.safeParse(command);
  if (!parsed.success) {
    return refuse("command.invalid", { issue: describeIssue(parsed.error, "command") });
  }
  return decideCommand(state, parsed.data, ctx);
}
