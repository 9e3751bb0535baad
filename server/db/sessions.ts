import type { RepositoryClient as Client } from "./client";
import { eventRow, type NewEvent } from "./events";

export interface SessionRecord {
  id: string;
  organ: string;
  title: string;
  locale: string;
  /** The library document it was created on. */
  documentId?: string | null;
  createdAt: Date;
}

/** "join": the link the projector shows during the roll call, where students take their seat. */
export type AccessRole = "chair" | "delegation" | "screen" | "observer" | "join";

export interface AccessRecord {
  token: string;
  sessionId: string;
  role: AccessRole;
  member: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  claimedAt: Date | null;
}

export interface SessionRepository {
  /** Creates the session, its access links and the first events of its log in one transaction. */
  createWithAccess(
    session: Omit<SessionRecord, "createdAt">,
    access: Array<Pick<AccessRecord, "token" | "role" | "member">>,
    events?: NewEvent[],
  ): Promise<SessionRecord>;
  /** The access a token grants, if it exists (revoked ones included: the caller says why it fails). */
  access(token: string): Promise<AccessRecord | null>;
  accessList(sessionId: string): Promise<AccessRecord[]>;
  /**
   * A student takes a delegation's seat from the join page: succeeds once per live link (the
   * update is atomic, so two students tapping the same country cannot both get it).
   */
  claim(sessionId: string, member: string, at: Date): Promise<AccessRecord | null>;
  /** Revokes a delegation's current links and records a new one, atomically. */
  reissue(sessionId: string, member: string, token: string, at: Date): Promise<AccessRecord>;
  create(session: Omit<SessionRecord, "createdAt">): Promise<SessionRecord>;
  get(id: string): Promise<SessionRecord | null>;
  list(limit?: number): Promise<SessionRecord[]>;
}

export function createSessionRepository(prisma: Client): SessionRepository {
  return {
    create: (session) => prisma.session.create({ data: session }),
    async createWithAccess(session, access, events = []) {
      const [created] = await prisma.$transaction([
        prisma.session.create({ data: session }),
        ...access.map((a) => prisma.sessionAccess.create({ data: { ...a, sessionId: session.id } })),
        ...events.map((event, i) => prisma.sessionEvent.create({ data: eventRow(session.id, i + 1, event) })),
      ]);
      return created as SessionRecord;
    },
    access: (token) => prisma.sessionAccess.findUnique({ where: { token } }) as Promise<AccessRecord | null>,
    accessList: (sessionId) =>
      prisma.sessionAccess.findMany({ where: { sessionId }, orderBy: [{ role: "asc" }, { member: "asc" }] }) as Promise<AccessRecord[]>,
    async claim(sessionId, member, at) {
      const where = { sessionId, role: "delegation", member, revokedAt: null };
      const { count } = await prisma.sessionAccess.updateMany({ where: { ...where, claimedAt: null }, data: { claimedAt: at } });
      if (count === 0) return null;
      return (await prisma.sessionAccess.findFirst({ where, orderBy: { createdAt: "desc" } })) as AccessRecord | null;
    },
    async reissue(sessionId, member, token, at) {
      const [, created] = await prisma.$transaction([
        prisma.sessionAccess.updateMany({ where: { sessionId, role: "delegation", member, revokedAt: null }, data: { revokedAt: at } }),
        prisma.sessionAccess.create({ data: { token, sessionId, role: "delegation", member } }),
      ]);
      return created as AccessRecord;
    },
    get: (id) => prisma.session.findUnique({ where: { id } }),
    list: (limit = 50) => prisma.session.findMany({ orderBy: { createdAt: "desc" }, take: limit }),
  };
}
