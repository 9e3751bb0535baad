/**
 * The working papers' Yjs updates (`PaperUpdate`), one row per accepted update with its author:
 * appended before the update is acknowledged, read back in order to rebuild a paper (and, with
 * several processes, to catch up with the updates another process accepted).
 */
import type { RepositoryClient as Client } from "./client";

export interface StoredPaperUpdate {
  id: number;
  author: string;
  update: Uint8Array;
  at: Date;
}

export interface PaperRepository {
  /** Appends one update; answers its row id (the order of the paper's updates). */
  append(entry: { sessionId: string; paperId: string; author: string; update: Uint8Array; at: Date }): Promise<number>;
  /**
   * The paper's updates after row `afterId`, in order. By session too: a paper's id is its author
   * and the time, which another session's paper may share — their texts must never mix.
   */
  since(sessionId: string, paperId: string, afterId: number): Promise<StoredPaperUpdate[]>;
}

export function createPaperRepository(prisma: Client): PaperRepository {
  return {
    async append({ sessionId, paperId, author, update, at }) {
      const row = await prisma.paperUpdate.create({
        data: { sessionId, paperId, author, update: Buffer.from(update), at },
        select: { id: true },
      });
      return row.id;
    },
    async since(sessionId, paperId, afterId) {
      const rows = await prisma.paperUpdate.findMany({
        where: { sessionId, paperId, id: { gt: afterId } },
        orderBy: { id: "asc" },
        select: { id: true, author: true, update: true, at: true },
      });
      return rows.map((r) => ({ id: r.id, author: r.author, update: new Uint8Array(r.update), at: r.at }));
    },
  };
}
