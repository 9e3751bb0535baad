/**
 * The event log's appends written straight through the adapter's connection (sqlite-direct.ts):
 * grouped like the Prisma path, and never inside a Prisma transaction left open on that connection.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type Sqlite from "better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";
import { openDatabase, type Database } from "./index";
import { createEventRepository, SequenceConflictError, type EventRepository } from "./events";
import { SharedSqliteAdapter } from "./sqlite-direct";
import { scratchSqlite, type ScratchDatabase } from "./test-databases";

describe("event appends on the adapter's own SQLite connection", () => {
  let db: Database;
  let scratch: ScratchDatabase;
  let adapter: SharedSqliteAdapter;
  let prisma: InstanceType<typeof PrismaClient>;
  let repo: EventRepository;
  let commits = 0;

  beforeAll(async () => {
    scratch = scratchSqlite();
    db = await openDatabase(scratch.url);
    for (const id of ["a", "b", "c"]) await db.sessions.create({ id, organ: "security-council", title: id, locale: "fr" });
    adapter = new SharedSqliteAdapter({ url: scratch.url });
    prisma = new PrismaClient({ adapter });
    await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
    // Counts the transactions the writer commits (each one an fsync).
    const counted = () =>
      adapter.connection &&
      new Proxy(adapter.connection, {
        get(target, key) {
          if (key === "transaction") return (fn: () => void) => (commits++, target.transaction(fn));
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    repo = createEventRepository(prisma, "sqlite", { group: true, connection: counted as () => Sqlite.Database | undefined });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.close();
  });

  const event = (type: string) => ({ type, payload: { type }, actor: "chair", at: new Date("2026-12-02T01:00:00Z") });

  it("writes the appends of three sessions made in one turn in one transaction, readable through Prisma", async () => {
    commits = 0;
    const stored = await Promise.all(["a", "b", "c"].map((id) => repo.append(id, 0, [event(`${id}.1`), event(`${id}.2`)])));
    expect(commits).toBe(1);
    expect(stored.map((rows) => rows.map((r) => r.seq))).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    const listed = await db.events.list("b");
    expect(listed.map((e) => [e.seq, e.type, e.actor, e.at.toISOString()])).toEqual([
      [1, "b.1", "chair", "2026-12-02T01:00:00.000Z"],
      [2, "b.2", "chair", "2026-12-02T01:00:00.000Z"],
    ]);
    expect(listed[0]!.payload).toEqual({ type: "b.1" });
  });

  it("fails only the batch whose sequence number was taken", async () => {
    const taken = repo.append("a", 1, [event("a.late")]);
    const fine = repo.append("b", 2, [event("b.3")]);
    await expect(taken).rejects.toBeInstanceOf(SequenceConflictError);
    expect((await fine).map((r) => r.seq)).toEqual([3]);
    expect((await db.events.list("a")).map((e) => e.type)).toEqual(["a.1", "a.2"]);
  });

  it("waits for a Prisma transaction open on the connection, so its rollback does not take the append with it", async () => {
    let appended: Promise<unknown> | undefined;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.session.create({ data: { id: "rolled-back", organ: "security-council", title: "x", locale: "fr" } });
        appended = repo.append("c", 2, [event("c.3")]);
        await new Promise((resolve) => setTimeout(resolve, 30));
        throw new Error("the chair's request failed");
      }),
    ).rejects.toThrow("the chair's request failed");
    await appended;
    expect((await db.events.list("c")).map((e) => e.type)).toEqual(["c.1", "c.2", "c.3"]);
    expect(await db.sessions.get("rolled-back")).toBeFalsy();
  });
});
