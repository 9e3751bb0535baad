/**
 * Sends committed events to the session's sockets. Events committed during one tick of the event
 * loop are coalesced into one message per client (a 193-member vote burst costs one emit per
 * tick, not one per ballot per client), in sequence order. An event with an audience (a draft
 * amendment only its sponsors see) goes only to those members' sockets.
 */
import type { EventsMessage, WireEvent } from "@/lib/protocol";
import type { HemicycleServer } from "./sockets";

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const memberRoom = (sessionId: string, member: string) => `session:${sessionId}:member:${member}`;

interface Pending {
  events: Array<{ wire: WireEvent<unknown>; audience: string[] | null }>;
  /** The sequence number the batch follows: a client whose own is lower missed one (it resyncs). */
  fromSeq: number;
  lastSeq: number;
}

/** The broadcaster only needs rooms and emit. */
export function createBroadcaster(io: Pick<HemicycleServer, "to">) {
  const pending = new Map<string, Pending>();
  let scheduled = false;

  function flush() {
    scheduled = false;
    const batches = [...pending.entries()];
    pending.clear();
    for (const [sessionId, batch] of batches) {
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
  }

  return {
    publish(sessionId: string, events: WireEvent<unknown>[], audience: Array<string[] | null>, lastSeq: number) {
      const batch = pending.get(sessionId) ?? { events: [], fromSeq: (events[0]?.seq ?? lastSeq + 1) - 1, lastSeq };
      events.forEach((wire, i) => batch.events.push({ wire, audience: audience[i] ?? null }));
      batch.lastSeq = Math.max(batch.lastSeq, lastSeq);
      pending.set(sessionId, batch);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    /** Sends whatever is pending now (tests, shutdown). */
    flush,
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
