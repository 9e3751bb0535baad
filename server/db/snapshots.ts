/**
 * The latest reduced state of each session (`StateSnapshot`): an optimisation of restarts only. A
 * room loads it, then the log's tail after it; the log stays the truth, so a snapshot that is
 * missing, unreadable or from another engine version is simply not used.
 */
import type { RepositoryClient as Client } from "./client";

export interface StateSnapshot {
  /** The sequence number of the last event the state includes. */
  seq: number;
  /** The engine version that reduced it (lib/session/engine-version.ts). */
  version: string;
  state: unknown;
}

export interface SnapshotRepository {
  latest(sessionId: string): Promise<StateSnapshot | null>;
  /** Replaces the session's snapshot with this one (the state already serialised). */
  save(sessionId: string, snapshot: { seq: number; version: string; json: string }): Promise<void>;
}

export function createSnapshotRepository(prisma: Client): SnapshotRepository {
  return {
    async latest(sessionId) {
      const row = await prisma.stateSnapshot.findUnique({ where: { sessionId } });
      if (!row) return null;
      return { seq: row.seq, version: row.version, state: JSON.parse(row.state) as unknown };
    },
    async save(sessionId, { seq, version, json }) {
      const data = { seq, version, state: json, at: new Date() };
      await prisma.stateSnapshot.upsert({ where: { sessionId }, create: { sessionId, ...data }, update: data });
    },
  };
}
