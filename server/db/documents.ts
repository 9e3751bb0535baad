import type { RepositoryClient as Client } from "./client";

export interface DocumentRecord {
  id: string;
  kind: string;
  organ: string | null;
  title: string;
  locale: string;
  source: string;
  bundled: boolean;
  createdAt: Date;
}

export interface DocumentRepository {
  /** Inserts or refreshes a document (the seed re-runs at every start-up). */
  upsert(doc: Omit<DocumentRecord, "createdAt">): Promise<DocumentRecord>;
  get(id: string): Promise<DocumentRecord | null>;
  list(): Promise<Omit<DocumentRecord, "source">[]>;
}

export function createDocumentRepository(prisma: Client): DocumentRepository {
  return {
    upsert: (doc) => prisma.document.upsert({ where: { id: doc.id }, create: doc, update: doc }),
    get: (id) => prisma.document.findUnique({ where: { id } }),
    list: () =>
      prisma.document.findMany({
        orderBy: [{ bundled: "desc" }, { title: "asc" }],
        select: { id: true, kind: true, organ: true, title: true, locale: true, bundled: true, createdAt: true },
      }),
  };
}
