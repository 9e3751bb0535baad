/**
 * Sends committed events to the session's sockets. Events committed during one tick of the event
 * loop are coalesced into one message per client (a 193-member vote burst costs one emit per
 * tick, not one per ballot per client), in sequence order. An event with an audience (a draft
 * amendment only its sponsors see) goes only to those members' sockets.
 *
 * Writing a message to a socket is one system call whatever its size, and at a full conference
 * (4 800 sockets) those calls were the server's largest cost (writev, about 40 % of its time).
 * Two things keep them from holding the loop:
 * - the sessions due are written in slices of a few milliseconds, the rest after the loop has
 *   turned (timers, I/O): sent in one go, they held it for 30 ms at the 99th percentile;
 * - when the loop is overloaded anyway (late by more than `busyLagMs`), a session is sent at most
 *   one message per `windowMs`, what it committed meanwhile going out together: fewer, larger
 *   messages. Each session keeps its own rhythm, so their sends do not pile up into one block.
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import type { EventsMessage, WireEvent } from "@/lib/protocol";
import type { HemicycleServer } from "./sockets";

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const memberRoom = (sessionId: string, member: string) => `session:${sessionId}:member:${member}`;

/** The longest a busy server holds a session's events back: well under what a person notices. */
export const BUSY_WINDOW_MS = 40;
/** The longest the broadcaster writes before it lets the loop turn. */
const SEND_SLICE_MS = 4;
/**
 * The event loop's delay above which the server counts as overloaded: later than the 50 ms a
 * conference may lag, so work is queueing. Not lower: the machine's own noise (another process on
 * the core) reaches 20–30 ms, and holding messages back then would only add to their latency.
 */
export const BUSY_LAG_MS = 50;

interface Pending {
  events: Array<{ wire: WireEvent<unknown>; audience: string[] | null }>;
  /** The sequence number the batch follows: a client whose own is lower missed one (it resyncs). */
  fromSeq: number;
  lastSeq: number;
}

export interface BroadcastPacing {
  /** The event loop's recent delay, in milliseconds. */
  lagMs(): number;
  now(): number;
  windowMs: number;
  busyLagMs: number;
}

/** The event loop's longest delay over the last ~200 ms, in milliseconds (an unref'd sampler). */
export function eventLoopLag(sampleMs = 100): () => number {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let recent = [0, 0];
  const timer = setInterval(() => {
    recent = [recent[1]!, histogram.max / 1e6];
    histogram.reset();
  }, sampleMs);
  timer.unref();
  return () => Math.max(recent[0]!, recent[1]!);
}

/** The broadcaster only needs rooms and emit. */
export function createBroadcaster(io: Pick<HemicycleServer, "to">, pacing?: Partial<BroadcastPacing>) {
  const lagMs = pacing?.lagMs ?? eventLoopLag();
  const now = pacing?.now ?? (() => performance.now());
  const windowMs = pacing?.windowMs ?? BUSY_WINDOW_MS;
  const busyLagMs = pacing?.busyLagMs ?? BUSY_LAG_MS;

  const pending = new Map<string, Pending>();
  /** When each session was last sent a message (sessions sent nothing for a window are forgotten). */
  const lastSent = new Map<string, number>();
  /** Sessions held back until their window ends. */
  const held = new Map<string, NodeJS.Timeout>();
  const due = new Set<string>();
  let scheduled = false;

  function send(sessionId: string) {
    const batch = pending.get(sessionId);
    if (!batch) return;
    pending.delete(sessionId);
    lastSent.set(sessionId, now());
    const publicEvents = batch.events.filter((e) => !e.audience).map((e) => e.wire);
    const privateMembers = new Set(batch.events.flatMap((e) => e.audience ?? []));
    const everyone = io.to(sessionRoom(sessionId));
    const others = privateMembers.size ? everyone.except([...privateMembers].map((m) => memberRoom(sessionId, m))) : everyone;
    const message = (events: WireEvent[]): EventsMessage => ({ sessionId, events, fromSeq: batch.fromSeq, lastSeq: batch.lastSeq });
    // Every client gets every batch, empty when it may see none of it: the sequence it follows
    // then tells a missed message from events it may not see.
    others.emit("session:events", message(publicEvents));
    for (const member of privateMembers) {
      const events = batch.events.filter((e) => !e.audience || e.audience.includes(member)).map((e) => e.wire);
      io.to(memberRoom(sessionId, member)).emit("session:events", message(events));
    }
  }

  function sendDue() {
    scheduled = false;
    const start = performance.now();
    for (const sessionId of due) {
      due.delete(sessionId);
      send(sessionId);
      // Sixty sessions' messages to thousands of sockets in one go would hold the loop for tens of
      // milliseconds: past a slice, the rest waits for the next turn, after timers and I/O.
      if (due.size && performance.now() - start > SEND_SLICE_MS) {
        scheduled = true;
        setImmediate(sendDue);
        return;
      }
    }
    for (const [sessionId, at] of lastSent) if (now() - at > windowMs) lastSent.delete(sessionId);
  }

  function schedule(sessionId: string) {
    if (held.has(sessionId) || due.has(sessionId)) return;
    const since = now() - (lastSent.get(sessionId) ?? -Infinity);
    if (since < windowMs && lagMs() > busyLagMs) {
      const timer = setTimeout(() => {
        held.delete(sessionId);
        send(sessionId);
      }, windowMs - since);
      held.set(sessionId, timer);
      return;
    }
    due.add(sessionId);
    if (!scheduled) {
      scheduled = true;
      setImmediate(sendDue);
    }
  }

  return {
    publish(sessionId: string, events: WireEvent<unknown>[], audience: Array<string[] | null>, lastSeq: number) {
      const batch = pending.get(sessionId) ?? { events: [], fromSeq: (events[0]?.seq ?? lastSeq + 1) - 1, lastSeq };
      events.forEach((wire, i) => batch.events.push({ wire, audience: audience[i] ?? null }));
      batch.lastSeq = Math.max(batch.lastSeq, lastSeq);
      pending.set(sessionId, batch);
      schedule(sessionId);
    },
    /** Sends whatever is pending now (tests, shutdown). */
    flush() {
      for (const timer of held.values()) clearTimeout(timer);
      held.clear();
      due.clear();
      scheduled = false;
      for (const sessionId of [...pending.keys()]) send(sessionId);
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
