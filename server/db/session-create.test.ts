/**
 * Creating a session writes its links and first events in a few statements whatever its size:
 * one Prisma `create` per link made Prisma cache a query plan per distinct member count, each
 * holding a plan per row, for the life of the process (47 MB after a hundred sessions of
 * different sizes) — memory that stayed after every session had ended.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "./generated/sqlite/client";
import { openDatabase, type Database } from "./index";
import { createSessionRepository, type SessionRepository } from "./sessions";
import { TEST_DATABASE_KINDS, announceSkips, scratchSqlite, type ScratchDatabase } from "./test-databases";

announceSkips();

describe("a session's creation", () => {
  let db: Database;
  let scratch: ScratchDatabase;
  let prisma: InstanceType<typeof PrismaClient>;
  /** Each transaction: the length of a batch (Prisma caches a plan per batch shape, with raw statements' values), or "interactive". */
  const batches: Array<number | "interactive"> = [];
  let sessions: SessionRepository;

  beforeAll(async () => {
    scratch = scratchSqlite();
    db = await openDatabase(scratch.url);
    prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: scratch.url }) });
    const counting = new Proxy(prisma, {
      get(target, key, receiver) {
        if (key === "$transaction")
          return (queries: unknown) => {
            batches.push(Array.isArray(queries) ? queries.length : "interactive");
            return (target.$transaction as (q: unknown) => Promise<unknown>)(queries);
          };
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    sessions = createSessionRepository(counting, "sqlite");
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.close();
  });

  it("writes 16 or 194 links in one interactive transaction, which leaves no plan in Prisma's batch cache", async () => {
    for (const size of [15, 193]) {
      const id = `s${size}`;
      const links = Array.from({ length: size }, (_, k) => ({ token: `${id}-${k}`, role: "delegation" as const, member: `M${k}` }));
      const at = new Date("2026-12-02T01:00:00Z");
      await sessions.createWithAccess(
        { id, organ: "general-assembly", title: id, locale: "fr" },
        [{ token: `${id}-chair`, role: "chair", member: null }, ...links],
        [{ type: "session.created", payload: {}, actor: "chair", at }],
      );
    }
    expect(batches).toEqual(["interactive", "interactive"]);
  });
});

describe.each(TEST_DATABASE_KINDS)("a session's links and first events on $kind", ({ skip, create }) => {
  let db: Database;
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    if (skip) return;
    scratch = await create();
    db = await openDatabase(scratch.url);
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  });

  it.skipIf(skip)("are read back as written", async () => {
    const before = Date.now();
    await db.sessions.createWithAccess(
      { id: "s", organ: "security-council", title: "S", locale: "fr" },
      [
        { token: "chair-token", role: "chair", member: null },
        { token: "fra-token", role: "delegation", member: "FRA" },
      ],
      [{ type: "session.created", payload: { organ: "security-council" }, actor: "chair", at: new Date("2026-12-02T01:00:00.123Z") }],
    );
    const fra = await db.sessions.access("fra-token");
    expect(fra).toMatchObject({ sessionId: "s", role: "delegation", member: "FRA", revokedAt: null, claimedAt: null, claimedVia: null });
    expect(fra!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(await db.sessions.access("chair-token")).toMatchObject({ role: "chair", member: null });
    const events = await db.events.list("s");
    expect(events.map((e) => [e.seq, e.type, e.at.toISOString()])).toEqual([[1, "session.created", "2026-12-02T01:00:00.123Z"]]);
  });
});
