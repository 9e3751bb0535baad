/**
 * The one protocol between browsers (and scripts) and the server: typed event maps used by both
 * `new Server<…>` and `io<…>`, the zod schema of every inbound payload, and the version checked at
 * the handshake. Commands are present-tense requests answered with a Reply; broadcasts are
 * past-tense facts.
 */
import { z } from "zod";
import type { Ack } from "./reply";
import { PAPER_LIMITS } from "@/lib/papers/limits";

export * from "./reply";

// In its own file so that browsers get it without the schemas (and zod) below.
export { PROTOCOL_VERSION } from "./version";

/** Stable error codes of the transport layer (the rules engine has its own). */
export const PROTOCOL_ERRORS = [
  "protocol.version_mismatch",
  "protocol.unknown_event",
  "protocol.invalid_payload",
  "protocol.payload_too_large",
  "protocol.missing_ack",
  "rate.limited",
  "auth.invalid_token",
  "auth.revoked",
  "auth.forbidden",
  "auth.too_many_devices",
  "session.not_found",
  "session.not_joined",
  "server.unavailable",
  "server.storage_unavailable",
  "server.busy",
] as const;

/** Largest inbound payload, serialized (a whole draft resolution is ~15 KB). */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/**
 * Commands per second per link (sustained, shared by every socket that link opens), and the burst
 * allowed above it. A command costs 1 plus 1 per `bytesPerUnit` of payload: a long amendment
 * (5 000 characters) weighs as much as six ballots.
 */
export const RATE_LIMIT = { perSecond: 20, burst: 40, bytesPerUnit: 1024 } as const;
export type ProtocolErrorCode = (typeof PROTOCOL_ERRORS)[number];

/** What a client sends in the handshake (`io(url, { auth })`). */
export const handshakeSchema = z.object({
  protocol: z.number().int(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const joinSchema = z
  .object({
    sessionId: idSchema,
    token: z
      .string()
      .min(16)
      .max(128)
      .regex(/^[A-Za-z0-9_-]+$/),
    /** The last sequence number this client has applied (0 for a new client). */
    lastSeq: z.number().int().min(0).default(0),
  })
  .strict();
export type JoinPayload = z.input<typeof joinSchema>;

export const commandEnvelopeSchema = z
  .object({
    sessionId: idSchema,
    /** Client-generated; a retry carries the same id and gets the original reply. */
    commandId: idSchema,
    /** Validated by the session engine's own schema (lib/session). */
    command: z.unknown(),
  })
  .strict();
/** A command as sent: `C` is the session engine's command type (validated by its own schema on arrival). */
export type CommandEnvelope<C = unknown> = Omit<z.infer<typeof commandEnvelopeSchema>, "command"> & { command: C };

/** What an accepted command is answered with: the sequence number of its last event, and how many it had. */
export interface CommandAccepted {
  seq: number;
  events: number;
}

export const pingSchema = z.object({ clientTime: z.number().finite() }).strict();
export type PingPayload = z.infer<typeof pingSchema>;

const base64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** A working paper's Yjs state vector: the server answers what the client lacks (docs/working-papers.md). */
export const paperSyncSchema = z
  .object({ sessionId: idSchema, paperId: idSchema, stateVector: base64(PAPER_LIMITS.stateVectorChars) })
  .strict();
export type PaperSyncPayload = z.infer<typeof paperSyncSchema>;

/** One Yjs update of a working paper, base64. */
export const paperUpdateSchema = z
  .object({ sessionId: idSchema, paperId: idSchema, update: base64(PAPER_LIMITS.updateChars).min(1) })
  .strict();
export type PaperUpdatePayload = z.infer<typeof paperUpdateSchema>;

/** The answer to paper:sync: what the client lacks, and the server's state vector (the client then sends what the server lacks). */
export interface PaperSynced {
  update: string;
  stateVector: string;
}

/** An update another author's device sent, accepted and stored. */
export interface PaperUpdateMessage {
  sessionId: string;
  paperId: string;
  update: string;
  author: string;
}

export interface Hello {
  version: string;
  protocol: number;
  serverTime: number;
}

export interface WireEvent<E = unknown> {
  seq: number;
  at: number;
  event: E;
}

export interface JoinResult<S = unknown, E = unknown> {
  sessionId: string;
  role: "chair" | "delegation" | "screen" | "observer";
  member: string | null;
  seq: number;
  snapshot: S | null;
  events: WireEvent<E>[] | null;
}

export interface EventsMessage<E = unknown> {
  sessionId: string;
  /** The events of the batch this client may see (possibly none), in sequence order. */
  events: WireEvent<E>[];
  /** The sequence number the batch follows: higher than the client's own, it missed a message. */
  fromSeq?: number;
  lastSeq: number;
}

/**
 * What a client sends. Generic in the session engine's command (`C`), state (`S`) and event (`E`)
 * types: the browser and scripts use them with lib/session's; the server, engine-agnostic, with
 * `unknown` (it validates every payload at the edge anyway).
 */
export interface ClientToServerEvents<C = unknown, S = unknown, E = unknown> {
  /** Measures the round trip; answers the server's clock. */
  "system:ping": (payload: PingPayload, ack: Ack<{ clientTime: number; serverTime: number }>) => void;
  /** Joins a session with a link's token; answers what the client missed since `lastSeq`. */
  "session:join": (payload: JoinPayload, ack: Ack<JoinResult<S, E>>) => void;
  /** A procedural command (see lib/session and docs/protocol.md). */
  "session:command": (payload: CommandEnvelope<C>, ack: Ack<CommandAccepted>) => void;
  /** A working paper: its state vector in, what it lacks out (authors, invited delegations and the chair). */
  "paper:sync": (payload: PaperSyncPayload, ack: Ack<PaperSynced>) => void;
  /** A working paper's update: checked, stored, then acknowledged and sent to the other authors. */
  "paper:update": (payload: PaperUpdatePayload, ack: Ack<{ stored: number }>) => void;
}

export interface ServerToClientEvents<E = unknown> {
  /** Sent once on connection. */
  "system:hello": (hello: Hello) => void;
  /** Committed events, coalesced per tick, in sequence order. */
  "session:events": (message: EventsMessage<E>) => void;
  /** This device's link was revoked by the chair. */
  "session:revoked": (message: { sessionId: string }) => void;
  /** To the chair: the delegations with a connected device (ephemeral, never in the log). */
  "session:presence": (message: PresenceMessage) => void;
  /** A working paper's update from another author's device. */
  "paper:update": (message: PaperUpdateMessage) => void;
}

export interface PresenceMessage {
  sessionId: string;
  connected: string[];
}

/** Every server-to-client event, by name: the compiler keeps it in step with the map above (docs test). */
export const OUTBOUND_EVENTS = {
  "system:hello": true,
  "session:events": true,
  "session:revoked": true,
  "session:presence": true,
  "paper:update": true,
} as const satisfies Record<keyof ServerToClientEvents, true>;

/** The inbound schemas, by event name: the server validates every payload against its entry. */
export const inboundSchemas = {
  "system:ping": pingSchema,
  "session:join": joinSchema,
  "session:command": commandEnvelopeSchema,
  "paper:sync": paperSyncSchema,
  "paper:update": paperUpdateSchema,
} satisfies { [E in keyof ClientToServerEvents]: z.ZodType };

export type InboundEvent = keyof typeof inboundSchemas;

export function isInboundEvent(name: string): name is InboundEvent {
  return Object.hasOwn(inboundSchemas, name);
}

/** The data carried by a refused handshake's `connect_error` (`err.data`). */
export interface ConnectErrorData {
  code: ProtocolErrorCode;
  serverProtocol: number;
  /** Which side must be updated: the client (reload the page) or the server. */
  tooOld: "client" | "server";
}
