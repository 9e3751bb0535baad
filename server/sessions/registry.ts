/** The rooms this process holds in memory, loaded from their log on first use. */
import { Room, type RoomDeps } from "../room";

export function createRoomRegistry<S, C, E extends { type: string }>(deps: RoomDeps<S, C, E>) {
  const rooms = new Map<string, Promise<Room<S, C, E>>>();
  return {
    get(sessionId: string): Promise<Room<S, C, E>> {
      let room = rooms.get(sessionId);
      if (!room) {
        // Concurrent first uses share one load.
        room = Room.load(sessionId, deps);
        rooms.set(sessionId, room);
        room.catch(() => rooms.delete(sessionId));
      }
      return room;
    },
    /**
     * Forgets a room (it will be rebuilt on next use), writing its snapshot first so that the
     * rebuild reads no more than the tail; resolves once the snapshot is written.
     */
    evict(sessionId: string): Promise<void> {
      const room = rooms.get(sessionId);
      rooms.delete(sessionId);
      return room ? room.then((r) => r.persistSnapshot()).catch(() => undefined) : Promise.resolve();
    },
    get size() {
      return rooms.size;
    },
  };
}

export type RoomRegistry<S, C, E extends { type: string }> = ReturnType<typeof createRoomRegistry<S, C, E>>;
