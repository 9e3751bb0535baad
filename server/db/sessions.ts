import type { PrismaClient } from "./generated/sqlite/client";

type Client = InstanceType<typeof PrismaClient>;

export interface SessionRecord {
  id: string;
  organ: string;
  title: string;
  locale: string;
  createdAt: Date;
}

export interface SessionRepository {
  create(session: Omit<SessionRecord, "createdAt">): Promise<SessionRecord>;
  get(id: string): Promise<SessionRecord | null>;
  list(limit?: number): Promise<SessionRecord[]>;
}

export function createSessionRepository(prisma: Client): SessionRepository {
  return {
    create: (session) => prisma.session.create({ data: session }),
    get: (id) => prisma.session.findUnique({ where: { id } }),
    list: (limit = 50) => prisma.session.findMany({ orderBy: { createdAt: "desc" }, take: limit }),
  };
}
