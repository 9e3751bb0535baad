/**
 * Group commit across sessions on SQLite (server/db/events.ts): the appends several rooms make in
 * one turn of the event loop reach the disk in one statement — one fsync — and a conflict in one
 * session's batch still fails that batch alone.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "./generated/sqlite/client";
import { openDatabase, type Database } from "./index";
import { createEventRepository, SequenceConflictError, type EventRepository } from "./events";
import { rawQuery, scratchSqlite, type ScratchDatabase } from "./test-databases";

describe("group commit of the event log on SQLite", () => {
  let db: Database;
  let scratch: ScratchDatabase;
  let prisma: InstanceType<typeof PrismaClient>;
  let statements = 0;
  let grouped: EventRepository;

  beforeAll(async () => {
    scratch = scratchSqlite();
    db = await openDatabase(scratch.url);
    for (const id of ["a", "b", "c"]) await db.sessions.create({ id, organ: "security-council", title: id, locale: "fr" });
    prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: scratch.url }) });
    // Counts the statements the repository sends (each one a commit, so an fsync, on its own).
    const counting = new Proxy(prisma, {
      get(target, key, receiver) {
        if (key === "$executeRawUnsafe")
          return (...args: Parameters<typeof target.$executeRawUnsafe>) => (statements++, target.$executeRawUnsafe(...args));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    grouped = createEventRepository(counting, "sqlite", { group: true });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.close();
  });

  const event = (type: string) => ({ type, payload: { type }, actor: "chair", at: new Date("2026-12-02T01:00:00Z") });

  it("writes the appends of three sessions made in one turn with one statement", async () => {
    statements = 0;
    const stored = await Promise.all(["a", "b", "c"].map((id) => grouped.append(id, 0, [event(`${id}.1`), event(`${id}.2`)])));
    expect(statements).toBe(1);
    expect(stored.map((rows) => rows.map((r) => `${r.sessionId}:${r.seq}`))).toEqual([
      ["a:1", "a:2"],
      ["b:1", "b:2"],
      ["c:1", "c:2"],
    ]);
    const rows = await rawQuery<{ sessionId: string; seq: number; type: string }>(
      scratch,
      `SELECT "sessionId", seq, type FROM "SessionEvent" ORDER BY "sessionId", seq`,
    );
    expect(rows.map((r) => `${r.sessionId}:${r.seq}:${r.type}`)).toEqual([
      "a:1:a.1",
      "a:2:a.2",
      "b:1:b.1",
      "b:2:b.2",
      "c:1:c.1",
      "c:2:c.2",
    ]);
  });

  it("fails only the batch whose sequence number was taken, and writes the others", async () => {
    const taken = grouped.append("a", 1, [event("a.late")]); // seq 2 of "a" is taken
    const fine = grouped.append("b", 2, [event("b.3")]);
    await expect(taken).rejects.toBeInstanceOf(SequenceConflictError);
    expect((await fine).map((r) => r.seq)).toEqual([3]);
    expect((await db.events.list("a")).map((e) => e.type)).toEqual(["a.1", "a.2"]);
    expect((await db.events.list("b")).map((e) => e.type)).toEqual(["b.1", "b.2", "b.3"]);
  });

  it("writes appends of later turns in statements of their own", async () => {
    statements = 0;
    await grouped.append("c", 2, [event("c.3")]);
    await grouped.append("c", 3, [event("c.4")]);
    expect(statements).toBe(2);
    expect(await db.events.lastSeq("c")).toBe(4);
  });
});
