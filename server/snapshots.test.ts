/**
 * State snapshots are an optimisation only: a room loaded from its latest snapshot and the log's
 * tail has exactly the state of a room that replayed the whole log, whatever the commands and
 * wherever the snapshot falls; a snapshot of another engine version, or ahead of the log, is ignored.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { liveSessionEngine, type LiveCommand } from "@/lib/session";
import { Room, type Actor } from "./room";
import { systemClock } from "./clock";
import { boot, type Booted } from "./test-utils/boot";
import { createSession } from "./test-utils/session";
import { defaultMembers } from "@/lib/session/create";

let server: Booted;
beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  await server?.stop();
});

const MEMBERS = defaultMembers("security-council");
const seat = fc.constantFrom(...MEMBERS);

/** What a Council does in the middle of a session: ballots, speakers, motions, points, votes opened and closed. */
const step: fc.Arbitrary<{ actor: Actor; command: LiveCommand }> = fc.oneof(
  {
    arbitrary: fc.record({ member: seat, choice: fc.constantFrom("yes", "no", "abstain") }).map(({ member, choice }) => ({
      actor: { role: "delegation" as const, member },
      command: { type: "vote.cast", choice } as LiveCommand,
    })),
    weight: 6,
  },
  {
    arbitrary: seat.map((member) => ({ actor: { role: "delegation" as const, member }, command: { type: "speakers.add" } as LiveCommand })),
    weight: 2,
  },
  {
    arbitrary: seat.map((member) => ({
      actor: { role: "delegation" as const, member },
      command: { type: "speakers.remove" } as LiveCommand,
    })),
    weight: 1,
  },
  {
    arbitrary: fc
      .constantFrom<LiveCommand>(
        { type: "vote.close" },
        { type: "vote.cancel" },
        { type: "vote.open", subject: { kind: "draft" }, method: "recorded" } as LiveCommand,
        { type: "speech.start" } as LiveCommand,
        { type: "speech.end" } as LiveCommand,
      )
      .map((command) => ({ actor: { role: "chair" as const }, command })),
    weight: 2,
  },
  {
    arbitrary: seat.map((member) => ({
      actor: { role: "delegation" as const, member },
      command: { type: "motion.propose", motion: { kind: "suspend", minutes: 5 } } as LiveCommand,
    })),
    weight: 1,
  },
);

async function councilInSession(): Promise<string> {
  const links = await createSession(server.app.url, { organ: "security-council" });
  const room = await server.app.rooms.get(links.id);
  const chair: Actor = { role: "chair" };
  for (const command of [
    { type: "attendance.record", entries: Object.fromEntries(MEMBERS.map((m) => [m, "present"])) },
    { type: "meeting.open" },
    { type: "draft.introduce" },
  ] as LiveCommand[]) {
    expect((await room.submit(command, crypto.randomUUID(), chair)).ok).toBe(true);
  }
  return links.id;
}

const deps = (every?: number) => ({
  engine: liveSessionEngine,
  events: server.db.events,
  clock: systemClock,
  publish() {},
  ...(every !== undefined && { snapshots: { store: server.db.snapshots, every } }),
});

describe("state snapshots", () => {
  it("snapshot + tail = full replay, for random commands and snapshot intervals (property, 12 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), async (steps, every) => {
        const sessionId = await councilInSession();
        // The room that writes: a snapshot every `every` events, as in service.
        const writer = await Room.load(sessionId, deps(every));
        for (const { actor, command } of steps) await writer.submit(command, crypto.randomUUID(), actor);
        await writer.exclusive(() => undefined);
        await writer.snapshotsWritten();

        // The snapshot is at most `every` events (plus one command's) behind: the rest is the tail.
        const stored = await server.db.snapshots.latest(sessionId);
        if (writer.lastSeq >= every) expect(stored!.seq).toBeGreaterThan(writer.lastSeq - every - 3);
        const fromSnapshot = await Room.load(sessionId, deps(every));
        const fromLog = await Room.load(sessionId, deps());
        expect(fromSnapshot.lastSeq).toBe(fromLog.lastSeq);
        expect(fromSnapshot.current()).toEqual(fromLog.current());
        expect(fromSnapshot.current()).toEqual(writer.current());
      }),
      { numRuns: 12, seed: 20261201 },
    );
  }, 120_000);

  it("a room loaded from a snapshot reads only the events after it", async () => {
    const sessionId = await councilInSession();
    const writer = await Room.load(sessionId, deps(1_000));
    const before = await writer.submit({ type: "speakers.add" } as LiveCommand, "before-1", { role: "delegation", member: "CHN" });
    await writer.persistSnapshot();
    const at = writer.lastSeq;
    await writer.submit({ type: "speakers.add" } as LiveCommand, "tail-1", { role: "delegation", member: "FRA" });
    const list = vi.spyOn(server.db.events, "list");
    try {
      const room = await Room.load(sessionId, deps(1_000));
      expect(list).toHaveBeenCalledTimes(1);
      expect(list.mock.calls[0]![1]).toBe(at);
      expect(room.lastSeq).toBe(at + 1);
      expect(room.current().procedure.speakers.queue).toContain("FRA");
    } finally {
      list.mockRestore();
    }
    // A retry of a command from before the snapshot is still answered from the log, not applied twice.
    const reloaded = await Room.load(sessionId, deps(1_000));
    const retry = await reloaded.submit({ type: "speakers.add" } as LiveCommand, "before-1", { role: "delegation", member: "CHN" });
    expect(before.ok).toBe(true);
    expect(retry).toEqual(before);
    expect(reloaded.lastSeq).toBe(at + 1);
  });

  it("a snapshot of another engine version, or ahead of the log, is ignored: the whole log is replayed", async () => {
    const sessionId = await councilInSession();
    const truth = (await Room.load(sessionId, deps())).current();
    const lastSeq = await server.db.events.lastSeq(sessionId);

    await server.db.snapshots.save(sessionId, { seq: lastSeq, version: "an older engine", json: JSON.stringify({ garbage: true }) });
    expect((await Room.load(sessionId, deps(10))).current()).toEqual(truth);

    await server.db.snapshots.save(sessionId, {
      seq: lastSeq + 50,
      version: liveSessionEngine.version,
      json: JSON.stringify({ garbage: true }),
    });
    const ahead = await Room.load(sessionId, deps(10));
    expect(ahead.current()).toEqual(truth);
    expect(ahead.lastSeq).toBe(lastSeq);
  });

  it("a room leaving memory (idle eviction) writes its snapshot first, and the next use starts from it", async () => {
    const sessionId = await councilInSession();
    const room = await server.app.rooms.get(sessionId);
    await room.submit({ type: "speakers.add" } as LiveCommand, "evict-1", { role: "delegation", member: "FRA" });
    const lastSeq = room.lastSeq;
    expect((await server.db.snapshots.latest(sessionId))?.seq ?? 0).toBeLessThan(lastSeq); // far from 500 events
    server.app.rooms.evict(sessionId);
    await room.snapshotsWritten();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await server.db.snapshots.latest(sessionId))?.seq).toBe(lastSeq);
    const again = await server.app.rooms.get(sessionId);
    expect(again).not.toBe(room);
    expect(again.current()).toEqual(room.current());
  });
});
