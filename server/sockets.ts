/**
 * The Socket.IO edge: the handshake's protocol check, then for every inbound event: a known name,
 * an ack to answer, a size limit, a rate limit, and a payload that passes its zod schema — before
 * any handler runs. Handlers only ever see valid payloads.
 */
import type { Server, Socket } from "socket.io";
import {
  MAX_PAYLOAD_BYTES,
  PROTOCOL_VERSION,
  RATE_LIMIT,
  fail,
  handshakeSchema,
  inboundSchemas,
  isInboundEvent,
  ok,
  type ClientToServerEvents,
  type ConnectErrorData,
  type Reply,
  type ServerToClientEvents,
} from "@/lib/protocol";
import { toLocale, type Locale } from "@/lib/i18n/config";
import { errorMessage } from "@/lib/i18n/messages";
import type { Clock } from "./clock";
import { bucketsByKey, tokenBucket, type TokenBucket } from "./rate-limit";
import type { Actor } from "./room";
import { APP_VERSION } from "./version";
import { StorageError } from "./db/storage-guard";
import { firstIssue } from "@/lib/util/zod-issue";

export interface SocketData {
  locale: Locale;
  /** Set by a successful session:join. */
  joined?: { sessionId: string; actor: Actor; token: string };
}

export type HemicycleServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type HemicycleSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export function localizedFail(locale: Locale, code: string, params?: Record<string, string | number>) {
  return fail(code, errorMessage(locale, code, params), params);
}

type Handler<E extends keyof ClientToServerEvents> = (
  socket: HemicycleSocket,
  payload: (typeof inboundSchemas)[E]["_output"],
  ack: Parameters<ClientToServerEvents[E]>[1],
) => void | Promise<void>;

export type Handlers = { [E in keyof ClientToServerEvents]: Handler<E> };

export function attachSockets(
  io: HemicycleServer,
  deps: {
    clock: Clock;
    handlers: Omit<Handlers, "system:ping">;
    /** Each link's budget; given by the app so that its HTTP commands (the ballot form) draw on the same one. */
    seatBudget?: (token: string) => TokenBucket;
  },
): void {
  const handlers: Handlers = {
    "system:ping": (_socket, payload, ack) => ack(ok({ clientTime: payload.clientTime, serverTime: deps.clock.now() })),
    ...deps.handlers,
  };

  io.use((socket, next) => {
    const locale = toLocale(socket.handshake.auth?.locale);
    socket.data.locale = locale;
    const handshake = handshakeSchema.safeParse(socket.handshake.auth);
    if (!handshake.success || handshake.data.protocol !== PROTOCOL_VERSION) {
      // A client that names no version predates the versioned handshake: it is the older one.
      const client = handshake.success ? handshake.data.protocol : 0;
      const tooOld = client < PROTOCOL_VERSION ? "client" : "server";
      const error = new Error(
        errorMessage(locale, "protocol.version_mismatch", { side: tooOld, server: PROTOCOL_VERSION, client }),
      ) as Error & {
        data: ConnectErrorData;
      };
      error.data = { code: "protocol.version_mismatch", serverProtocol: PROTOCOL_VERSION, tooOld };
      next(error);
      return;
    }
    next();
  });

  // Per link, not per socket: opening more sockets with the same link buys no more commands.
  const seatBucket = deps.seatBudget ?? linkBudgets(deps.clock);

  io.on("connection", (socket) => {
    socket.emit("system:hello", { version: APP_VERSION, protocol: PROTOCOL_VERSION, serverTime: deps.clock.now() });
    // Until it has joined, a socket has its own bucket (its join attempts and pings).
    const unjoined = tokenBucket(RATE_LIMIT.perSecond, RATE_LIMIT.burst, () => deps.clock.now());

    socket.onAny((event: string, ...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack !== "function") return; // nothing to answer to (every command must ask for an ack)
      const reply = ack as (r: Reply) => void;
      const locale = socket.data.locale;
      if (!isInboundEvent(event)) {
        reply(localizedFail(locale, "protocol.unknown_event", { event: String(event).slice(0, 64) }));
        return;
      }
      const payload = args.length > 1 ? args[0] : undefined;
      const bytes = payloadSize(payload);
      const token = socket.data.joined?.token;
      const bucket = token ? seatBucket(token) : unjoined;
      // Weighted by size: what a command costs the server (parsing, the log, every screen) grows with
      // its text. An oversized payload is refused unread, for the price of a ballot.
      if (!bucket.take(bytes > MAX_PAYLOAD_BYTES ? 1 : 1 + Math.floor(bytes / RATE_LIMIT.bytesPerUnit))) {
        reply(localizedFail(locale, "rate.limited"));
        return;
      }
      if (bytes > MAX_PAYLOAD_BYTES) {
        reply(localizedFail(locale, "protocol.payload_too_large", { bytes, max: MAX_PAYLOAD_BYTES }));
        return;
      }
      const parsed = inboundSchemas[event].safeParse(payload);
      if (!parsed.success) {
        reply(localizedFail(locale, "protocol.invalid_payload", { path: firstIssue(parsed.error).path }));
        return;
      }
      const handler = handlers[event] as Handler<typeof event>;
      Promise.resolve(handler(socket, parsed.data as never, reply as never)).catch((error: unknown) => {
        console.error(`[socket] ${event} failed`, error);
        reply(localizedFail(locale, error instanceof StorageError ? "server.storage_unavailable" : "server.unavailable"));
      });
    });
  });
}

/** One budget per link (RATE_LIMIT), whatever carries its commands. */
export const linkBudgets = (clock: Clock) => bucketsByKey(RATE_LIMIT.perSecond, RATE_LIMIT.burst, () => clock.now());

function payloadSize(payload: unknown): number {
  if (payload === undefined) return 0;
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? "");
  } catch {
    return Number.POSITIVE_INFINITY; // cyclic or otherwise unserializable: refuse it
  }
}
