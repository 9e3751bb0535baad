/**
 * Shared tools of the decide handlers: results, event construction, authorization (a rule of
 * procedure: who may do what) and attendance queries.
 */
import type { Actor } from "./commands";
import { domainError, type DomainError, type ErrorCode } from "./errors";
import type { EventOf, EventType, SessionEvent } from "./events";
import type { QuestionKind, RulesPreset } from "./preset-schema";
import type { SessionConfig, SessionState } from "./state";

export interface DecideContext {
  actor: Actor;
  /** Epoch ms, supplied by the server's clock: the engine never reads the time itself. */
  now: number;
}

export type Decision = { ok: true; events: SessionEvent[] } | { ok: false; error: DomainError };

/** A created session: config and rules are set. */
export type LiveState = SessionState & { config: SessionConfig; rules: RulesPreset };

/** A created session: config and rules are set. */
export function isLive(state: SessionState): state is LiveState {
  return state.created && state.config !== null && state.rules !== null;
}

export function accept(...events: SessionEvent[]): Decision {
  return { ok: true, events };
}

export function refuse(code: ErrorCode, params?: Record<string, string | number>): Decision {
  return { ok: false, error: domainError(code, params) };
}

export function refusal(error: DomainError): Decision {
  return { ok: false, error };
}

type Payload<T extends EventType> = Omit<EventOf<T>, "type" | "at">;

/** Builds an event stamped with the command's time. */
export function event<T extends EventType>(
  ctx: DecideContext,
  type: T,
  ...payload: keyof Payload<T> extends never ? [] : [Payload<T>]
): EventOf<T> {
  return { type, at: ctx.now, ...(payload[0] ?? {}) } as EventOf<T>;
}

export function isChair(actor: Actor): boolean {
  return actor.role === "chair" || actor.role === "system";
}

/** The chair (or the server acting for it) only. */
export function chairOnly(ctx: DecideContext): DomainError | null {
  return isChair(ctx.actor) ? null : domainError("auth.chair_only");
}

export function isSeated(state: SessionState, code: string): boolean {
  return state.members.includes(code) || state.observers.includes(code);
}

/**
 * The delegation a command acts for. A delegation acts only for itself (`member`, if given,
 * must be its own); the chair acts for the delegation it names. Observer states may speak and
 * raise points but not vote, move, sponsor or sign (`allowObserver`).
 */
export function actingFor(
  state: SessionState,
  ctx: DecideContext,
  member: string | undefined,
  allowObserver = false,
): { member: string } | DomainError {
  const actor = ctx.actor;
  let code: string;
  if (actor.role === "delegation") {
    if (member !== undefined && member !== actor.member) return domainError("auth.not_yours", { member });
    code = actor.member;
  } else if (isChair(actor)) {
    if (member === undefined) return domainError("command.invalid", { issue: "member: required when the chair acts for a delegation" });
    code = member;
  } else {
    return domainError("auth.forbidden");
  }
  if (!isSeated(state, code)) return domainError("auth.unknown_member", { member: code });
  if (!allowObserver && !state.members.includes(code)) return domainError("auth.observer_cannot_act", { member: code });
  return { member: code };
}

export function isPresent(state: SessionState, code: string): boolean {
  const status = state.attendance[code];
  return status === "present" || status === "present-and-voting";
}

/** Voting members recorded present (observers never count toward the quorum). */
export function presentMembers(state: SessionState): string[] {
  return state.members.filter((m) => isPresent(state, m));
}

/** Who may vote on a question: present members, less parties to a dispute where they must abstain. */
export function eligibleVoters(state: LiveState, questionKind: QuestionKind): string[] {
  const partiesExcluded = state.rules.voting.partiesAbstainOn.includes(questionKind);
  return presentMembers(state).filter((m) => !(partiesExcluded && state.parties.includes(m)));
}

export function draftQuestionKind(state: LiveState, draft: { important: boolean } | null = state.draft): QuestionKind {
  return draft?.important ? "important" : state.rules.drafts.questionKind;
}
