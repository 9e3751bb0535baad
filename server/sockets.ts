/**
 * The Socket.IO edge: the handshake's protocol check, then for every inbound event: known name,
 * an ack to answer, a payload that passes its zod schema — before any handler runs.
 */
import type { Server, Socket } from "socket.io";
import {
  PROTOCOL_VERSION,
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
import { APP_VERSION } from "./version";

export type HemicycleServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type HemicycleSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SocketData {
  locale: Locale;
}

export function localizedFail(locale: Locale, code: string, params?: Record<string, string | number>) {
  return fail(code, errorMessage(locale, code, params), params);
}

export function attachSockets(io: HemicycleServer, deps: { clock: Clock }): void {
  io.use((socket, next) => {
    const locale = toLocale(socket.handshake.auth?.locale);
    socket.data.locale = locale;
    const handshake = handshakeSchema.safeParse(socket.handshake.auth);
    if (!handshake.success || handshake.data.protocol !== PROTOCOL_VERSION) {
      const error = new Error(
        errorMessage(locale, "protocol.version_mismatch", { server: PROTOCOL_VERSION }),
      ) as Error & { data: ConnectErrorData };
      error.data = { code: "protocol.version_mismatch", serverProtocol: PROTOCOL_VERSION };
      next(error);
      return;
    }
    next();
  });

  io.on("connection", (socket) => {
    socket.emit("system:hello", { version: APP_VERSION, protocol: PROTOCOL_VERSION, serverTime: deps.clock.now() });

    // Every inbound event goes through here first; handlers below only see valid payloads.
    socket.onAny((event: string, ...args: unknown[]) => {
      const ack = args.at(-1);
      if (isInboundEvent(event)) return;
      if (typeof ack === "function") (ack as (r: Reply) => void)(localizedFail(socket.data.locale, "protocol.unknown_event", { event: String(event).slice(0, 64) }));
    });

    on(socket, "system:ping", (payload, ack) => ack(ok({ clientTime: payload.clientTime, serverTime: deps.clock.now() })));
  });
}

type Handler<E extends keyof ClientToServerEvents> = (
  payload: Parameters<ClientToServerEvents[E]>[0],
  ack: Parameters<ClientToServerEvents[E]>[1],
) => void | Promise<void>;

/** Registers a handler behind the payload's zod schema and a guaranteed ack. */
function on<E extends keyof ClientToServerEvents>(socket: HemicycleSocket, event: E, handler: Handler<E>): void {
  const schema = inboundSchemas[event];
  const listener = (...args: unknown[]) => {
    const ack = args.at(-1);
    if (typeof ack !== "function") return; // every command must be acknowledged: nothing to answer to
    const reply = ack as (r: Reply) => void;
    const parsed = schema.safeParse(args.length > 1 ? args[0] : undefined);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      reply(localizedFail(socket.data.locale, "protocol.invalid_payload", { path: issue?.path.join(".") || "(root)" }));
      return;
    }
    Promise.resolve(handler(parsed.data as Parameters<Handler<E>>[0], reply as Parameters<Handler<E>>[1])).catch((error: unknown) => {
      console.error(`[socket] ${event} failed`, error);
      reply(localizedFail(socket.data.locale, "server.unavailable"));
    });
  };
  socket.on(event, listener as never);
}
