/**
 * The one protocol between browsers (and scripts) and the server: typed event maps used by both
 * `new Server<…>` and `io<…>`, the zod schema of every inbound payload, and the version checked at
 * the handshake. Commands are present-tense requests answered with a Reply; broadcasts are
 * past-tense facts.
 */
import { z } from "zod";
import type { Ack } from "./reply";

export * from "./reply";

/** Bumped on any incompatible change; a client on another version is refused at the handshake. */
export const PROTOCOL_VERSION = 1;

/** Stable error codes of the transport layer (the rules engine has its own). */
export const PROTOCOL_ERRORS = [
  "protocol.version_mismatch",
  "protocol.unknown_event",
  "protocol.invalid_payload",
  "protocol.missing_ack",
  "server.unavailable",
] as const;
export type ProtocolErrorCode = (typeof PROTOCOL_ERRORS)[number];

/** What a client sends in the handshake (`io(url, { auth })`). */
export const handshakeSchema = z.object({
  protocol: z.number().int(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

export const pingSchema = z.object({ clientTime: z.number().finite() }).strict();
export type PingPayload = z.infer<typeof pingSchema>;

export interface Hello {
  version: string;
  protocol: number;
  serverTime: number;
}

export interface ClientToServerEvents {
  /** Measures the round trip; answers the server's clock. */
  "system:ping": (payload: PingPayload, ack: Ack<{ clientTime: number; serverTime: number }>) => void;
}

export interface ServerToClientEvents {
  /** Sent once on connection. */
  "system:hello": (hello: Hello) => void;
}

/** The inbound schemas, by event name: the server validates every payload against its entry. */
export const inboundSchemas = {
  "system:ping": pingSchema,
} satisfies { [E in keyof ClientToServerEvents]: z.ZodType };

export type InboundEvent = keyof typeof inboundSchemas;

export function isInboundEvent(name: string): name is InboundEvent {
  return Object.hasOwn(inboundSchemas, name);
}

/** The data carried by a refused handshake's `connect_error` (`err.data`). */
export interface ConnectErrorData {
  code: ProtocolErrorCode;
  serverProtocol: number;
}
