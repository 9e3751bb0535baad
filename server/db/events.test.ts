import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./index";
import { SequenceConflictError } from "./events";
import { TEST_DATABASE_KINDS, announceSkips, rawQuery, type ScratchDatabase } from "./test-databases";

announceSkips();

describe.each(TEST_DATABASE_KINDS)("session event log on $kind", ({ kind, skip, create }) => {
  let db: Database;
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    if (skip) return;
    scratch = await create();
    db = await openDatabase(scratch.url);
    await db.sessions.create({ id: "s1", organ: "security-council", title: "Test", locale: "fr" });
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  });

  it.skipIf(skip)("appends events with consecutive sequence numbers, on disk before append returns", async () => {
    const at = new Date("2026-11-23T09:00:00Z");
    const stored = await db.events.append("s1", 0, [
      { type: "session.created", payload: { organ: "security-council" }, actor: "chair", at, commandId: "c1" },
      { type: "roll.opened", payload: {}, actor: "chair", at, commandId: "c1", engineVersion: "2026-12-01.3" },
    ]);
    expect(stored.map((e) => e.seq)).toEqual([1, 2]);

    // A second, independent connection (another process would see the same) reads them back.
    const rows = await rawQuery(scratch, `SELECT seq, type, payload FROM "SessionEvent" WHERE "sessionId" = 's1' ORDER BY seq`);
    expect(rows).toEqual([
      { seq: 1, type: "session.created", payload: '{"organ":"security-council"}' },
      { seq: 2, type: "roll.opened", payload: "{}" },
    ]);
    expect(await db.events.lastSeq("s1")).toBe(2);
    expect((await db.events.byCommand("s1", "c1")).map((e) => e.seq)).toEqual([1, 2]);
    const listed = await db.events.list("s1", 1);
    expect(listed.map((e) => e.type)).toEqual(["roll.opened"]);
    expect(listed[0]!.at.toISOString()).toBe(at.toISOString());
    // Each event names the engine version that decided it (none given: null, as on older rows).
    expect((await db.events.list("s1")).map((e) => e.engineVersion)).toEqual([null, "2026-12-01.3"]);
  });

  it.skipIf(skip)("refuses a sequence number another writer already took, and writes none of the batch", async () => {
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

  it.skipIf(skip)("appends a batch larger than one INSERT statement atomically, and none of it on a conflict", async () => {
    await db.sessions.create({ id: "big", organ: "general-assembly", title: "Big", locale: "fr" });
    const at = new Date("2026-12-01T13:05:00.007Z");
    const batch = (n: number, tag: string) =>
      Array.from({ length: n }, (_, i) => ({
        type: `${tag}.${i}`,
        payload: { i },
        actor: "delegation:FRA",
        at,
        commandId: `${tag}-${i}`,
        audience: i % 2 ? ["FRA"] : null,
      }));
    const stored = await db.events.append("big", 0, batch(1_203, "a"));
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 1_203 }, (_, i) => i + 1));
    const listed = await db.events.list("big");
    expect(listed).toHaveLength(1_203);
    expect(listed[1_202]).toMatchObject({ seq: 1_203, type: "a.1202", payload: { i: 1_202 }, commandId: "a-1202", audience: null });
    expect(listed[1]!.audience).toEqual(["FRA"]);
    expect(listed[700]!.at.toISOString()).toBe(at.toISOString());
    // The second of three statements collides (another writer took seq 2 000): nothing of the batch stays.
    await db.events.append("big", 1_999, [{ type: "other", payload: {}, actor: "chair", at }]);
    await expect(db.events.append("big", 1_203, batch(1_102, "b"))).rejects.toBeInstanceOf(SequenceConflictError);
    expect((await db.events.list("big")).filter((e) => e.type.startsWith("b."))).toHaveLength(0);
  });

  it.skipIf(skip)("lets exactly one of two concurrent writers (two connections) take the next sequence number", async () => {
    const other = await openDatabase(scratch.url);
    try {
      const at = new Date();
      const results = await Promise.allSettled([
        db.events.append("s1", 2, [{ type: "race.a", payload: {}, actor: "chair", at, audience: ["FRA"] }]),
        other.events.append("s1", 2, [{ type: "race.b", payload: {}, actor: "chair", at }]),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(SequenceConflictError);
      const log = await other.events.list("s1");
      expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(["race.a", "race.b"]).toContain(log[2]!.type);
    } finally {
      await other.close();
    }
  });

  it.skipIf(skip)("stores sessions, access links (with reissue) and documents", async () => {
    await db.sessions.createWithAccess(
      { id: "s2", organ: "general-assembly", title: "AG", locale: "en" },
      [
        { token: "t-chair", role: "chair", member: null },
        { token: "t-fra", role: "delegation", member: "FRA" },
      ],
      [{ type: "session.titled", payload: { title: "AG" }, actor: "system", at: new Date() }],
    );
    expect(await db.events.lastSeq("s2")).toBe(1);
    expect((await db.sessions.get("s2"))?.locale).toBe("en");
    await db.sessions.reissue("s2", "FRA", "t-fra-2", new Date());
    expect((await db.sessions.access("t-fra"))?.revokedAt).toBeInstanceOf(Date);
    expect((await db.sessions.access("t-fra-2"))?.revokedAt).toBeNull();
    expect((await db.sessions.accessList("s2")).map((a) => a.token).sort()).toEqual(["t-chair", "t-fra", "t-fra-2"]);

    await db.documents.upsert({ id: "d1", kind: "draft", organ: null, title: "Draft", locale: "fr", source: "# Draft", bundled: true });
    await db.documents.upsert({ id: "d1", kind: "draft", organ: null, title: "Draft 2", locale: "fr", source: "# Draft", bundled: true });
    expect((await db.documents.get("d1"))?.title).toBe("Draft 2");
    expect((await db.documents.list()).map((d) => d.id)).toEqual(["d1"]);
  });

  it.skipIf(skip)(kind === "sqlite" ? "keeps SQLite in WAL mode with durable (FULL) commits" : "reports its health", async () => {
    const health = await db.health();
    expect(health).toMatchObject({ ok: true, kind });
    // synchronous 2 = FULL: a commit is synced to disk before it returns.
    if (kind === "sqlite") expect(health.durability).toEqual({ journalMode: "wal", synchronous: 2 });
  });
});
