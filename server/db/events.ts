/** The append-only session log. */
import type { RepositoryClient as Client } from "./client";

export interface NewEvent {
  type: string;
  payload: unknown;
  actor: string;
  at: Date;
  commandId?: string | null;
  /** Members who may see it; null or absent: the whole session. */
  audience?: string[] | null;
  /** The version of the rules engine that decided it (lib/session/engine-version.ts); null on older rows. */
  engineVersion?: string | null;
}

export interface StoredEvent extends NewEvent {
  sessionId: string;
  seq: number;
}

/** Another writer took one of the sequence numbers first: re-read the log and decide again. */
export class SequenceConflictError extends Error {
  constructor(
    readonly sessionId: string,
    readonly seq: number,
  ) {
    super(`Sequence ${seq} of session ${sessionId} is already taken`);
    this.name = "SequenceConflictError";
  }
}

export interface EventRepository {
  /** Appends events with consecutive sequence numbers after `lastSeq`, atomically. */
  append(sessionId: string, lastSeq: number, events: NewEvent[]): Promise<StoredEvent[]>;
  list(sessionId: string, afterSeq?: number, limit?: number): Promise<StoredEvent[]>;
  lastSeq(sessionId: string): Promise<number>;
  byCommand(sessionId: string, commandId: string): Promise<StoredEvent[]>;
}

/** The row an event is stored as. */
export function eventRow(sessionId: string, seq: number, event: NewEvent) {
  return {
    sessionId,
    seq,
    type: event.type,
    payload: JSON.stringify(event.payload ?? null),
    actor: event.actor,
    at: event.at,
    commandId: event.commandId ?? null,
    audience: event.audience ? JSON.stringify(event.audience) : null,
    engineVersion: event.engineVersion ?? null,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === "P2002" || /UNIQUE constraint failed|duplicate key/i.test(e?.message ?? "");
}

type Row = {
  sessionId: string;
  seq: number;
  type: string;
  payload: string;
  actor: string;
  at: Date;
  commandId: string | null;
  audience: string | null;
  engineVersion: string | null;
};

const COLUMNS = {
  sessionId: true,
  seq: true,
  type: true,
  payload: true,
  actor: true,
  at: true,
  commandId: true,
  audience: true,
  engineVersion: true,
} as const;

function fromRow(row: Row): StoredEvent {
  return {
    ...row,
    payload: JSON.parse(row.payload) as unknown,
    audience: row.audience ? (JSON.parse(row.audience) as string[]) : null,
  };
}

const INSERT_COLUMNS = '"sessionId", "seq", "type", "payload", "actor", "at", "commandId", "audience", "engineVersion"';
const PARAMETERS_PER_ROW = 9;
/** Rows per INSERT statement (9 parameters each, well under both databases' limits). */
const ROWS_PER_INSERT = 500;

/**
 * One multi-row INSERT per ROWS_PER_INSERT events: a single statement is atomic on both databases,
 * and costs a fraction of Prisma's one `create` per event inside a transaction (measured on SQLite:
 * 0.7 against 2.0 ms of CPU for one event, 3 against 46 ms for fifty). Dates are bound as each
 * database's Prisma client stores them: SQLite text "2026-12-01T10:00:00.123+00:00", a PostgreSQL
 * timestamp(3) from the Date.
 */
function insertStatements(provider: "sqlite" | "postgres", rows: ReturnType<typeof eventRow>[]): Array<{ sql: string; args: unknown[] }> {
  const statements = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    let n = 0;
    const placeholder = () => (provider === "postgres" ? `$${++n}` : "?");
    const values = chunk.map(() => `(${Array.from({ length: PARAMETERS_PER_ROW }, placeholder).join(", ")})`).join(", ");
    const args = chunk.flatMap((r) => [
      r.sessionId,
      r.seq,
      r.type,
      r.payload,
      r.actor,
      provider === "postgres" ? r.at : r.at.toISOString().replace(/Z$/, "+00:00"),
      r.commandId,
      r.audience,
      r.engineVersion,
    ]);
    statements.push({ sql: `INSERT INTO "SessionEvent" (${INSERT_COLUMNS}) VALUES ${values}`, args });
  }
  return statements;
}

export function createEventRepository(prisma: Client, provider: "sqlite" | "postgres" = "sqlite"): EventRepository {
  return {
    async append(sessionId, lastSeq, events) {
      const rows = events.map((event, i) => eventRow(sessionId, lastSeq + 1 + i, event));
      const statements = insertStatements(provider, rows);
      try {
        if (statements.length === 1) await prisma.$executeRawUnsafe(statements[0]!.sql, ...statements[0]!.args);
        else await prisma.$transaction(statements.map(({ sql, args }) => prisma.$executeRawUnsafe(sql, ...args)));
      } catch (error) {
        if (isUniqueViolation(error)) throw new SequenceConflictError(sessionId, lastSeq + 1);
        throw error;
      }
      return rows.map(fromRow);
    },
    async list(sessionId, afterSeq = 0, limit) {
      const rows = await prisma.sessionEvent.findMany({
        where: { sessionId, seq: { gt: afterSeq } },
        orderBy: { seq: "asc" },
        take: limit,
        select: COLUMNS,
      });
      return rows.map(fromRow);
    },
    async lastSeq(sessionId) {
      const last = await prisma.sessionEvent.findFirst({ where: { sessionId }, orderBy: { seq: "desc" }, select: { seq: true } });
      return last?.seq ?? 0;
    },
    async byCommand(sessionId, commandId) {
      const rows = await prisma.sessionEvent.findMany({
        where: { sessionId, commandId },
        orderBy: { seq: "asc" },
        select: COLUMNS,
      });
      return rows.map(fromRow);
    },
  };
}
