import type { RepositoryClient as Client } from "./client";

export interface DocumentRecord {
  id: string;
  kind: string;
  organ: string | null;
  title: string;
  locale: string;
  source: string;
  bundled: boolean;
  /** The importing browser's secret (null for bundled documents). */
  ownerToken: string | null;
  createdAt: Date;
}

export type DocumentSummary = Omit<DocumentRecord, "source" | "ownerToken">;

export interface DocumentRepository {
  /** Inserts or refreshes a document (the seed re-runs at every start-up). */
  upsert(doc: Omit<DocumentRecord, "createdAt" | "ownerToken">): Promise<DocumentRecord>;
  /** A teacher's import. */
  create(doc: Omit<DocumentRecord, "createdAt" | "bundled">): Promise<DocumentRecord>;
  get(id: string): Promise<DocumentRecord | null>;
  list(): Promise<DocumentSummary[]>;
  rename(id: string, title: string): Promise<void>;
  /** How many sessions were created on this document. */
  usage(id: string): Promise<number>;
  /** Deletes an imported document no session uses; false if it is bundled or in use (checked in one transaction). */
  deleteUnused(id: string): Promise<boolean>;
}

export function createDocumentRepository(prisma: Client): DocumentRepository {
  return {
    upsert: (doc) => prisma.document.upsert({ where: { id: doc.id }, create: doc, update: doc }),
    create: (doc) => prisma.document.create({ data: { ...doc, bundled: false } }),
    get: (id) => prisma.document.findUnique({ where: { id } }),
    list: () =>
      prisma.document.findMany({
        orderBy: [{ bundled: "desc" }, { createdAt: "desc" }, { title: "asc" }],
        select: { id: true, kind: true, organ: true, title: true, locale: true, bundled: true, createdAt: true },
      }),
    async rename(id, title) {
      await prisma.document.update({ where: { id }, data: { title } });
    },
    usage: (id) => prisma.session.count({ where: { documentId: id } }),
    async deleteUnused(id) {
      return prisma.$transaction(async (tx) => {
        if ((await tx.session.count({ where: { documentId: id } })) > 0) return false;
        const { count } = await tx.document.deleteMany({ where: { id, bundled: false } });
        return count === 1;
      });
    },
  };
}
