/**
 * One authoritative room per session. A command goes: decide (pure engine) on the latest state →
 * events appended to the log in one transaction with consecutive sequence numbers → ack → broadcast.
 * Nothing is acknowledged before it is on disk, and the in-memory state only moves once the
 * database has accepted the events, so a failed write leaves the room exactly as the log says.
 *
 * The database's unique (session, seq) is the arbiter: if another process wrote first, the append
 * fails, the room catches up from the log and decides again.
 */
import type { WireEvent } from "@/lib/protocol";
import type { Clock } from "./clock";
import { SequenceConflictError, type EventRepository, type NewEvent, type StoredEvent } from "./db/events";

/** Who sends a command, as the engine sees it. */
export type Actor =
  | { role: "chair" }
  | { role: "delegation"; member: string }
  | { role: "screen" }
  | { role: "observer" }
  | { role: "system" };

export interface DomainFailure {
  code: string;
  params?: Record<string, string | number>;
}

export type Decision<E> = { ok: true; events: E[] } | { ok: false; error: DomainFailure };

/** The server's view of a rules engine: pure functions over a JSON state. */
export interface RoomEngine<S, C, E extends { type: string }> {
  empty(): S;
  reduce(state: S, event: E): S;
  /** `events.reduce(reduce, state)`, possibly faster (a rebuild from a long log). */
  replay(events: readonly E[], state: S): S;
  decide(state: S, command: C, ctx: { actor: Actor; now: number }): Decision<E>;
  /** The members who may see an event; null when the whole session may. */
  audience(event: E): string[] | null;
  /** What an actor may see of the state (a snapshot sent on join). */
  project(state: S, actor: Actor): S;
}

export type { WireEvent };

export type SubmitResult = { ok: true; seq: number; events: number } | { ok: false; error: DomainFailure };

export interface RoomDeps<S, C, E extends { type: string }> {
  engine: RoomEngine<S, C, E>;
  events: EventRepository;
  clock: Clock;
  /**
   * True when this process is the only writer of the log (one process, no cluster): the room then
   * trusts what it has read and written itself, and skips the read of the log before each batch of
   * commands. A conflict, should another writer appear anyway, still makes it catch up and decide again.
   */
  singleWriter?: boolean;
  /** Called after every commit with the new events (the broadcaster coalesces them). */
  publish(sessionId: string, events: WireEvent<E>[], audience: Array<string[] | null>, lastSeq: number): void;
  /**
   * Called when the room has read events another writer committed (several processes): their
   * announcement may never come — that process may have died between its commit and its
   * announcement — so the cluster relays them from the log to this process's sockets.
   */
  caughtUp?(sessionId: string, lastSeq: number): void;
}

const MAX_CONFLICT_RETRIES = 8;
/** How long a room may work before it lets the event loop breathe. */
const YIELD_AFTER_MS = 4;
const REMEMBERED_COMMANDS = 2_000;
/** Command ids kept from the log; older retries fall back to a read (or, single writer, are rare: days old). */
const LOGGED_COMMANDS = 50_000;

export function actorKey(actor: Actor): string {
  return actor.role === "delegation" ? `delegation:${actor.member}` : actor.role;
}

/** The audience entry that stands for the chair (lib/session's CHAIR_AUDIENCE). */
export const CHAIR_AUDIENCE = "@chair";

export function canSee(audience: string[] | null | undefined, actor: Actor): boolean {
  if (!audience) return true;
  if (actor.role === "delegation") return audience.includes(actor.member);
  return actor.role === "chair" && audience.includes(CHAIR_AUDIENCE);
}

export class Room<S, C, E extends { type: string }> {
  private state: S;
  private seq = 0;
  /** Commands run one at a time per room, in arrival order. */
  private queue: Promise<unknown> = Promise.resolve();
  private sliceStart = 0;
  /** Commands waiting for the next group commit. */
  private waiting: Array<{ command: C; commandId: string; actor: Actor; resolve(result: SubmitResult): void }> | null = null;
  /** Replies to recent commands by id, so a retry gets the original reply. */
  private replies = new Map<string, SubmitResult>();
  /**
   * Command ids found in the log (read or written here), by actor and id like `replies`: a retry
   * after a restart is answered from it, and another actor's reuse of an id is its own command.
   */
  private logged = new Map<string, { seq: number; events: number }>();
  /** Set once `logged` has dropped old ids: from then on, unknown ids are checked in the database. */
  private forgotten = false;
  /** Set once the first read of the log is done: later reads are other writers' commits. */
  private loaded = false;

  private constructor(
    readonly sessionId: string,
    private readonly deps: RoomDeps<S, C, E>,
  ) {
    this.state = deps.engine.empty();
  }

  /** Rebuilds a room from its log. */
  static async load<S, C, E extends { type: string }>(sessionId: string, deps: RoomDeps<S, C, E>): Promise<Room<S, C, E>> {
    const room = new Room(sessionId, deps);
    await room.catchUp();
    room.loaded = true;
    return room;
  }

  get lastSeq(): number {
    return this.seq;
  }

  snapshot(actor: Actor): { state: S; seq: number } {
    return { state: this.deps.engine.project(this.state, actor), seq: this.seq };
  }

  /** The raw state, for the server's own reads (never sent as is). */
  current(): S {
    return this.state;
  }

  submit(command: C, commandId: string, actor: Actor): Promise<SubmitResult> {
    // Group commit: every command that arrives while the room is busy is decided in order and
    // written in one transaction — one synced commit for a burst of 193 ballots, not 193. With
    // several processes the batch first catches up with the log; should another process append
    // between that read and the commit, the unique (session, seq) refuses the whole batch and its
    // commands are decided again one at a time (`run`).
    return new Promise((resolve) => {
      if (!this.waiting) {
        this.waiting = [];
        void this.serialized(() => this.runBatch());
      }
      this.waiting.push({ command, commandId, actor, resolve });
    });
  }

  /**
   * Runs `fn` between two commands, after catching up with the log: what it reads is a state no
   * commit is halfway through (used by joins, so that a joining client misses nothing).
   */
  exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    return this.serialized(async () => {
      await this.catchUp();
      return fn();
    });
  }

  /** Runs `fn` between two commands, without reading the log first (the cluster's relay of announced events). */
  between<T>(fn: () => Promise<T> | T): Promise<T> {
    return this.serialized(async () => fn());
  }

  /** Events after `afterSeq` that `actor` may see, from the log. */
  async eventsSince(afterSeq: number, actor: Actor, limit?: number): Promise<WireEvent<E>[]> {
    const stored = await this.deps.events.list(this.sessionId, afterSeq, limit);
    return stored.filter((e) => canSee(e.audience, actor)).map(toWire<E>);
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = async () => {
      // SQLite answers synchronously, so a burst of commands (193 ballots) would hold the event
      // loop for the whole burst: other rooms, acks and broadcasts would wait. Give way to them
      // every few milliseconds; the order of this room's commands is unchanged.
      if (performance.now() - this.sliceStart > YIELD_AFTER_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        this.sliceStart = performance.now();
      }
      return fn();
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Applies the events other processes appended since; returns them. */
  private async catchUp(): Promise<StoredEvent[]> {
    const missing = await this.deps.events.list(this.sessionId, this.seq);
    if (missing.length) {
      this.state = this.deps.engine.replay(missing.map((stored) => stored.payload as E), this.state);
      this.seq = missing.at(-1)!.seq;
      if (this.loaded) this.deps.caughtUp?.(this.sessionId, this.seq);
    }
    this.noteLogged(missing);
    return missing;
  }

  private noteLogged(stored: StoredEvent[]): void {
    for (const event of stored) {
      if (!event.commandId) continue;
      const key = `${event.actor}|${event.commandId}`;
      const previous = this.logged.get(key);
      this.logged.set(key, { seq: event.seq, events: (previous?.events ?? 0) + 1 });
    }
    for (const oldest of this.logged.keys()) {
      if (this.logged.size <= LOGGED_COMMANDS) break;
      this.logged.delete(oldest);
      this.forgotten = true;
    }
  }

  /** One command on its own, catching up and deciding again on a conflict: the fallback of `runBatch`. */
  private async run(command: C, commandId: string, actor: Actor): Promise<SubmitResult> {
    const key = `${actorKey(actor)}|${commandId}`;
    const remembered = this.replies.get(key);
    if (remembered) return remembered;
    // Committed before a restart (or by another process): the original reply was success.
    const known = this.logged.get(key);
    if (known) return this.remember(key, { ok: true, ...known });
    if (!this.deps.singleWriter || this.forgotten) {
      const logged = await this.byCommand(commandId, actor);
      if (logged.length > 0) return this.remember(key, { ok: true, seq: logged.at(-1)!.seq, events: logged.length });
    }

    for (let attempt = 0; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
      // The same command may have been committed meanwhile by another process (a client's retry
      // racing its original): then that was the reply, and deciding again would apply it twice.
      if (!this.deps.singleWriter || attempt > 0) {
        const mine = (await this.catchUp()).filter((e) => e.commandId === commandId && e.actor === actorKey(actor));
        if (mine.length > 0) return this.remember(key, { ok: true, seq: mine.at(-1)!.seq, events: mine.length });
      }
      const now = this.deps.clock.now();
      const decision = this.deps.engine.decide(this.state, command, { actor, now });
      if (!decision.ok) return this.remember(key, { ok: false, error: decision.error });
      if (decision.events.length === 0) return this.remember(key, { ok: true, seq: this.seq, events: 0 });

      const audience = decision.events.map((event) => this.deps.engine.audience(event));
      let stored: StoredEvent[];
      try {
        stored = await this.deps.events.append(
          this.sessionId,
          this.seq,
          decision.events.map((event, i) => ({
            type: event.type,
            payload: event,
            actor: actorKey(actor),
            at: new Date(now),
            commandId,
            audience: audience[i],
          })),
        );
      } catch (error) {
        if (error instanceof SequenceConflictError) continue; // someone else wrote first: catch up, decide again
        console.error(`[room ${this.sessionId}] append failed`, error);
        // Not remembered: the same command may succeed once storage is back.
        return { ok: false, error: { code: "server.storage_unavailable" } };
      }

      for (const event of decision.events) this.state = this.deps.engine.reduce(this.state, event);
      this.seq = stored.at(-1)!.seq;
      this.noteLogged(stored);
      this.deps.publish(this.sessionId, stored.map(toWire<E>), audience, this.seq);
      return this.remember(key, { ok: true, seq: this.seq, events: stored.length });
    }
    return { ok: false, error: { code: "server.busy" } };
  }

  /** Decides the waiting commands one after the other, then commits all their events at once. */
  private async runBatch(): Promise<void> {
    const items = this.waiting ?? [];
    this.waiting = null;
    if (!this.deps.singleWriter) {
      try {
        await this.catchUp(); // and so `logged` knows every command id in the log
      } catch (error) {
        console.error(`[room ${this.sessionId}] could not read the log`, error);
        for (const item of items) item.resolve({ ok: false, error: { code: "server.storage_unavailable" } });
        return;
      }
    }
    let state = this.state;
    let seq = this.seq;
    const rows: NewEvent[] = [];
    const audience: Array<string[] | null> = [];
    const outcomes: Array<{ key: string; result: SubmitResult; remember: boolean }> = [];
    const inBatch = new Map<string, SubmitResult>();
    for (const { command, commandId, actor } of items) {
      const key = `${actorKey(actor)}|${commandId}`;
      const earlier = this.replies.get(key) ?? inBatch.get(key);
      let known = this.logged.get(key);
      if (!earlier && !known && this.forgotten) {
        // Ids this old are no longer kept in memory: ask the log (a retry days later).
        let logged: StoredEvent[];
        try {
          logged = await this.byCommand(commandId, actor);
        } catch {
          outcomes.push({ key, result: { ok: false, error: { code: "server.storage_unavailable" } }, remember: false });
          continue;
        }
        if (logged.length > 0) known = { seq: logged.at(-1)!.seq, events: logged.length };
      }
      if (earlier || known) {
        outcomes.push({ key, result: earlier ?? { ok: true, ...known! }, remember: false });
        continue;
      }
      const now = this.deps.clock.now();
      const decision = this.deps.engine.decide(state, command, { actor, now });
      let result: SubmitResult;
      if (!decision.ok) result = { ok: false, error: decision.error };
      else {
        for (const event of decision.events) {
          state = this.deps.engine.reduce(state, event);
          rows.push({ type: event.type, payload: event, actor: actorKey(actor), at: new Date(now), commandId, audience: this.deps.engine.audience(event) });
          audience.push(this.deps.engine.audience(event));
        }
        seq += decision.events.length;
        result = { ok: true, seq, events: decision.events.length };
      }
      inBatch.set(key, result);
      outcomes.push({ key, result, remember: true });
    }

    if (rows.length > 0) {
      let stored: StoredEvent[];
      try {
        stored = await this.deps.events.append(this.sessionId, this.seq, rows);
      } catch (error) {
        if (error instanceof SequenceConflictError) {
          // Another writer after all: take the careful path, one command at a time.
          for (const item of items) item.resolve(await this.run(item.command, item.commandId, item.actor));
          return;
        }
        console.error(`[room ${this.sessionId}] append failed`, error);
        // Nothing was written and the state has not moved; each command may be sent again.
        for (const item of items) item.resolve({ ok: false, error: { code: "server.storage_unavailable" } });
        return;
      }
      this.state = state;
      this.seq = seq;
      this.noteLogged(stored);
      this.deps.publish(this.sessionId, stored.map(toWire<E>), audience, this.seq);
    }
    items.forEach((item, i) => {
      const { key, result, remember } = outcomes[i]!;
      item.resolve(remember ? this.remember(key, result) : result);
    });
  }

  /** The events of `actor`'s command `commandId` in the log (another actor's same id is another command). */
  private async byCommand(commandId: string, actor: Actor): Promise<StoredEvent[]> {
    return (await this.deps.events.byCommand(this.sessionId, commandId)).filter((e) => e.actor === actorKey(actor));
  }

  private remember(key: string, result: SubmitResult): SubmitResult {
    this.replies.set(key, result);
    if (this.replies.size > REMEMBERED_COMMANDS) {
      const oldest = this.replies.keys().next().value;
      if (oldest !== undefined) this.replies.delete(oldest);
    }
    return result;
  }
}

function toWire<E>(stored: StoredEvent): WireEvent<E> {
  return { seq: stored.seq, at: stored.at.getTime(), event: stored.payload as E };
}
