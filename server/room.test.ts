/**
 * The room's commit path against a fake event log (no database): conflicts with another writer,
 * storage failures on every read and write of that path, an engine that throws, command ids the
 * room no longer remembers, and retries. Whatever happens, every submitted command gets an answer.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { SequenceConflictError, type EventRepository, type NewEvent, type StoredEvent } from "./db/events";
import { Room, type Actor, type RoomDeps, type RoomEngine, type SubmitResult } from "./room";

type Added = { type: "added"; n: number };
type Command = { n: number; refuse?: boolean; boom?: boolean };

const engine: RoomEngine<number[], Command, Added> = {
  version: "test",
  empty: () => [],
  reduce: (state, event) => [...state, event.n],
  replay: (events, state) => [...state, ...events.map((e) => e.n)],
  decide: (_state, command) => {
    if (command.boom) throw new Error("engine bug");
    if (command.refuse) return { ok: false, error: { code: "test.refused" } };
    return { ok: true, events: [{ type: "added", n: command.n }] };
  },
  audience: () => null,
  project: (state) => state,
};

const chair: Actor = { role: "chair" };
const fra: Actor = { role: "delegation", member: "FRA" };
const SESSION = "s1";

/** An in-memory log with the database's arbiter (unique session+seq) and switchable failures. */
function fakeLog() {
  const rows: StoredEvent[] = [];
  const calls = { append: 0, list: 0, byCommand: 0 };
  const fail = {
    /** Called before each append: return an error to throw instead of writing. */
    append: (): Error | void => undefined,
    list: (): Error | void => undefined,
    byCommand: (): Error | void => undefined,
  };
  const repo: EventRepository = {
    async append(sessionId, lastSeq, events) {
      calls.append++;
      const error = fail.append();
      if (error) throw error;
      const last = rows.filter((r) => r.sessionId === sessionId).at(-1)?.seq ?? 0;
      if (last !== lastSeq) throw new SequenceConflictError(sessionId, lastSeq + 1);
      const stored = events.map((event, i) => ({ ...event, sessionId, seq: lastSeq + 1 + i }));
      rows.push(...stored);
      return stored;
    },
    async list(sessionId, afterSeq = 0, limit) {
      calls.list++;
      const error = fail.list();
      if (error) throw error;
      return rows.filter((r) => r.sessionId === sessionId && r.seq > afterSeq).slice(0, limit);
    },
    async lastSeq(sessionId) {
      return rows.filter((r) => r.sessionId === sessionId).at(-1)?.seq ?? 0;
    },
    async byCommand(sessionId, commandId) {
      calls.byCommand++;
      const error = fail.byCommand();
      if (error) throw error;
      return rows.filter((r) => r.sessionId === sessionId && r.commandId === commandId);
    },
  };
  /** Another process commits `n` straight into the log. */
  function otherWriter(n: number, commandId = `other-${n}`) {
    const seq = (rows.at(-1)?.seq ?? 0) + 1;
    const event: NewEvent = { type: "added", payload: { type: "added", n }, actor: "chair", at: new Date(0), commandId };
    rows.push({ ...event, sessionId: SESSION, seq });
  }
  return { repo, rows, calls, fail, otherWriter };
}

function roomOn(log: ReturnType<typeof fakeLog>, extra: Partial<RoomDeps<number[], Command, Added>> = {}) {
  const published: number[][] = [];
  const deps: RoomDeps<number[], Command, Added> = {
    engine,
    events: log.repo,
    clock: { now: () => 1_000 },
    publish: (_id, events) => published.push(events.map((e) => e.seq)),
    ...extra,
  };
  return { load: () => Room.load(SESSION, deps), published };
}

/** Submits commands in one burst (one group commit) and waits for every answer, at most 1 s. */
async function burst(room: Room<number[], Command, Added>, items: Array<[Command, string, Actor?]>): Promise<SubmitResult[]> {
  const answers = Promise.all(items.map(([command, id, actor]) => room.submit(command, id, actor ?? chair)));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("a command was never answered")), 1_000);
  });
  try {
    return await Promise.race([answers, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** An append hook: just before the room's first write, another process commits `n` (a real conflict). */
function raceOnce(log: ReturnType<typeof fakeLog>, n = 100) {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    log.otherWriter(n);
  };
}

afterEach(() => vi.restoreAllMocks());

describe("room commit path", () => {
  it("a batch refused by a conflict is decided again, one command at a time, after the other writer's events", async () => {
    for (const singleWriter of [true, false]) {
      const log = fakeLog();
      const { load, published } = roomOn(log, { singleWriter });
      const room = await load();
      log.fail.append = raceOnce(log); // another process commits between this room's read and its write
      const answers = await burst(room, [
        [{ n: 1 }, "a"],
        [{ n: 2, refuse: true }, "b"],
        [{ n: 3 }, "c"],
      ]);
      expect(answers).toEqual([
        { ok: true, seq: 2, events: 1 },
        { ok: false, error: { code: "test.refused" } },
        { ok: true, seq: 3, events: 1 },
      ]);
      expect(room.current()).toEqual([100, 1, 3]);
      expect(log.rows.map((r) => r.seq)).toEqual([1, 2, 3]);
      expect(log.rows.slice(1).map((r) => r.engineVersion)).toEqual(["test", "test"]); // written by this engine
      expect(published).toEqual([[2], [3]]);
    }
  });

  it("a conflict on every attempt ends in server.busy after a bounded number of tries, and nothing moves", async () => {
    const log = fakeLog();
    const room = await roomOn(log, { limits: { conflictRetries: 3 } }).load();
    log.fail.append = () => new SequenceConflictError(SESSION, 1);
    const answers = await burst(room, [
      [{ n: 1 }, "a"],
      [{ n: 2 }, "b"],
    ]);
    expect(answers).toEqual([
      { ok: false, error: { code: "server.busy" } },
      { ok: false, error: { code: "server.busy" } },
    ]);
    expect(log.calls.append).toBe(1 + 2 * (3 + 1)); // the batch, then each command's first try and 3 retries
    expect(room.current()).toEqual([]);
    // Not remembered: once the other writer is gone, the same command succeeds.
    log.fail.append = () => undefined;
    expect(await burst(room, [[{ n: 1 }, "a"]])).toEqual([{ ok: true, seq: 1, events: 1 }]);
  });

  it("a conflict, then the log cannot be read: every command of the batch is still answered", async () => {
    for (const singleWriter of [true, false]) {
      const log = fakeLog();
      const room = await roomOn(log, { singleWriter }).load();
      log.fail.append = raceOnce(log);
      log.fail.list = () => (log.calls.append > 0 ? new Error("connection reset") : undefined);
      log.fail.byCommand = () => (log.calls.append > 0 ? new Error("connection reset") : undefined);
      vi.spyOn(console, "error").mockImplementation(() => {});
      const answers = await burst(room, [
        [{ n: 1 }, "a"],
        [{ n: 2 }, "b"],
      ]);
      expect(answers).toEqual([
        { ok: false, error: { code: "server.storage_unavailable" } },
        { ok: false, error: { code: "server.storage_unavailable" } },
      ]);
      expect(room.current()).toEqual([]);
      // Storage back: the same commands go through, after the other writer's event.
      log.fail.list = log.fail.byCommand = () => undefined;
      expect(
        await burst(room, [
          [{ n: 1 }, "a"],
          [{ n: 2 }, "b"],
        ]),
      ).toEqual([
        { ok: true, seq: 2, events: 1 },
        { ok: true, seq: 3, events: 1 },
      ]);
      expect(room.current()).toEqual([100, 1, 2]);
    }
  });

  it("a failed read before a batch (several writers) answers the whole batch storage_unavailable", async () => {
    const log = fakeLog();
    const room = await roomOn(log, { singleWriter: false }).load();
    log.fail.list = () => new Error("connection reset");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const answers = await burst(room, [
      [{ n: 1 }, "a"],
      [{ n: 2 }, "b"],
    ]);
    expect(answers.map((a) => !a.ok && a.error.code)).toEqual(["server.storage_unavailable", "server.storage_unavailable"]);
    expect(log.calls.append).toBe(0);
  });

  it("a failed write answers storage_unavailable, leaves the state as the log says, and is not remembered", async () => {
    const log = fakeLog();
    const { load, published } = roomOn(log, { singleWriter: true });
    const room = await load();
    log.fail.append = () => new Error("disk full");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await burst(room, [
      [{ n: 1 }, "a"],
      [{ n: 2 }, "b"],
    ]);
    expect(failed.map((a) => !a.ok && a.error.code)).toEqual(["server.storage_unavailable", "server.storage_unavailable"]);
    expect(room.current()).toEqual([]);
    expect(published).toEqual([]);
    log.fail.append = () => undefined;
    expect(await burst(room, [[{ n: 1 }, "a"]])).toEqual([{ ok: true, seq: 1, events: 1 }]);
  });

  it("a throwing decide is answered server.unavailable and logged; the rest of its batch is committed", async () => {
    const log = fakeLog();
    const { load, published } = roomOn(log, { singleWriter: true });
    const room = await load();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const answers = await burst(room, [
      [{ n: 1 }, "a"],
      [{ n: 2, boom: true }, "b"],
      [{ n: 3 }, "c"],
    ]);
    expect(answers).toEqual([
      { ok: true, seq: 1, events: 1 },
      { ok: false, error: { code: "server.unavailable" } },
      { ok: true, seq: 2, events: 1 },
    ]);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("[room s1]"), expect.any(Error));
    expect(room.current()).toEqual([1, 3]);
    expect(published).toEqual([[1, 2]]);
    // Not remembered as a reply: sent again (once the bug is fixed) it is decided again.
    expect(await burst(room, [[{ n: 2 }, "b"]])).toEqual([{ ok: true, seq: 3, events: 1 }]);
  });

  it("a publish that throws after the commit still answers success: the events are in the log", async () => {
    const log = fakeLog();
    const room = await roomOn(log, {
      singleWriter: true,
      publish: () => {
        throw new Error("broadcaster bug");
      },
    }).load();
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await burst(room, [[{ n: 1 }, "a"]])).toEqual([{ ok: true, seq: 1, events: 1 }]);
    expect(room.current()).toEqual([1]);
  });

  it("a decide that throws on the conflict fallback is answered too", async () => {
    const log = fakeLog();
    const room = await roomOn(log, { singleWriter: false }).load();
    log.fail.append = raceOnce(log);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const answers = await burst(room, [
      [{ n: 1 }, "a"],
      [{ n: 2, boom: true }, "b"],
    ]);
    expect(answers).toEqual([
      { ok: true, seq: 2, events: 1 },
      { ok: false, error: { code: "server.unavailable" } },
    ]);
  });

  it("a command id the room has forgotten is looked up in the log: a late retry is answered, never applied twice", async () => {
    const log = fakeLog();
    const room = await roomOn(log, { singleWriter: true, limits: { replies: 2, loggedCommands: 2 } }).load();
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const id of ["a", "b", "c"]) await burst(room, [[{ n: id.charCodeAt(0) }, id]]);
    expect(log.calls.byCommand).toBe(0); // nothing looked up while every id was still in memory…
    const late = await burst(room, [[{ n: 97 }, "a"]]);
    expect(late).toEqual([{ ok: true, seq: 1, events: 1 }]);
    expect(log.calls.byCommand).toBe(1); // …and one lookup once "a" had left it
    expect(log.rows).toHaveLength(3);

    // The lookup fails: that command alone is answered storage_unavailable, the rest of the batch goes on.
    let failures = 1;
    log.fail.byCommand = () => (failures-- > 0 ? new Error("connection reset") : undefined);
    const answers = await burst(room, [
      [{ n: 97 }, "a"],
      [{ n: 5 }, "e"],
    ]);
    expect(answers).toEqual([
      { ok: false, error: { code: "server.storage_unavailable" } },
      { ok: true, seq: 4, events: 1 },
    ]);
    expect(room.current()).toEqual([97, 98, 99, 5]);
  });

  it("a retry of the same command id by the same actor gets the original reply, in the same batch, later, and after a restart", async () => {
    const log = fakeLog();
    const { load } = roomOn(log, { singleWriter: true });
    const room = await load();
    const [first, again] = await burst(room, [
      [{ n: 1 }, "x", fra],
      [{ n: 1 }, "x", fra],
    ]);
    expect(first).toEqual({ ok: true, seq: 1, events: 1 });
    expect(again).toEqual(first);
    expect(await burst(room, [[{ n: 1 }, "x", fra]])).toEqual([first]);
    const refused = await burst(room, [[{ n: 2, refuse: true }, "y", fra]]);
    expect(await burst(room, [[{ n: 2 }, "y", fra]])).toEqual(refused); // a refusal is a reply too

    const restarted = await load();
    expect(await burst(restarted, [[{ n: 1 }, "x", fra]])).toEqual([first]);
    expect(log.rows).toHaveLength(1);
  });

  it("the same command id from another actor is that actor's own command, in the same batch, later, and after a restart", async () => {
    const log = fakeLog();
    const { load } = roomOn(log, { singleWriter: true });
    const room = await load();
    expect(
      await burst(room, [
        [{ n: 1 }, "x", fra],
        [{ n: 2 }, "x", chair],
      ]),
    ).toEqual([
      { ok: true, seq: 1, events: 1 },
      { ok: true, seq: 2, events: 1 },
    ]);
    const gbr: Actor = { role: "delegation", member: "GBR" };
    expect(await burst(room, [[{ n: 3 }, "x", gbr]])).toEqual([{ ok: true, seq: 3, events: 1 }]);
    const restarted = await load();
    const usa: Actor = { role: "delegation", member: "USA" };
    expect(
      await burst(restarted, [
        [{ n: 4 }, "x", usa],
        [{ n: 1 }, "x", fra],
      ]),
    ).toEqual([
      { ok: true, seq: 4, events: 1 },
      { ok: true, seq: 1, events: 1 },
    ]);
    expect(restarted.current()).toEqual([1, 2, 3, 4]);
  });

  it("a retry racing its original on another process is answered from the log, not applied twice", async () => {
    const log = fakeLog();
    const room = await roomOn(log, { singleWriter: true }).load();
    log.otherWriter(1, "x"); // the original, committed by the process the client first spoke to (as chair)
    expect(await burst(room, [[{ n: 1 }, "x"]])).toEqual([{ ok: true, seq: 1, events: 1 }]);
    expect(log.rows).toHaveLength(1);
    expect(room.current()).toEqual([1]);
  });
});
