/**
 * Several server processes serving the same sessions (REDIS_URL set; see docs/deploy.md).
 *
 * The log in the database stays the only arbiter: any process may serve any session, a room
 * catches up from the log before deciding, and an append that loses the race for a sequence number
 * is retried (server/room.ts). What Redis adds is the traffic between processes, through
 * Socket.IO's Redis adapter: revocations (`io.to(token room)`, `disconnectSockets`) reach every
 * process as they are, and each commit is announced to the other processes.
 *
 * Session events are NOT broadcast to other processes' sockets directly: a client applies events
 * above the last sequence number it has seen, so it must receive them in order and without gaps,
 * and two processes' broadcasts can cross (process B's seq 8 reaching its own sockets before A's
 * seq 7 arrives through Redis). Instead each process emits to its OWN sockets (`io.local`), in
 * sequence order, every event of the sessions it holds a room for:
 * - the events it commits itself, and those other processes announce, go through a per-session
 *   buffer that releases only the next sequence number;
 * - a gap (an announcement lost, or a room that caught up on events not yet announced) is filled
 *   from the log, as soon as this process's room reads those events (`caughtUp`: a join, a
 *   command) or a later commit shows the gap;
 * - remote events are released inside the room's queue (`room.exclusive`), like joins: a socket
 *   joining at seq N has either had event N+1 in its join reply or is in the room when N+1 is sent.
 * A client may receive an event twice (it ignores what it already has), never miss one.
 */
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import type { Server } from "socket.io";
import type { WireEvent } from "@/lib/protocol";
import type { EventRepository, StoredEvent } from "../db/events";
import type { RoomDeps } from "../room";
import { createRoomRegistry, type RoomRegistry } from "../sessions/registry";

/** The server-to-server event announcing a commit. */
export const COMMITTED_EVENT = "hemicycle:committed";
export const DEFAULT_REDIS_KEY = "hemicycle";

export interface ClusterOptions {
  /** redis://[:password@]host:port[/db] */
  url: string;
  /** Prefix of the Redis Pub/Sub channels (two deployments sharing one Redis need two prefixes). */
  key?: string;
  /** How long start-up waits for Redis before giving up. */
  connectTimeoutMs?: number;
}

interface Item {
  wire: WireEvent<unknown>;
  audience: string[] | null;
}

interface Committed {
  sessionId: string;
  items: Item[];
}

interface Track {
  /** The highest sequence number emitted to this process's sockets, in order. */
  emitted: number;
  loaded: boolean;
  ready: Promise<void>;
  /** Events not emitted yet (above `emitted`), by sequence number. */
  buffer: Map<number, Item>;
  syncing: boolean;
  again: boolean;
}

type Publish = (sessionId: string, events: WireEvent<unknown>[], audience: Array<string[] | null>, lastSeq: number) => void;
type Io = Pick<Server, "serverSideEmit" | "on">;

/** Connects to Redis and builds the Socket.IO adapter; fails fast when Redis is unreachable. */
export async function connectCluster(options: ClusterOptions) {
  const redactedUrl = options.url.replace(/(\/\/[^:/@]*:)[^@/]*@/, "$1***@");
  const pub = createClient({ url: options.url });
  const sub = pub.duplicate();
  let lastLog = 0;
  const onError = (error: Error) => {
    // node-redis reconnects by itself; say so once in a while, not at every retry.
    if (Date.now() - lastLog < 10_000) return;
    lastLog = Date.now();
    console.error(`[redis] ${redactedUrl}: ${error.message} (reconnecting)`);
  };
  pub.on("error", onError);
  sub.on("error", onError);
  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.all([pub.connect(), sub.connect()]),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Redis at ${redactedUrl} did not answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    pub.destroy();
    sub.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    adapter: createAdapter(pub, sub, { key: options.key ?? DEFAULT_REDIS_KEY }),
    /** After io.close(). */
    async close() {
      await Promise.allSettled([pub.close(), sub.close()]);
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof connectCluster>>;

/**
 * A room registry whose commits reach every process's sockets in order. `local` emits to this
 * process's sockets only (the broadcaster over `io.local`).
 */
export function createClusterRoomRegistry<S, C, E extends { type: string }>(
  io: Io,
  deps: Omit<RoomDeps<S, C, E>, "publish"> & { events: EventRepository },
  local: Publish,
): RoomRegistry<S, C, E> {
  const tracks = new Map<string, Track>();

  function offer(track: Track, items: Item[]) {
    for (const item of items) if (item.wire.seq > track.emitted) track.buffer.set(item.wire.seq, item);
  }

  /** Emits the buffered events that follow `emitted` without a gap. Only inside the room's queue. */
  function drain(sessionId: string, track: Track) {
    const batch: Item[] = [];
    for (let next = track.emitted + 1; track.buffer.has(next); next++) {
      batch.push(track.buffer.get(next)!);
      track.buffer.delete(next);
    }
    if (batch.length === 0) return;
    track.emitted = batch.at(-1)!.wire.seq;
    local(
      sessionId,
      batch.map((i) => i.wire),
      batch.map((i) => i.audience),
      track.emitted,
    );
  }

  async function sync(sessionId: string): Promise<void> {
    const track = tracks.get(sessionId);
    if (!track) return;
    if (track.syncing) {
      track.again = true;
      return;
    }
    track.syncing = true;
    try {
      do {
        track.again = false;
        await track.ready;
        if (!track.loaded || tracks.get(sessionId) !== track) return;
        const room = await registry.get(sessionId);
        // Announced events that follow what was emitted go out without a read of the log…
        await room.between(() => drain(sessionId, track));
        if (track.buffer.size === 0 && track.emitted >= room.lastSeq) continue;
        // …a gap is filled from it.
        await room.exclusive(async () => {
          // exclusive() has caught the room up with the log: everything up to room.lastSeq is committed.
          drain(sessionId, track);
          if (track.emitted < room.lastSeq) {
            const missing = await deps.events.list(sessionId, track.emitted, room.lastSeq - track.emitted);
            offer(track, missing.map(toItem));
            drain(sessionId, track);
          }
        });
      } while (track.again);
    } catch (error) {
      console.error(`[cluster] session ${sessionId}: could not relay events, retrying`, error);
      setTimeout(() => void sync(sessionId), 1_000).unref();
    } finally {
      track.syncing = false;
    }
  }

  const publish: Publish = (sessionId, events, audience, lastSeq) => {
    const items = events.map((wire, i) => ({ wire, audience: audience[i] ?? null }));
    (io.serverSideEmit as (ev: string, payload: Committed) => boolean)(COMMITTED_EVENT, { sessionId, items });
    const track = tracks.get(sessionId);
    if (!track?.loaded) {
      local(sessionId, events, audience, lastSeq);
      return;
    }
    // Called by the room right after its commit, inside its queue: releasing in order is safe here.
    offer(track, items);
    drain(sessionId, track);
    if (track.buffer.size > 0) void sync(sessionId);
  };

  (io.on as (ev: string, listener: (payload: Committed) => void) => void)(COMMITTED_EVENT, (payload) => {
    const track = tracks.get(payload?.sessionId);
    if (!track || !Array.isArray(payload.items)) return; // no room here: no socket of ours in that session
    offer(track, payload.items);
    void sync(payload.sessionId);
  });

  // A room that read other processes' commits from the log: relay any this process has not
  // emitted yet (their announcement may be lost with the process that made them).
  const caughtUp = (sessionId: string, lastSeq: number) => {
    const track = tracks.get(sessionId);
    if (track?.loaded && track.emitted < lastSeq) void sync(sessionId);
  };
  const registry = createRoomRegistry<S, C, E>({ ...deps, publish, caughtUp });
  return {
    get(sessionId: string) {
      const room = registry.get(sessionId);
      if (!tracks.has(sessionId)) {
        const track: Track = { emitted: 0, loaded: false, ready: Promise.resolve(), buffer: new Map(), syncing: false, again: false };
        tracks.set(sessionId, track);
        // Attached before any caller awaits the room: runs before anything can use the room, so
        // `emitted` starts where the room's state (and so any join reply) starts.
        track.ready = room.then(
          (loaded) => {
            track.emitted = loaded.lastSeq;
            track.loaded = true;
            for (const seq of track.buffer.keys()) if (seq <= track.emitted) track.buffer.delete(seq);
          },
          () => {
            if (tracks.get(sessionId) === track) tracks.delete(sessionId);
          },
        );
      }
      return room;
    },
    evict(sessionId: string): Promise<void> {
      tracks.delete(sessionId);
      return registry.evict(sessionId);
    },
    get size() {
      return registry.size;
    },
  };
}

function toItem(stored: StoredEvent): Item {
  return { wire: { seq: stored.seq, at: stored.at.getTime(), event: stored.payload }, audience: stored.audience ?? null };
}
