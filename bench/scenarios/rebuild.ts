/**
 * Cold rebuild and resync. A room is rebuilt from its log on first use after a (re)start: time
 * `Room.load` over 10 000 and 100 000 events appended straight through the event repository,
 * against the baseline of merely reading and parsing the same rows with better-sqlite3. Then a
 * client that missed 1 000 events resyncs from its last sequence number, against a fresh client's
 * snapshot join. With state snapshots (server/room.ts), the same load starts from the latest one —
 * written, as in service, at most SNAPSHOT_EVERY events before the end — and reads the tail only.
 */
import Sqlite from "better-sqlite3";
import { liveSessionEngine, type LiveEvent } from "@/lib/session";
import type { NewEvent } from "@/server/db/events";
import { Room } from "@/server/room";
import { systemClock } from "@/server/clock";
import { SNAPSHOT_EVERY } from "@/server/app";
import { boot } from "@/server/test-utils/boot";
import { createSession, join, joined, must } from "@/server/test-utils/session";

export interface RebuildResult {
  rebuilds: Array<{
    events: number;
    loadMs: number;
    rawReadMs: number;
    ratio: number;
    stateOk: boolean;
    snapshot: { tail: number; loadMs: number; stateOk: boolean };
  }>;
  resync: { missed: number; resyncMs: number; snapshotJoinMs: number; ratio: number; ok: boolean };
  errors: string[];
}

const BATCH = 1_000;

export async function rebuild(options: { sizes: number[]; missed: number }): Promise<RebuildResult> {
  const server = await boot();
  const errors: string[] = [];
  const clients = [];
  try {
    const links = await createSession(server.app.url, { organ: "general-assembly" });
    const chair = join(server.app.url, links.id, links.chair.url);
    const screen = join(server.app.url, links.id, links.screen.url);
    clients.push(chair, screen);
    await joined([chair, screen]);
    const members = links.delegations.map((d) => d.member);
    await must(chair, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
    await must(chair, { type: "meeting.open" });
    await must(chair, { type: "draft.introduce" });
    await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });

    // What the appended events look like: ballots changing, and speakers joining and leaving the list.
    const eventAt = (n: number): { event: LiveEvent; actor: string } => {
      const member = members[n % members.length]!;
      const kind = n % 4;
      const event: LiveEvent =
        kind < 2
          ? ({ type: "vote.cast", member, choice: n % 3 === 0 ? "no" : "yes", withRights: false } as LiveEvent)
          : ({ type: kind === 2 ? "speakers.added" : "speakers.removed", member: members[(n >> 2) % members.length]! } as LiveEvent);
      return { event, actor: `delegation:${member}` };
    };
    const appendUpTo = async (target: number) => {
      let last = await server.db.events.lastSeq(links.id);
      while (last < target) {
        const batch: NewEvent[] = [];
        for (let n = last; n < Math.min(target, last + BATCH); n++) {
          const { event, actor } = eventAt(n);
          batch.push({ type: event.type, payload: event, actor, at: new Date(), commandId: `r${n}` });
        }
        await server.db.events.append(links.id, last, batch);
        last += batch.length;
      }
    };

    const raw = new Sqlite(server.file, { readonly: true });
    const rebuilds: RebuildResult["rebuilds"] = [];
    const roomDeps = (snapshots: boolean) => ({
      engine: liveSessionEngine,
      events: server.db.events,
      clock: systemClock,
      publish() {},
      ...(snapshots && { snapshots: { store: server.db.snapshots, every: SNAPSHOT_EVERY } }),
    });
    // The worst case in service: the last snapshot just under SNAPSHOT_EVERY events before the end.
    const tail = SNAPSHOT_EVERY - 1;
    for (const size of options.sizes) {
      await appendUpTo(size - tail);
      await (await Room.load(links.id, roomDeps(true))).persistSnapshot();
      await appendUpTo(size);
      const rawStart = performance.now();
      const rows = raw.prepare('SELECT payload FROM "SessionEvent" WHERE "sessionId" = ? ORDER BY seq').all(links.id) as Array<{
        payload: string;
      }>;
      let parsed = 0;
      for (const row of rows) parsed += (JSON.parse(row.payload) as { type: string }).type.length > 0 ? 1 : 0;
      const rawReadMs = performance.now() - rawStart;
      const loadStart = performance.now();
      const room = await Room.load(links.id, roomDeps(false));
      const loadMs = performance.now() - loadStart;
      const stateOk = room.lastSeq === size && parsed === size && !!room.current().procedure.vote;
      if (!stateOk) errors.push(`rebuild ${size}: lastSeq ${room.lastSeq}, parsed ${parsed}`);

      const snapStart = performance.now();
      const fromSnapshot = await Room.load(links.id, roomDeps(true));
      const snapLoadMs = performance.now() - snapStart;
      const snapOk = fromSnapshot.lastSeq === size && JSON.stringify(fromSnapshot.current()) === JSON.stringify(room.current());
      if (!snapOk)
        errors.push(`rebuild ${size} from a snapshot: lastSeq ${fromSnapshot.lastSeq}, or its state differs from the full replay`);
      rebuilds.push({
        events: size,
        loadMs,
        rawReadMs,
        ratio: loadMs / rawReadMs,
        stateOk,
        snapshot: { tail, loadMs: snapLoadMs, stateOk: snapOk },
      });
    }
    raw.close();

    // Resync: the screen misses `missed` events while offline, then comes back by itself.
    await screen.waitFor(() => screen.seq >= 0);
    const before = await server.db.events.lastSeq(links.id);
    screen.socket.disconnect();
    await appendUpTo(before + options.missed);
    const target = before + options.missed;
    // In service those events would have gone through the room: let it catch up before timing the client.
    await (await server.app.rooms.get(links.id)).exclusive(() => undefined);
    const resyncStart = performance.now();
    screen.socket.connect();
    await screen.waitFor(() => screen.status === "resynced" && screen.seq === target, 60_000);
    const resyncMs = performance.now() - resyncStart;

    const fresh = join(server.app.url, links.id, links.screen.url);
    clients.push(fresh);
    const snapStart = performance.now();
    await joined([fresh], 60_000);
    const snapshotJoinMs = performance.now() - snapStart;
    const ok = fresh.seq === target && JSON.stringify(fresh.state) === JSON.stringify(screen.state);
    if (!ok) errors.push(`resync: the resynced client's state differs from a fresh snapshot (seq ${screen.seq} vs ${fresh.seq})`);
    return { rebuilds, resync: { missed: options.missed, resyncMs, snapshotJoinMs, ratio: resyncMs / snapshotJoinMs, ok }, errors };
  } finally {
    for (const c of clients) c.close();
    await server.stop();
  }
}
