/**
 * Who may create sessions, how often: creating one writes a log and a link per delegation (193 for
 * an Assembly), so anonymous creations are bounded per address and in all, run one at a time, and
 * a public deployment can require a password (CREATE_PASSWORD). Refusals are 429 (or 401) with a
 * translated message and a Retry-After.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { bucketsByKey, tokenBucket } from "../rate-limit";

export interface CreateLimits {
  /** Sessions one address may create per hour (a school behind one address shares it). */
  perAddressPerHour: number;
  /** Sessions the whole server creates per hour. */
  globalPerHour: number;
  /** When set, creating a session needs it (header `x-create-password`). */
  password: string | null;
  /** Behind a reverse proxy: the client's address is the first of X-Forwarded-For. */
  trustProxy: boolean;
}

/** For tests and benchmarks, which create hundreds of sessions from one address. */
export const UNLIMITED_CREATION: CreateLimits = { perAddressPerHour: 1e9, globalPerHour: 1e9, password: null, trustProxy: false };

const positive = (value: string | undefined, fallback: number) => (Number(value) > 0 ? Number(value) : fallback);

export function createLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): CreateLimits {
  return {
    perAddressPerHour: positive(env.CREATE_LIMIT_PER_ADDRESS, 30),
    globalPerHour: positive(env.CREATE_LIMIT_GLOBAL, 300),
    password: env.CREATE_PASSWORD ? env.CREATE_PASSWORD : null,
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
  };
}

export type CreateRefusal = { status: 401 | 429; code: string; params?: Record<string, number>; retryAfterSeconds?: number };

export function createGate(limits: CreateLimits, now: () => number) {
  const perSecond = (perHour: number) => perHour / 3600;
  const byAddress = bucketsByKey(perSecond(limits.perAddressPerHour), limits.perAddressPerHour, now);
  const global = tokenBucket(perSecond(limits.globalPerHour), limits.globalPerHour, now);
  let queue: Promise<unknown> = Promise.resolve();
  const wait = (perHour: number) => Math.ceil(3600 / perHour);

  return {
    /** Checks the password and takes one creation from the address's and the server's budget. */
    admit(req: IncomingMessage): CreateRefusal | null {
      if (limits.password !== null && !samePassword(req.headers["x-create-password"], limits.password))
        return { status: 401, code: "session.create_password" };
      if (!byAddress(clientAddress(req, limits.trustProxy)).take()) {
        const seconds = wait(limits.perAddressPerHour);
        return { status: 429, code: "session.create_limited", params: { minutes: Math.ceil(seconds / 60) }, retryAfterSeconds: seconds };
      }
      if (!global.take()) {
        const seconds = wait(limits.globalPerHour);
        return { status: 429, code: "session.create_capacity", params: { minutes: Math.ceil(seconds / 60) }, retryAfterSeconds: seconds };
      }
      return null;
    },
    /** Creations run one after the other: a burst of them waits instead of stalling every session. */
    serialized<T>(fn: () => Promise<T>): Promise<T> {
      const next = queue.then(fn, fn);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

export type CreateGate = ReturnType<typeof createGate>;

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? (req.headers["x-forwarded-for"] as string | undefined)?.split(",")[0]?.trim() : undefined;
  return forwarded || req.socket.remoteAddress || "unknown";
}

function samePassword(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
