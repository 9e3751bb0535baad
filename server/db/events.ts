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
}

export interface StoredEvent extends NewEvent {
  sessionId: string;
  seq: number;
}

/** Another writer took one of the sequence numbers first: re-read the log and decide again. */
export class SequenceConflictError extends Error {
  constructor(readonly sessionId: string, readonly seq: number) {
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
};

const COLUMNS = { sessionId: true, seq: true, type: true, payload: true, actor: true, at: true, commandId: true, audience: true } as const;

function fromRow(row: Row): StoredEvent {
  return {
    ...row,
    payload: JSON.parse(row.payload) as unknown,
    audience: row.audience ? (JSON.parse(row.audience) as string[]) : null,
  };
}

export function createEventRepository(prisma: Client): EventRepository {
  return {
    async append(sessionId, lastSeq, events) {
      const rows = events.map((event, i) => eventRow(sessionId, lastSeq + 1 + i, event));
      try {
        await prisma.$transaction(rows.map((data) => prisma.sessionEvent.create({ data })));
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
