/**
 * Starting a session. The first event of every session is `session.created` carrying the
 * validated config and effective rules, so `state = events.reduce(reduce, EMPTY_STATE)`.
 */
import { votingQueue } from "./amendment-order";
import type { SessionConfigInput } from "./commands";
import { isDomainError, type DomainError } from "./errors";
import type { EventOf } from "./events";
import { reduce } from "./reduce";
import { buildSessionConfig } from "./session-config";
import { EMPTY_STATE, type SessionState } from "./state";

export function sessionCreatedEvent(config: SessionConfigInput, at: number): EventOf<"session.created"> | DomainError {
  const built = buildSessionConfig(config);
  return isDomainError(built) ? built : { type: "session.created", at, ...built };
}

/** State of a new session; throws on an invalid config (use decide with `session.create` to get a DomainError). */
export function initialState(config: SessionConfigInput, at = 0): SessionState {
  const created = sessionCreatedEvent(config, at);
  if (isDomainError(created)) throw new Error(`Invalid session config: ${created.code} ${JSON.stringify(created.params ?? {})}`);
  return reduce(EMPTY_STATE, created);
}

/**
 * A draft's amendments (by default the draft on the floor's) in the order they will be put to the
 * vote (rule 90 heuristic, or the chair's order). Each draft has its own queue (rule 91).
 */
export function amendmentVotingQueue(state: SessionState, draftId: string | null = state.draft?.id ?? null): string[] {
  return votingQueue(
    state.amendments.filter((a) => a.draftId === draftId),
    state.amendmentOrder,
  );
}
