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
import { CHAIR_AUDIENCE } from "@/lib/session/events";
import type { Clock } from "./clock";
import { SequenceConflictError, type EventRepository, type NewEvent, type StoredEvent } from "./db/events";
import type { SnapshotRepository } from "./db/snapshots";

/** Who sends a command, as the engine sees it. */
export type Actor =
  { role: "chair" } | { role: "delegation"; member: string } | { role: "screen" } | { role: "observer" } | { role: "system" };

export interface DomainFailure {
  code: string;
  params?: Record<string, string | number>;
}

export type Decision<E> = { ok: true; events: E[] } | { ok: false; error: DomainFailure };

/** The server's view of a rules engine: pure functions over a JSON state. */
export interface RoomEngine<S, C, E extends { type: string }> {
  /** Changes whenever `reduce` would build a different state from the same events: snapshots of another version are ignored. */
  readonly version: string;
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
  limits?: Partial<RoomLimits>;
  /** Called after every commit with the new events (the broadcaster coalesces them). */
  publish(sessionId: string, events: WireEvent<E>[], audience: Array<string[] | null>, lastSeq: number): void;
  /**
   * Called when the room has read events another writer committed (several processes): their
   * announcement may never come — that process may have died between its commit and its
   * announcement — so the cluster relays them from the log to this process's sockets.
   */
  caughtUp?(sessionId: string, lastSeq: number): void;
  /** Snapshots of the state, so that a restart reads the log's tail only (none: always the whole log). */
  snapshots?: { store: SnapshotRepository; every: number };
}

/** The room's memory bounds (injectable, so tests can reach what happens past them). */
export interface RoomLimits {
  /** Replies kept by command id, so a retry gets the original reply. */
  replies: number;
  /** Command ids kept from the log; older retries are looked up in the log (a retry days later). */
  loggedCommands: number;
  /** Tries of one command after the first, when other writers keep taking its sequence number. */
  conflictRetries: number;
}

const DEFAULT_LIMITS: RoomLimits = { replies: 2_000, loggedCommands: 50_000, conflictRetries: 8 };
/** How long a room may work before it lets the event loop breathe. */
const YIELD_AFTER_MS = 4;

const STORAGE_UNAVAILABLE: SubmitResult = { ok: false, error: { code: "server.storage_unavailable" } };
const UNAVAILABLE: SubmitResult = { ok: false, error: { code: "server.unavailable" } };
const BUSY: SubmitResult = { ok: false, error: { code: "server.busy" } };

/** A submitted command, until it is answered. */
interface Pending<C> {
  command: C;
  commandId: string;
  actor: Actor;
  /** Retries are recognised by actor and id together: another actor's command is its own. */
  key: string;
  resolve(result: SubmitResult): void;
}

export function actorKey(actor: Actor): string {
  return actor.role === "delegation" ? `delegation:${actor.member}` : actor.role;
}

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
  private readonly limits: RoomLimits;
  /** Commands waiting for the next group commit. */
  private waiting: Pending<C>[] | null = null;
  /** Replies to recent commands by actor and id, so a retry gets the original reply. */
  private replies = new Map<string, SubmitResult>();
  /** Commands (actor and id) found in the log, read or written here: a retry after a restart is answered from it. */
  private logged = new Map<string, { seq: number; events: number }>();
  /** Set once `logged` has dropped old ids: from then on, unknown ids are checked in the database. */
  private forgotten = false;
  /** Set once the first read of the log is done: later reads are other writers' commits. */
  private loaded = false;
  /** The sequence number of the last snapshot written or loaded. */
  private snapshotSeq = 0;
  /** The snapshot being written, if any. */
  private snapshotWrite: Promise<void> = Promise.resolve();

  private constructor(
    readonly sessionId: string,
    private readonly deps: RoomDeps<S, C, E>,
  ) {
    this.state = deps.engine.empty();
    this.limits = { ...DEFAULT_LIMITS, ...deps.limits };
  }

  /** Rebuilds a room from its log: from its latest snapshot and the events after it, when it has one. */
  static async load<S, C, E extends { type: string }>(sessionId: string, deps: RoomDeps<S, C, E>): Promise<Room<S, C, E>> {
    const room = new Room(sessionId, deps);
    await room.startFromSnapshot();
    await room.catchUp();
    room.loaded = true;
    return room;
  }

  /**
   * Takes the stored snapshot as the starting state when the engine that wrote it is this one and
   * the log really goes that far. Command ids before it are then only in the log: a retry of one
   * is looked up there (`forgotten`), as for a long log.
   */
  private async startFromSnapshot(): Promise<void> {
    const store = this.deps.snapshots?.store;
    if (!store) return;
    try {
      const snapshot = await store.latest(this.sessionId);
      if (!snapshot || snapshot.version !== this.deps.engine.version || snapshot.seq <= 0) return;
      if ((await this.deps.events.lastSeq(this.sessionId)) < snapshot.seq) return;
      this.state = snapshot.state as S;
      this.seq = snapshot.seq;
      this.snapshotSeq = snapshot.seq;
      this.forgotten = true;
    } catch (error) {
      // Only an optimisation: the whole log will do.
      console.error(`[room ${this.sessionId}] snapshot unreadable, replaying the whole log`, error);
    }
  }

  /** Writes the current state as the session's snapshot (every `snapshots.every` events, and before eviction). */
  async persistSnapshot(): Promise<void> {
    const store = this.deps.snapshots?.store;
    if (!store || this.seq === this.snapshotSeq) return;
    const seq = this.seq;
    // Serialised now, with its sequence number: what is written is exactly the state after `seq`.
    const json = JSON.stringify(this.state);
    this.snapshotSeq = seq;
    // One write at a time, in order: a slower earlier write never replaces a later snapshot.
    this.snapshotWrite = this.snapshotWrite.then(async () => {
      try {
        await store.save(this.sessionId, { seq, version: this.deps.engine.version, json });
      } catch (error) {
        console.error(`[room ${this.sessionId}] snapshot not written`, error);
      }
    });
    await this.snapshotWrite;
  }

  /** Resolves once the snapshots started so far are written (or have failed). */
  snapshotsWritten(): Promise<void> {
    return this.snapshotWrite;
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
    // commands are decided again one at a time (`runBatch`).
    return new Promise((resolve) => {
      if (!this.waiting) {
        this.waiting = [];
        void this.serialized(() => this.runBatch());
      }
      this.waiting.push({ command, commandId, actor, key: commandKey(actorKey(actor), commandId), resolve });
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
      try {
        return await fn();
      } finally {
        const every = this.deps.snapshots?.every;
        // Not awaited: the next command need not wait for an optimisation.
        if (every && this.seq - this.snapshotSeq >= every) void this.persistSnapshot();
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Applies the events other processes appended since; returns them. */
  private async catchUp(): Promise<StoredEvent[]> {
    const missing = await this.deps.events.list(this.sessionId, this.seq);
    if (missing.length) {
      this.state = this.deps.engine.replay(
        missing.map((stored) => stored.payload as E),
        this.state,
      );
      this.seq = missing.at(-1)!.seq;
      if (this.loaded) this.deps.caughtUp?.(this.sessionId, this.seq);
    }
    this.noteLogged(missing);
    return missing;
  }

  private noteLogged(stored: StoredEvent[]): void {
    for (const event of stored) {
      if (!event.commandId) continue;
      const key = commandKey(event.actor, event.commandId);
      const previous = this.logged.get(key);
      this.logged.set(key, { seq: event.seq, events: (previous?.events ?? 0) + 1 });
    }
    for (const oldest of this.logged.keys()) {
      if (this.logged.size <= this.limits.loggedCommands) break;
      this.logged.delete(oldest);
      this.forgotten = true;
    }
  }

  /**
   * The one commit path. The waiting commands are decided in order and committed together; if
   * another writer took their sequence numbers, each is caught up, decided and committed again on
   * its own (a batch of one), a bounded number of times. Every command gets exactly one answer,
   * whatever the storage or the engine throws.
   */
  private async runBatch(): Promise<void> {
    const batch = this.waiting ?? [];
    this.waiting = null;
    try {
      if ((await this.commit(batch, !this.deps.singleWriter)) !== "conflict") return;
      // Another writer after all: the careful path, one command at a time, reading the log first.
      for (const item of batch) {
        let tries = 0;
        while ((await this.commit([item], true)) === "conflict") {
          if (++tries > this.limits.conflictRetries) {
            item.resolve(BUSY); // not remembered: the same command may go through later
            break;
          }
        }
      }
    } catch (error) {
      // Nothing below is meant to throw (a publish that fails, say, is caught there); should
      // something still, no command is left waiting. A second resolve of an answered one is a no-op.
      console.error(`[room ${this.sessionId}] commit failed`, error);
      for (const item of batch) item.resolve(UNAVAILABLE);
    }
  }

  /**
   * Decides `items` on the latest state (after reading the log when `readFirst`), appends their
   * events in one transaction, then moves the state, publishes and answers. On a conflict nothing is
   * answered and nothing moves: the caller decides again. Any other failure answers every item.
   */
  private async commit(items: Pending<C>[], readFirst: boolean): Promise<"done" | "conflict"> {
    if (readFirst) {
      try {
        await this.catchUp(); // and so `logged` knows every command in the log
      } catch (error) {
        console.error(`[room ${this.sessionId}] could not read the log`, error);
        for (const item of items) item.resolve(STORAGE_UNAVAILABLE);
        return "done";
      }
    }
    const plan = await this.decideAll(items);
    if (plan.rows.length > 0) {
      let stored: StoredEvent[];
      try {
        stored = await this.deps.events.append(this.sessionId, this.seq, plan.rows);
      } catch (error) {
        if (error instanceof SequenceConflictError) return "conflict";
        console.error(`[room ${this.sessionId}] append failed`, error);
        // Nothing was written and the state has not moved; each command may be sent again.
        for (const item of items) item.resolve(STORAGE_UNAVAILABLE);
        return "done";
      }
      this.state = plan.state;
      this.seq = stored.at(-1)!.seq;
      this.noteLogged(stored);
      try {
        this.deps.publish(this.sessionId, stored.map(toWire<E>), plan.audience, this.seq);
      } catch (error) {
        // Committed all the same: the commands succeeded, and clients fill the gap from the log.
        console.error(`[room ${this.sessionId}] publish failed`, error);
      }
    }
    items.forEach((item, i) => {
      const { result, remember } = plan.outcomes[i]!;
      item.resolve(remember ? this.remember(item.key, result) : result);
    });
    return "done";
  }

  /** Decides each command on the state the earlier ones of the batch leave; pure but for log lookups. */
  private async decideAll(items: Pending<C>[]) {
    let state = this.state;
    let seq = this.seq;
    const rows: NewEvent[] = [];
    const audience: Array<string[] | null> = [];
    const outcomes: Array<{ result: SubmitResult; remember: boolean }> = [];
    const inBatch = new Map<string, SubmitResult>();
    for (const { command, commandId, actor, key } of items) {
      let earlier: SubmitResult | undefined;
      try {
        earlier = inBatch.get(key) ?? (await this.earlierReply(key, commandId));
      } catch (error) {
        console.error(`[room ${this.sessionId}] could not look up command ${commandId}`, error);
        outcomes.push({ result: STORAGE_UNAVAILABLE, remember: false });
        continue;
      }
      if (earlier) {
        outcomes.push({ result: earlier, remember: false });
        continue;
      }
      let result: SubmitResult;
      try {
        const now = this.deps.clock.now();
        const decision = this.deps.engine.decide(state, command, { actor, now });
        if (!decision.ok) result = { ok: false, error: decision.error };
        else {
          // Everything computed before anything is kept: an engine that throws halfway leaves the batch as it was.
          let next = state;
          const mine = decision.events.map((event) => {
            next = this.deps.engine.reduce(next, event);
            const seen = this.deps.engine.audience(event);
            const row = {
              type: event.type,
              payload: event,
              actor: actorKey(actor),
              at: new Date(now),
              commandId,
              audience: seen,
              engineVersion: this.deps.engine.version,
            };
            return { row, seen };
          });
          state = next;
          for (const { row, seen } of mine) {
            rows.push(row);
            audience.push(seen);
          }
          seq += mine.length;
          result = { ok: true, seq, events: mine.length };
        }
      } catch (error) {
        // An engine bug: this command is answered and logged, the rest of the batch goes on.
        console.error(`[room ${this.sessionId}] command ${commandId} failed`, error);
        outcomes.push({ result: UNAVAILABLE, remember: false });
        continue;
      }
      inBatch.set(key, result);
      outcomes.push({ result, remember: true });
    }
    return { state, rows, audience, outcomes };
  }

  /** The reply a command already had: remembered, seen in the log, or (ids past memory) looked up there. */
  private async earlierReply(key: string, commandId: string): Promise<SubmitResult | undefined> {
    const remembered = this.replies.get(key);
    if (remembered) return remembered;
    // Committed before a restart (or by another process): the original reply was success.
    const known = this.logged.get(key);
    if (known) return { ok: true, ...known };
    if (!this.forgotten) return undefined;
    const logged = (await this.deps.events.byCommand(this.sessionId, commandId)).filter((e) => commandKey(e.actor, commandId) === key);
    return logged.length > 0 ? { ok: true, seq: logged.at(-1)!.seq, events: logged.length } : undefined;
  }

  private remember(key: string, result: SubmitResult): SubmitResult {
    this.replies.set(key, result);
    if (this.replies.size > this.limits.replies) {
      const oldest = this.replies.keys().next().value;
      if (oldest !== undefined) this.replies.delete(oldest);
    }
    return result;
  }
}

function commandKey(actor: string, commandId: string): string {
  return `${actor}|${commandId}`;
}

function toWire<E>(stored: StoredEvent): WireEvent<E> {
  return { seq: stored.seq, at: stored.at.getTime(), event: stored.payload as E };
}
