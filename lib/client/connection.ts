/**
 * The browser's (and scripts') connection to the server: a typed socket.io-client socket that
 * presents the protocol version at the handshake, and a small status machine a UI can show.
 */
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ConnectErrorData, ServerToClientEvents } from "@/lib/protocol";
import { PROTOCOL_VERSION } from "@/lib/protocol/version";

/** A socket speaking the protocol, typed with a session engine's command, state and event types. */
export type HemicycleClientSocket<C = unknown, S = unknown, E = unknown> = Socket<ServerToClientEvents<E>, ClientToServerEvents<C, S, E>>;

/** `client-too-old` / `server-too-old`: the two sides speak different protocol versions; the named one must be updated. */
export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "client-too-old" | "server-too-old" | "offline";

export interface ConnectionOptions {
  url?: string;
  locale?: string;
  protocol?: number;
  onStatus?: (status: ConnectionStatus, detail?: { serverProtocol?: number; serverVersion?: string }) => void;
  /** Extra socket.io-client options (tests use forceNew and a single transport). */
  transports?: ("websocket" | "polling")[];
}

/**
 * The WebSocket first, long-polling only if it cannot open (a proxy that refuses the upgrade):
 * polling first costs a phone three more round trips before its first command (the handshake,
 * the namespace's connect, the upgrade) — 6 s on a slow 3G link.
 */
export const DEFAULT_TRANSPORTS: ("websocket" | "polling")[] = ["websocket", "polling"];

export function connect<C = unknown, S = unknown, E = unknown>(options: ConnectionOptions = {}): HemicycleClientSocket<C, S, E> {
  const { onStatus = () => {} } = options;
  const auth = { protocol: options.protocol ?? PROTOCOL_VERSION, locale: options.locale };
  const transports = { transports: options.transports ?? DEFAULT_TRANSPORTS, tryAllTransports: true };
  const socket: HemicycleClientSocket<C, S, E> = options.url
    ? io(options.url, { auth, forceNew: true, ...transports })
    : io({ auth, ...transports });

  onStatus("connecting");
  socket.on("connect", () => onStatus("connected"));
  socket.on("system:hello", (hello) => onStatus("connected", { serverVersion: hello.version }));
  socket.on("disconnect", (reason) => {
    // A disconnect we asked for is final; any other one is followed by automatic reconnection.
    onStatus(reason === "io client disconnect" ? "offline" : "reconnecting");
  });
  socket.on("connect_error", (error) => {
    const data = (error as Error & { data?: ConnectErrorData }).data;
    if (data?.code === "protocol.version_mismatch") {
      // Retrying cannot help: this page is older or newer than the server. Stop and say which.
      socket.disconnect();
      onStatus(data.tooOld === "client" ? "client-too-old" : "server-too-old", { serverProtocol: data.serverProtocol });
      return;
    }
    onStatus("reconnecting");
  });
  return socket;
}
