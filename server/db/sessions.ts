import type { RepositoryClient as Client } from "./client";
import { eventInserts, eventRow, type NewEvent } from "./events";
import { insertStatements, sqlDate, type Provider } from "./multi-row-insert";

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
  /** How the seat was taken: "code" (the join code), "link" (its link was opened), "chair" (a reissued link). */
  claimedVia: string | null;
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
   * A student takes a free delegation seat from the join page: the seat's unused link is retired
   * and a new one, `token`, recorded for the student (claimed). Succeeds once per seat: the update
   * that retires the unused link is atomic, so two students tapping the same country cannot both
   * get it, and a seat whose link was ever opened (`markUsed`) is not free.
   */
  claim(sessionId: string, member: string, token: string, at: Date): Promise<AccessRecord | null>;
  /** Records that a delegation link was opened (its seat is no longer free for the join code). */
  markUsed(token: string, at: Date): Promise<void>;
  /** Revokes every live link of a role (chair, screen, observer, join) and, with a token, records its new one. */
  rotate(sessionId: string, role: Exclude<AccessRole, "delegation">, token: string | null, at: Date): Promise<AccessRecord | null>;
  /** Revokes a delegation's current links and records a new one, atomically. */
  reissue(sessionId: string, member: string, token: string, at: Date): Promise<AccessRecord>;
  /** The composition changed before the roll call: links for the new members, the removed members' revoked. */
  recompose(sessionId: string, added: Array<{ token: string; member: string }>, removed: string[], at: Date): Promise<void>;
  create(session: Omit<SessionRecord, "createdAt">): Promise<SessionRecord>;
  get(id: string): Promise<SessionRecord | null>;
  list(limit?: number): Promise<SessionRecord[]>;
}

export function createSessionRepository(prisma: Client, provider: Provider = "sqlite"): SessionRepository {
  return {
    create: (session) => prisma.session.create({ data: session }),
    async createWithAccess(session, access, events = []) {
      // A few statements whatever the session's size, in raw SQL, in an interactive transaction:
      // Prisma caches the plan of every batch `$transaction([...])` shape — with one `create` per
      // link, one per distinct number of members, each holding a plan per row, and with raw
      // statements every row's values — 47 MB kept after creating a hundred sessions of
      // different sizes.
      const links = access.map((a) => [a.token, session.id, a.role, a.member, sqlDate(provider, new Date())]);
      const statements = [
        ...insertStatements(provider, "SessionAccess", ["token", "sessionId", "role", "member", "createdAt"], links),
        ...eventInserts(
          provider,
          events.map((event, i) => eventRow(session.id, i + 1, event)),
        ),
      ];
      return prisma.$transaction(async (tx) => {
        const created = await tx.session.create({ data: session });
        for (const { sql, args } of statements) await tx.$executeRawUnsafe(sql, ...args);
        return created as SessionRecord;
      });
    },
    access: (token) => prisma.sessionAccess.findUnique({ where: { token } }) as Promise<AccessRecord | null>,
    accessList: (sessionId) =>
      prisma.sessionAccess.findMany({ where: { sessionId }, orderBy: [{ role: "asc" }, { member: "asc" }] }) as Promise<AccessRecord[]>,
    async claim(sessionId, member, token, at) {
      const where = { sessionId, role: "delegation", member, revokedAt: null, claimedAt: null };
      const { count } = await prisma.sessionAccess.updateMany({ where, data: { revokedAt: at } });
      if (count === 0) return null;
      return (await prisma.sessionAccess.create({
        data: { token, sessionId, role: "delegation", member, claimedAt: at, claimedVia: "code" },
      })) as AccessRecord;
    },
    async markUsed(token, at) {
      await prisma.sessionAccess.updateMany({ where: { token, claimedAt: null }, data: { claimedAt: at, claimedVia: "link" } });
    },
    async rotate(sessionId, role, token, at) {
      const revoke = prisma.sessionAccess.updateMany({ where: { sessionId, role, revokedAt: null }, data: { revokedAt: at } });
      if (!token) {
        await revoke;
        return null;
      }
      const [, created] = await prisma.$transaction([revoke, prisma.sessionAccess.create({ data: { token, sessionId, role } })]);
      return created as AccessRecord;
    },
    async reissue(sessionId, member, token, at) {
      const [, created] = await prisma.$transaction([
        prisma.sessionAccess.updateMany({ where: { sessionId, role: "delegation", member, revokedAt: null }, data: { revokedAt: at } }),
        // Held from the start: the chair hands it to someone; the join code must not give it away.
        prisma.sessionAccess.create({ data: { token, sessionId, role: "delegation", member, claimedAt: at, claimedVia: "chair" } }),
      ]);
      return created as AccessRecord;
    },
    async recompose(sessionId, added, removed, at) {
      await prisma.$transaction([
        prisma.sessionAccess.updateMany({
          where: { sessionId, role: "delegation", member: { in: removed }, revokedAt: null },
          data: { revokedAt: at },
        }),
        ...added.map((a) => prisma.sessionAccess.create({ data: { token: a.token, sessionId, role: "delegation", member: a.member } })),
      ]);
    },
    get: (id) => prisma.session.findUnique({ where: { id } }),
    list: (limit = 50) => prisma.session.findMany({ orderBy: { createdAt: "desc" }, take: limit }),
  };
}
