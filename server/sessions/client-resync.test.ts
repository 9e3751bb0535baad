/**
 * The session client against a real Socket.IO server that misbehaves on purpose: a broadcast that
 * overtakes the join's answer, a broadcast that follows a gap (lib/client/session-client.ts).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server, type Socket } from "socket.io";
import { afterEach, describe, expect, it } from "vitest";
import { SessionClient } from "@/lib/client/session-client";
import { ok, type EventsMessage, type WireEvent } from "@/lib/protocol";

type Ev = { n: number };
const wire = (seq: number): WireEvent<Ev> => ({ seq, at: seq, event: { n: seq } });
const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A server whose join answer and broadcasts a test scripts; records every join's lastSeq. */
async function scripted(onJoin: (socket: Socket, lastSeq: number, ack: (reply: unknown) => void) => void) {
  const http = createServer();
  const io = new Server(http);
  const joins: number[] = [];
  io.on("connection", (socket) => {
    socket.on("session:join", (payload: { lastSeq: number }, ack: (reply: unknown) => void) => {
      joins.push(payload.lastSeq);
      onJoin(socket, payload.lastSeq, ack);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const client = new SessionClient<Ev[], Ev>({
    url,
    sessionId: "s1",
    token: "t".repeat(20),
    reduce: (state, e) => [...state, e],
    transports: ["websocket"],
  });
  stops.push(() => {
    client.close();
    void io.close();
  });
  return { client, joins };
}

const joinReply = (seq: number, snapshot: Ev[] | null, events: WireEvent<Ev>[] | null = null) =>
  ok({ sessionId: "s1", role: "screen" as const, member: null, seq, snapshot, events });
const message = (fromSeq: number, events: WireEvent<Ev>[]): EventsMessage<Ev> => ({
  sessionId: "s1",
  events,
  fromSeq,
  lastSeq: events.at(-1)?.seq ?? fromSeq,
});

describe("session client", () => {
  it("a broadcast that arrives before the join's answer is applied after it, not dropped", async () => {
    const { client } = await scripted((socket, _lastSeq, ack) => {
      // The ballot committed right after the join's read overtakes its answer.
      socket.emit("session:events", message(2, [wire(3)]));
      setTimeout(() => ack(joinReply(2, [{ n: 1 }, { n: 2 }])), 20);
    });
    await client.waitFor(() => client.seq === 3, 3_000);
    expect(client.state).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("a broadcast past a gap is not applied over the hole: the client joins again from its sequence", async () => {
    let first = true;
    const { client, joins } = await scripted((socket, lastSeq, ack) => {
      if (first) {
        first = false;
        ack(joinReply(2, [{ n: 1 }, { n: 2 }]));
        // Seq 3 is lost on the way; 4 arrives.
        setTimeout(() => socket.emit("session:events", message(3, [wire(4)])), 20);
        return;
      }
      ack(
        joinReply(
          4,
          null,
          [wire(3), wire(4)].filter((e) => e.seq > lastSeq),
        ),
      );
    });
    await client.waitFor(() => client.seq === 4 && client.status === "resynced", 3_000);
    expect(joins).toEqual([0, 2]);
    expect(client.state).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
  });
});
