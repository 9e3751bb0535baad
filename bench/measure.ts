/** Small measuring tools shared by the scenarios: percentiles, raw sockets, fan-out rounds, bursts. */
import { io, type Socket } from "socket.io-client";
import { PROTOCOL_VERSION } from "@/lib/protocol";

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles, in the unit of the samples. */
export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN };
}

/** A seeded PRNG: the same run makes the same choices (the simulated delegations' own). */
export { mulberry32 as prng } from "@/lib/bots/rng";

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type Reply = { ok: boolean; seq?: number; error?: { code: string; message?: string } } & Record<string, unknown>;

/** A bare socket.io-client socket (websocket only, no reconnection): what the load generator drives. */
export function rawSocket(url: string): Promise<Socket> {
  const socket = io(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    auth: { protocol: PROTOCOL_VERSION, locale: "en" },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("connect timeout")), 20_000);
    socket.once("connect", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("connect_error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Connects `n` sockets, a few at a time. */
export async function rawSockets(url: string, n: number, concurrency = 50): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < n; i += concurrency) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, n - i) }, () => rawSocket(url)))));
  }
  return sockets;
}

export async function ask(socket: Socket, event: string, payload: unknown, timeoutMs = 30_000): Promise<Reply> {
  return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Reply;
}

let counter = 0;
export const commandId = (prefix = "b") =>
  `${prefix}${process.pid.toString(36)}x${(counter++).toString(36)}x${Math.random().toString(36).slice(2, 8)}`;

export interface Round {
  /** Emit → the last receiver's first message. */
  lastMs: number;
  ackMs: number;
  reply: Reply;
  /** Receivers that got nothing within the time limit. */
  missing: number;
  /** The serialized size of the message one receiver got. */
  bytes: number;
  /** That message (the baseline broadcasts the same one). */
  message: unknown;
}

/**
 * One fan-out round: `send` emits (and resolves with the ack); every receiver's first `event`
 * afterwards is timed. Nothing else may be broadcast meanwhile.
 */
export async function fanOutRound(receivers: Socket[], event: string, send: () => Promise<Reply>, timeoutMs = 10_000): Promise<Round> {
  let remaining = receivers.length;
  let last = 0;
  let bytes = 0;
  let first: unknown = null;
  const listeners: Array<[Socket, (...args: unknown[]) => void]> = [];
  let finish!: () => void;
  const all = new Promise<void>((resolve) => (finish = resolve));
  receivers.forEach((socket, i) => {
    const listener = (message: unknown) => {
      last = performance.now();
      if (i === 0) {
        first = message;
        bytes = JSON.stringify(message).length;
      }
      socket.off(event, listener);
      if (--remaining === 0) finish();
    };
    socket.on(event, listener);
    listeners.push([socket, listener]);
  });
  const t0 = performance.now();
  const acked = send().then((reply) => ({ reply, at: performance.now() }));
  const timer = sleep(timeoutMs);
  await Promise.race([all, timer]);
  for (const [socket, listener] of listeners) socket.off(event, listener);
  const { reply, at } = await acked;
  return { lastMs: last - t0, ackMs: at - t0, reply, missing: remaining, bytes, message: first };
}

export interface Burst {
  ackMs: number[];
  replies: Reply[];
  /** Emit of the first ballot → the moment every receiver had counted `expected` items. */
  allSeenMs: number;
  /** Receivers that had not counted `expected` items within the time limit. */
  short: number;
}

/**
 * Every sender emits at the same moment (one synchronous loop); each receiver counts the items
 * (`count(message)`) it gets until it has `expected`.
 */
export async function burstRound(
  senders: Socket[],
  receivers: Socket[],
  event: string,
  count: (message: unknown) => number,
  expected: number,
  send: (socket: Socket, i: number) => Promise<Reply>,
  timeoutMs = 60_000,
): Promise<Burst> {
  let remaining = receivers.length;
  let last = 0;
  let finish!: () => void;
  const all = new Promise<void>((resolve) => (finish = resolve));
  const listeners = receivers.map((socket) => {
    let seen = 0;
    const listener = (message: unknown) => {
      seen += count(message);
      if (seen >= expected && seen - count(message) < expected) {
        last = performance.now();
        if (--remaining === 0) finish();
      }
    };
    socket.on(event, listener);
    return [socket, listener] as const;
  });
  const t0 = performance.now();
  const ackMs: number[] = new Array(senders.length).fill(NaN);
  const replies = Promise.all(
    senders.map((socket, i) =>
      send(socket, i).then(
        (reply) => ((ackMs[i] = performance.now() - t0), reply),
        (error: Error): Reply => ({ ok: false, error: { code: "client.timeout", message: error.message } }),
      ),
    ),
  );
  await Promise.race([all, sleep(timeoutMs)]);
  for (const [socket, listener] of listeners) socket.off(event, listener);
  return { ackMs, replies: await replies, allSeenMs: last - t0, short: remaining };
}

export function closeAll(sockets: Socket[]): void {
  for (const socket of sockets) socket.disconnect();
}
