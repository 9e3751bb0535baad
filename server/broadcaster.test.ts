/**
 * The broadcaster's pacing (broadcaster.ts): an idle server sends each tick's events at once; a
 * busy one sends a session at most one message per window, with everything committed meanwhile.
 */
import { describe, expect, it } from "vitest";
import type { EventsMessage, WireEvent } from "@/lib/protocol";
import { createBroadcaster } from "./broadcaster";

function fakeIo() {
  const sent: Array<{ room: string; message: EventsMessage; at: number }> = [];
  const target = (room: string) => ({
    emit: (_event: string, message: EventsMessage) => void sent.push({ room, message, at: performance.now() }),
    except: () => target(room),
  });
  return { io: { to: target } as never, sent };
}

const wire = (seq: number): WireEvent<unknown> => ({ seq, at: 0, event: { type: "x" } });
const tick = () => new Promise((resolve) => setImmediate(resolve));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("broadcaster pacing", () => {
  it("sends at once, one message per tick, while the server is idle", async () => {
    const { io, sent } = fakeIo();
    const b = createBroadcaster(io, { lagMs: () => 2, windowMs: 50 });
    for (const seq of [1, 2, 3]) {
      b.publish("s", [wire(seq)], [null], seq);
      await tick();
    }
    expect(sent.map((s) => s.message.events.map((e) => e.seq))).toEqual([[1], [2], [3]]);
  });

  it("holds a busy session's events for the rest of its window and sends them together, in order", async () => {
    const { io, sent } = fakeIo();
    const b = createBroadcaster(io, { lagMs: () => 60, windowMs: 40 });
    const start = performance.now();
    b.publish("s", [wire(1)], [null], 1);
    await tick();
    b.publish("s", [wire(2)], [null], 2);
    await tick();
    b.publish("s", [wire(3), wire(4)], [null, null], 4);
    await tick();
    expect(sent.map((s) => s.message.events.map((e) => e.seq))).toEqual([[1]]);
    await wait(60);
    expect(sent.map((s) => s.message.events.map((e) => e.seq))).toEqual([[1], [2, 3, 4]]);
    expect(sent[1]!.message).toMatchObject({ fromSeq: 1, lastSeq: 4 });
    expect(sent[1]!.at - start).toBeGreaterThanOrEqual(35);
  });

  it("paces each busy session on its own: another session's first message is not held", async () => {
    const { io, sent } = fakeIo();
    const b = createBroadcaster(io, { lagMs: () => 60, windowMs: 40 });
    b.publish("a", [wire(1)], [null], 1);
    await tick();
    b.publish("a", [wire(2)], [null], 2);
    b.publish("b", [wire(1)], [null], 1);
    await tick();
    expect(sent.map((s) => `${s.room}:${s.message.events.map((e) => e.seq).join(",")}`)).toEqual(["session:a:1", "session:b:1"]);
    b.flush();
    expect(sent.map((s) => `${s.room}:${s.message.events.map((e) => e.seq).join(",")}`)).toEqual([
      "session:a:1",
      "session:b:1",
      "session:a:2",
    ]);
  });

  it("lets the loop turn once it has written for a slice: sixty sessions' messages are not one block", async () => {
    const { io, sent } = fakeIo();
    let turned = 0;
    const turnsAtSend: number[] = [];
    const slow = {
      to: (room: string) => ({
        emit: (event: string, message: EventsMessage) => {
          const until = performance.now() + 2; // a room of a few hundred sockets
          while (performance.now() < until);
          turnsAtSend.push(turned);
          (io as { to(r: string): { emit(e: string, m: EventsMessage): void } }).to(room).emit(event, message);
        },
        except: () => slow.to(room),
      }),
    };
    const b = createBroadcaster(slow as never, { lagMs: () => 0 });
    for (const id of ["a", "b", "c", "d", "e", "f"]) b.publish(id, [wire(1)], [null], 1);
    const counting = setInterval(() => turned++, 0);
    await wait(40);
    clearInterval(counting);
    expect(sent).toHaveLength(6);
    // Written in slices of a few milliseconds, with timers run in between (one block: no turn before the end).
    expect(new Set(turnsAtSend).size).toBeGreaterThan(1);
  });
});
