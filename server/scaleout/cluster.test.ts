/**
 * The cluster room registry's ordering, without Redis: a fake server-to-server channel, a real
 * (SQLite) log, and "another process" that appends to the log directly. Runs everywhere; the real
 * multi-process tests are in two-processes.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db";
import { scratchSqlite } from "../db/test-databases";
import type { NewEvent } from "../db/events";
import type { RoomEngine } from "../room";
import { systemClock } from "../clock";
import { COMMITTED_EVENT, createClusterRoomRegistry } from "./cluster";

type Added = { type: "added"; n: number };
const engine: RoomEngine<number[], { n: number }, Added> = {
  version: "test",
  empty: () => [],
  reduce: (state, event) => [...state, event.n],
  replay: (events, state) => [...state, ...events.map((e) => e.n)],
  decide: (_state, command) => ({ ok: true, events: [{ type: "added", n: command.n }] }),
  audience: () => null,
  project: (state) => state,
};

let db: Database;
beforeAll(async () => {
  db = await openDatabase(scratchSqlite().url);
});
afterAll(() => db.close());

function harness(sessionId: string) {
  const announced: Array<{ sessionId: string; items: Array<{ wire: { seq: number } }> }> = [];
  let deliver: (payload: unknown) => void = () => {};
  const io = {
    serverSideEmit: (event: string, payload: never) => {
      expect(event).toBe(COMMITTED_EVENT);
      announced.push(payload);
      return true;
    },
    on: (event: string, listener: (payload: unknown) => void) => {
      expect(event).toBe(COMMITTED_EVENT);
      deliver = listener;
    },
  };
  const emitted: number[] = [];
  const rooms = createClusterRoomRegistry(io as never, { engine, events: db.events, clock: systemClock }, (_id, events) => {
    emitted.push(...events.map((e) => e.seq));
  });
  /** Another process commits `n` at `seq` (straight into the log), and returns its announcement. */
  async function remoteCommit(seq: number, n: number) {
    const event: NewEvent = { type: "added", payload: { type: "added", n }, actor: "chair", at: new Date(), commandId: `remote-${seq}` };
    const [stored] = await db.events.append(sessionId, seq - 1, [event]);
    return { sessionId, items: [{ wire: { seq: stored!.seq, at: stored!.at.getTime(), event: stored!.payload }, audience: null }] };
  }
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await (await rooms.get(sessionId)).exclusive(() => undefined);
    }
  };
  return { rooms, announced, emitted, remoteCommit, deliver: (p: unknown) => deliver(p), settle };
}

describe("cluster room registry", () => {
  it("emits local and remote commits to its own sockets in sequence order, filling gaps from the log", async () => {
    await db.sessions.create({ id: "c1", organ: "security-council", title: "T", locale: "fr" });
    const h = harness("c1");
    const room = await h.rooms.get("c1");

    // Local commits: emitted at once, and announced to the other processes.
    await room.submit({ n: 1 }, "l1", { role: "chair" });
    expect(h.emitted).toEqual([1]);
    expect(h.announced.map((a) => a.items.map((i) => i.wire.seq))).toEqual([[1]]);

    // Two remote commits whose announcements cross: released in order.
    const second = await h.remoteCommit(2, 2);
    const third = await h.remoteCommit(3, 3);
    h.deliver(third);
    h.deliver(second);
    await h.settle();
    expect(h.emitted).toEqual([1, 2, 3]);

    // A lost announcement: the next one reveals the gap, filled from the log.
    await h.remoteCommit(4, 4);
    h.deliver(await h.remoteCommit(5, 5));
    await h.settle();
    expect(h.emitted).toEqual([1, 2, 3, 4, 5]);

    // A local command decided after catching up on a remote commit not announced yet: the remote
    // event goes out first, then ours.
    const sixth = await h.remoteCommit(6, 6);
    await room.submit({ n: 7 }, "l7", { role: "chair" });
    await h.settle();
    h.deliver(sixth); // late: nothing sent twice
    await h.settle();
    expect(h.emitted).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(room.current()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("relays a commit whose announcement never comes (its process died) once a join has read it from the log", async () => {
    await db.sessions.create({ id: "c3", organ: "security-council", title: "T", locale: "fr" });
    const h = harness("c3");
    const room = await h.rooms.get("c3");
    await room.submit({ n: 1 }, "l1", { role: "chair" });
    await h.remoteCommit(2, 2); // committed, acknowledged to its sender, then the process died
    await room.exclusive(() => undefined); // a client moving over from the dead process joins here
    await h.settle(); // …and nothing else happens in the session
    expect(h.emitted).toEqual([1, 2]);
  });

  it("ignores announcements for sessions it holds no room for, and starts a room's stream at its load", async () => {
    await db.sessions.create({ id: "c2", organ: "security-council", title: "T", locale: "fr" });
    const h = harness("c2");
    h.deliver(await h.remoteCommit(1, 1)); // no room here yet: no socket of ours can be in the session
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(h.emitted).toEqual([]);

    const room = await h.rooms.get("c2"); // a join would load it at seq 1 and send the state
    expect(room.lastSeq).toBe(1);
    h.deliver(await h.remoteCommit(2, 2));
    await h.settle();
    expect(h.emitted).toEqual([2]);
    h.rooms.evict("c2");
    expect(h.rooms.size).toBe(0);
  });
});
