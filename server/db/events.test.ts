import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./index";
import { SequenceConflictError } from "./events";
import { tempDatabaseFile } from "../test-utils/boot";

let db: Database;
let file: string;

beforeAll(async () => {
  file = tempDatabaseFile();
  db = await openDatabase(`file:${file}`);
  await db.sessions.create({ id: "s1", organ: "security-council", title: "Test", locale: "fr" });
});
afterAll(() => db.close());

describe("session event log", () => {
  it("appends events with consecutive sequence numbers, on disk before append returns", async () => {
    const at = new Date("2026-11-23T09:00:00Z");
    const stored = await db.events.append("s1", 0, [
      { type: "session.created", payload: { organ: "security-council" }, actor: "chair", at, commandId: "c1" },
      { type: "roll.opened", payload: {}, actor: "chair", at, commandId: "c1" },
    ]);
    expect(stored.map((e) => e.seq)).toEqual([1, 2]);

    // A second, independent connection (another process would see the same) reads them back.
    const raw = new Sqlite(file, { readonly: true });
    const rows = raw.prepare(`SELECT seq, type, payload FROM "SessionEvent" WHERE sessionId = 's1' ORDER BY seq`).all();
    raw.close();
    expect(rows).toEqual([
      { seq: 1, type: "session.created", payload: '{"organ":"security-council"}' },
      { seq: 2, type: "roll.opened", payload: "{}" },
    ]);
    expect(await db.events.lastSeq("s1")).toBe(2);
    expect((await db.events.byCommand("s1", "c1")).map((e) => e.seq)).toEqual([1, 2]);
    expect((await db.events.list("s1", 1)).map((e) => e.type)).toEqual(["roll.opened"]);
  });

  it("refuses a sequence number another writer already took, and writes none of the batch", async () => {
    const at = new Date();
    const attempt = db.events.append("s1", 1, [
      { type: "late.a", payload: {}, actor: "chair", at },
      { type: "late.b", payload: {}, actor: "chair", at },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(SequenceConflictError);
    const types = (await db.events.list("s1")).map((e) => e.type);
    expect(types).not.toContain("late.a");
    expect(types).not.toContain("late.b");
  });

  it("keeps SQLite in WAL mode with durable (FULL) commits", async () => {
    const health = await db.health();
    // synchronous 2 = FULL: a commit is synced to disk before it returns.
    expect(health.durability).toEqual({ journalMode: "wal", synchronous: 2 });
  });
});
