/**
 * The whole server, built by a factory so tests can boot it for real on a random port: one HTTP
 * server for our API routes, Next.js's pages and Socket.IO.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Server } from "socket.io";
import { connectedMembers } from "./sessions/presence";
import { forgetQueryHistory, type Database } from "./db";
import type { Clock } from "./clock";
import { sendJson } from "./http";
import { attachSockets, linkBudgets, type HemicycleServer } from "./sockets";
import { createBroadcaster } from "./broadcaster";
import { createRoomRegistry, type RoomRegistry } from "./sessions/registry";
import type { Actor, RoomEngine } from "./room";
import { createSimulationService } from "./bots/service";
import { commit, sessionHandlers, tokenRoom } from "./sessions/handlers";
import { liveViews } from "./sessions/live-view";
import { provideLiveView } from "@/lib/protocol/live-view";
import { createPaperService } from "./papers/service";
import { handleSessionsApi } from "./sessions/http";
import { sessionFactory } from "./sessions/factory";
import { idleRooms, ROOM_IDLE_MS } from "./sessions/idle-rooms";
import { StorageError } from "./db/storage-guard";
import { securityHeaders, setSecurityHeaders } from "./security-headers";
import { requestLocale } from "./sessions/http-kit";
import { errorMessage } from "@/lib/i18n/messages";
import { createGate, createLimitsFromEnv, type CreateLimits } from "./sessions/create-limit";
import { liveSessionEngine, type LiveCommand, type LiveEvent, type LiveSessionState } from "@/lib/session";
import { connectCluster, createClusterRoomRegistry, type ClusterOptions } from "./scaleout/cluster";

export interface AppOptions {
  db: Database;
  clock: Clock;
  port?: number;
  host?: string;
  /** Serve the Next.js app too (false in tests of the API and sockets alone). */
  next?: { dev: boolean } | false;
  /** Simulated delegations' pause before each action (default 0.6–1.8 s, like a person; tests: 0). */
  botThinkTimeMs?: number | { min: number; max: number };
  /** Several processes: Socket.IO's Redis adapter (docs/deploy.md). Default: REDIS_URL, if set. */
  redis?: ClusterOptions | false;
  /** How long a room nobody is connected to stays in memory (default ROOM_IDLE_MS). */
  roomIdleMs?: number;
  /** Who may create sessions, how often (default: CREATE_PASSWORD, CREATE_LIMIT_* variables). */
  createLimits?: CreateLimits;
  /** A state snapshot every this many events (default SNAPSHOT_EVERY, or the SNAPSHOT_EVERY variable). */
  snapshotEvery?: number;
}

/**
 * How often a room writes its state: a restart then replays at most this many events of a
 * session, however long its log. One write of the state (~0.1–1 MB for an Assembly) per 500
 * events costs far less than the events themselves.
 */
export const SNAPSHOT_EVERY = Number(process.env.SNAPSHOT_EVERY) > 0 ? Number(process.env.SNAPSHOT_EVERY) : 500;

export interface App {
  http: HttpServer;
  io: HemicycleServer;
  rooms: RoomRegistry<LiveSessionState, LiveCommand, LiveEvent>;
  url: string;
  port: number;
  close(): Promise<void>;
}

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export async function createApp(options: AppOptions): Promise<App> {
  const { db, clock } = options;
  const http = createServer();

  let nextHandler: RequestHandler | null = null;
  let nextClose: (() => Promise<void>) | null = null;
  if (options.next) {
    const { default: next } = await import("next");
    const nextApp = next({
      dev: options.next.dev,
      dir: path.resolve(import.meta.dirname, ".."),
      hostname: options.host ?? "localhost",
      port: options.port ?? 3000,
      // Next needs the server only for its development hot-reload websocket.
      ...(options.next.dev ? { httpServer: http } : {}),
    });
    await nextApp.prepare();
    const handle = nextApp.getRequestHandler();
    nextHandler = (req, res) => handle(req, res);
    nextClose = () => nextApp.close();
  }

  // destroyUpgrade: false leaves other upgrade requests (Next's dev hot reload) alone. Payloads are
  // limited per command at the edge (64 KB, with a clear error); this is only the hard ceiling.
  const redis = options.redis ?? (process.env.REDIS_URL ? { url: process.env.REDIS_URL, key: process.env.REDIS_KEY_PREFIX } : false);
  const cluster = redis ? await connectCluster(redis) : null;
  const io: HemicycleServer = new Server(http, {
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: 1e6,
    ...(cluster && { adapter: cluster.adapter }),
  });
  // With several processes each one emits session events to its own sockets, in order (scaleout/cluster.ts).
  const broadcaster = createBroadcaster(cluster ? io.local : io);
  const engine: RoomEngine<LiveSessionState, LiveCommand, LiveEvent> = liveSessionEngine;
  const roomDeps = { engine, events: db.events, clock, snapshots: { store: db.snapshots, every: options.snapshotEvery ?? SNAPSHOT_EVERY } };
  const rooms = cluster
    ? createClusterRoomRegistry<LiveSessionState, LiveCommand, LiveEvent>(io, roomDeps, broadcaster.publish)
    : createRoomRegistry<LiveSessionState, LiveCommand, LiveEvent>({ ...roomDeps, publish: broadcaster.publish, singleWriter: true });
  const gate = createGate(options.createLimits ?? createLimitsFromEnv(), () => clock.now());
  // Once an idle room has gone (its snapshot written), the driver's record of recent queries goes too.
  const evict = (sessionId: string) => void rooms.evict(sessionId).then(forgetQueryHistory);
  const idle = idleRooms(io, { evict }, options.roomIdleMs ?? ROOM_IDLE_MS);
  const papers = createPaperService({ db, io, clock, rooms });
  const sessionDeps = {
    db,
    rooms,
    idle,
    bundle: { engine: liveSessionEngine, commandSchema: liveSessionEngine.commandSchema },
    around: papers.around,
  };
  // Per link, whatever carries its commands: the sockets it opens and its ballot form.
  const seatBudget = linkBudgets(clock);
  attachSockets(io, { clock, seatBudget, handlers: { ...sessionHandlers(sessionDeps), ...papers.handlers } });
  // The pages' server rendering reads a link's state as its join would (lib/protocol/live-view.ts).
  const withdrawLiveView = options.next ? provideLiveView(liveViews(sessionDeps)) : () => {};
  const commands = {
    budget: seatBudget,
    async commit(sessionId: string, command: LiveCommand, commandId: string, actor: Actor) {
      // A room loaded for a phone without scripts leaves memory as an idle room does.
      idle.busy(sessionId);
      try {
        return await commit(sessionDeps, sessionId, command, commandId, actor);
      } finally {
        idle.left(sessionId);
      }
    },
  };
  const simulation = createSimulationService({ selfUrl: () => `http://127.0.0.1:${port}`, thinkTimeMs: options.botThinkTimeMs });
  const asChair = async (sessionId: string, command: LiveCommand) => {
    const room = await rooms.get(sessionId);
    const result = await room.submit(command, `chair-http-${randomUUID()}`, { role: "chair" });
    return result.ok
      ? ({ ok: true, seq: result.seq, events: result.events } as const)
      : ({ ok: false, code: result.error.code, params: result.error.params } as const);
  };
  const revoke = (sessionId: string, tokens: string[]) => {
    for (const token of tokens) {
      io.to(tokenRoom(token)).emit("session:revoked", { sessionId });
      io.in(tokenRoom(token)).disconnectSockets(true);
    }
  };

  const headers = securityHeaders(options.next ? options.next.dev : false);
  http.on("request", (req, res) => {
    // Socket.IO answers its own path on this same server; everything else is ours or Next's.
    if (req.url?.startsWith("/socket.io/")) return;
    setSecurityHeaders(res, headers);
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      // A path the URL parser refuses ("//%F2…") is nobody's page; it must not take the server down.
      sendJson(res, 404, { ok: false, error: { code: "http.not_found", message: "Not found" } });
      return;
    }
    handleSessionsApi(req, res, url, {
      db,
      listenHost: options.host ?? "127.0.0.1",
      factory: sessionFactory,
      now: () => clock.now(),
      revoke,
      simulation,
      asChair,
      commands,
      createGate: gate,
      presence: (id) => connectedMembers(io, id),
    })
      .then((handled) => {
        if (handled) return;
        if (nextHandler) return nextHandler(req, res);
        sendJson(res, 404, { ok: false, error: { code: "http.not_found", message: "Not found" } });
      })
      .catch((error: unknown) => {
        console.error("[http]", error);
        if (res.headersSent) return;
        // The database refused (locked, full, unreachable): nothing was changed, the caller may retry.
        const storage = error instanceof StorageError;
        const code = storage ? "server.storage_unavailable" : "server.unavailable";
        sendJson(res, storage ? 503 : 500, { ok: false, error: { code, message: errorMessage(requestLocale(req), code) } });
      });
  });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const host = options.host ?? "127.0.0.1";

  return {
    http,
    io,
    rooms,
    port,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    async close() {
      withdrawLiveView();
      await simulation.stopAll();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
      await nextClose?.();
      await cluster?.close();
    },
  };
}
