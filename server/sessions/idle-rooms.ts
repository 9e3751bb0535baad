/**
 * Rooms nobody is connected to leave memory: once the last socket of a session has gone, its room
 * is forgotten after a grace period (a reconnecting phone or a reloaded page keeps it), and the
 * next join rebuilds it from the log (and its snapshot). A process that hosts a term's sessions
 * holds only those in use.
 */
import type { HemicycleServer } from "../sockets";
import { sessionRoom } from "../broadcaster";

export const ROOM_IDLE_MS = 2 * 60_000;

export interface IdleRooms {
  /** A socket joined the session: keep its room. */
  busy(sessionId: string): void;
  /** A socket left the session: forget the room once nobody is left for `idleMs`. */
  left(sessionId: string): void;
  /** Sessions waiting for their eviction (for tests and health). */
  readonly pending: number;
}

export function idleRooms(io: HemicycleServer, rooms: { evict(sessionId: string): unknown }, idleMs = ROOM_IDLE_MS): IdleRooms {
  const timers = new Map<string, NodeJS.Timeout>();
  const connected = (sessionId: string) => (io.of("/").adapter.rooms.get(sessionRoom(sessionId))?.size ?? 0) > 0;
  return {
    busy(sessionId) {
      clearTimeout(timers.get(sessionId));
      timers.delete(sessionId);
    },
    left(sessionId) {
      if (connected(sessionId) || timers.has(sessionId)) return;
      const timer = setTimeout(() => {
        timers.delete(sessionId);
        if (!connected(sessionId)) rooms.evict(sessionId);
      }, idleMs);
      timer.unref();
      timers.set(sessionId, timer);
    },
    get pending() {
      return timers.size;
    },
  };
}
