/**
 * Storage failures: a write the database refuses (locked past the busy timeout, disk full) is
 * answered `server.storage_unavailable`, changes nothing in memory or on screens, is not
 * remembered as a failure (the same command id succeeds once storage is back), and afterwards the
 * room is exactly its log replayed.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure";
import { replayLive, type LiveEvent } from "@/lib/session";
import { createApp, type App } from "../app";
import { openDatabase, SQLITE_BUSY_TIMEOUT_MS, type Database } from "../db";
import { systemClock } from "../clock";
import { seedLibrary } from "../seed";
import { tempDatabaseFile } from "../test-utils/boot";
import { createSession, join, joined, must, type LiveClient } from "../test-utils/session";
import { UNLIMITED_CREATION } from "../sessions/create-limit";

type Raw = {
  timeout(ms: number): {
    emitWithAck(event: string, ...args: unknown[]): Promise<{ ok: boolean; seq?: number; error?: { code: string; message: string } }>;
  };
};
const raw = (c: LiveClient) => c.socket as unknown as Raw;

const cleanup: Array<() => Promise<void> | void> = [];
// The room logs each refused append (expected here): keep the output readable, count them instead.
let logged = 0;
beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation(() => void logged++);
});
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn();
});

/** The real server, with a switch that makes the event log's appends fail as a full disk would. */
async function bootFaulty(): Promise<{ app: App; db: Database; file: string; diskFull: { on: boolean } }> {
  const file = tempDatabaseFile();
  const db = await openDatabase(`file:${file}`);
  await seedLibrary(db);
  const diskFull = { on: false };
  const faulty: Database = {
    ...db,
    events: {
      ...db.events,
      append: (...args) =>
        diskFull.on
          ? Promise.reject(Object.assign(new Error("SQLITE_FULL: database or disk is full"), { code: "SQLITE_FULL" }))
          : db.events.append(...args),
    },
  };
  const app = await createApp({ db: faulty, clock: systemClock, port: 0, next: false, createLimits: UNLIMITED_CREATION });
  cleanup.push(async () => {
    await app.close();
    await db.close();
  });
  return { app, db, file, diskFull };
}

async function councilInSession(app: App) {
  const links = await createSession(app.url, { organ: "security-council" });
  const chair = join(app.url, links.id, links.chair.url);
  const screen = join(app.url, links.id, links.screen.url);
  const fra = join(app.url, links.id, links.delegations.find((d) => d.member === "FRA")!.url);
  cleanup.push(() => [chair, screen, fra].forEach((c) => c.close()));
  await joined([chair, screen, fra]);
  await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
  await must(chair, { type: "meeting.open" });
  await must(chair, { type: "draft.introduce" });
  await must(fra, { type: "speakers.add" });
  return { links, chair, screen, fra };
}

/** The room in memory, its log replayed, and what the screen holds must all agree. */
async function expectConsistent(app: App, db: Database, sessionId: string, screen: LiveClient) {
  const log = await db.events.list(sessionId);
  const room = await app.rooms.get(sessionId);
  expect(room.lastSeq).toBe(log.at(-1)!.seq);
  expect(room.current()).toEqual(replayLive(log.map((e) => e.payload as LiveEvent)));
  await screen.waitFor(() => screen.seq === room.lastSeq, 5_000);
  expect(screen.state!.procedure).toEqual(room.current().procedure);
}

describe.skipIf(!process.env.HEMICYCLE_FAULTS)("storage failures", () => {
  it("database locked by another process past the busy timeout: storage_unavailable, nothing changed; then the same command succeeds", async () => {
    const { app, db, file } = await bootFaulty();
    const { links, screen, fra } = await councilInSession(app);
    const room = await app.rooms.get(links.id);
    const before = { seq: room.lastSeq, state: structuredClone(room.current()) };

    const lock = new Sqlite(file);
    lock.exec("BEGIN EXCLUSIVE");
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const started = Date.now();
    const command = { sessionId: links.id, commandId: "locked-1", command: { type: "speakers.remove" } };
    const refused = await raw(fra).timeout(30_000).emitWithAck("session:command", command);
    const waited = Date.now() - started;
    // While writes fail: the health check says so, and an HTTP write answers the same code (#8, #12).
    const health = await fetch(`${app.url}/api/health`);
    const created = await fetch(`${app.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ organ: "security-council" }),
    });
    lag.disable();
    lock.exec("ROLLBACK");
    lock.close();

    expect(refused).toMatchObject({ ok: false, error: { code: "server.storage_unavailable" } });
    expect(refused.error!.message.length).toBeGreaterThan(10);
    // The busy timeout is short (SQLITE_BUSY_TIMEOUT_MS): the driver's synchronous wait held every session 5 s before.
    expect(waited).toBeGreaterThanOrEqual(SQLITE_BUSY_TIMEOUT_MS - 20);
    expect(lag.max / 1e6).toBeLessThan(SQLITE_BUSY_TIMEOUT_MS * 3);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { db: { writes: { ok: boolean } } }).db.writes.ok).toBe(false);
    expect(created.status).toBe(503);
    expect(((await created.json()) as { error: { code: string } }).error.code).toBe("server.storage_unavailable");
    expect(room.lastSeq).toBe(before.seq);
    expect(room.current()).toEqual(before.state);
    expect(await db.events.lastSeq(links.id)).toBe(before.seq);
    await expectConsistent(app, db, links.id, screen);

    // Storage is back: the very same command (same id) now goes through, once.
    const retried = await raw(fra).timeout(10_000).emitWithAck("session:command", command);
    expect(retried).toMatchObject({ ok: true, seq: before.seq + 1 });
    const again = await raw(fra).timeout(10_000).emitWithAck("session:command", command);
    expect(again).toMatchObject({ ok: true, seq: before.seq + 1 });
    expect(await db.events.lastSeq(links.id)).toBe(before.seq + 1);
    await expectConsistent(app, db, links.id, screen);
    expect(screen.state!.procedure.speakers.queue).toEqual([]);
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  }, 60_000);

  it("disk full: every refused write leaves room, log and screens as they were; service resumes when space is back", async () => {
    const { app, db, diskFull } = await bootFaulty();
    const { links, chair, screen, fra } = await councilInSession(app);
    const room = await app.rooms.get(links.id);
    const before = { seq: room.lastSeq, state: structuredClone(room.current()) };
    await screen.waitFor(() => screen.seq === room.lastSeq, 5_000);
    let broadcasts = 0;
    screen.socket.on("session:events", () => broadcasts++);

    diskFull.on = true;
    const attempts = [
      await fra.send({ type: "speakers.remove" }, { attempts: 1 }),
      await chair.send({ type: "speakers.set_time", seconds: 60 }, { attempts: 1 }),
      await chair.send({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" }, { attempts: 1 }),
      await chair.send({ type: "meeting.suspend" }, { attempts: 1 }),
    ];
    for (const reply of attempts) expect(reply).toMatchObject({ ok: false, error: { code: "server.storage_unavailable" } });
    // A command the rules refuse is still refused for its own reason (nothing to write).
    expect(await fra.send({ type: "vote.open", subject: { kind: "draft" } }, { attempts: 1 })).toMatchObject({
      ok: false,
      error: { code: "auth.chair_only" },
    });
    expect(room.lastSeq).toBe(before.seq);
    expect(room.current()).toEqual(before.state);
    expect(broadcasts).toBe(0);
    expect(logged).toBeGreaterThanOrEqual(4);
    await expectConsistent(app, db, links.id, screen);

    diskFull.on = false;
    await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    await must(fra, { type: "vote.cast", choice: "yes" });
    await expectConsistent(app, db, links.id, screen);
    expect(screen.state!.procedure.vote?.ballots).toEqual({ FRA: { choice: "yes", withRights: false } });
  }, 60_000);
});
