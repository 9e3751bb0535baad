/**
 * The session client against a real Socket.IO server that misbehaves on purpose: a broadcast that
 * overtakes the join's answer, a broadcast that follows a gap (lib/client/session-client.ts).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server, type Socket } from "socket.io";
import { afterEach, describe, expect, it } from "vitest";
import { SessionClient } from "@/lib/client/session-client";
import { fail, ok, type EventsMessage, type WireEvent } from "@/lib/protocol";

type Ev = { n: number };
const wire = (seq: number): WireEvent<Ev> => ({ seq, at: seq, event: { n: seq } });
const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A real Socket.IO server set up by `setUp`, and a session client connected to it (both closed after the test). */
async function clientOf(setUp: (io: Server) => void) {
  const http = createServer();
  const io = new Server(http);
  setUp(io);
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
  return client;
}

/** A server whose join answer and broadcasts a test scripts; records every join's lastSeq. */
async function scripted(onJoin: (socket: Socket, lastSeq: number, ack: (reply: unknown) => void) => void) {
  const joins: number[] = [];
  const client = await clientOf((io) =>
    io.on("connection", (socket) => {
      socket.on("session:join", (payload: { lastSeq: number }, ack: (reply: unknown) => void) => {
        joins.push(payload.lastSeq);
        onJoin(socket, payload.lastSeq, ack);
      });
    }),
  );
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

  it("a command sent while the socket is (re)joining waits for the join, instead of failing with session.not_joined", async () => {
    // A server that, like the real one after a restart, answers a command from a socket not joined yet with session.not_joined.
    const joined = new Set<string>();
    const client = await clientOf((io) =>
      io.on("connection", (socket) => {
        socket.on("session:join", (_payload: unknown, ack: (reply: unknown) => void) => {
          setTimeout(() => {
            joined.add(socket.id);
            ack(joinReply(0, []));
          }, 200);
        });
        socket.on("session:command", (_payload: unknown, ack: (reply: unknown) => void) =>
          ack(joined.has(socket.id) ? ok({ seq: 0, events: 1 }) : fail("session.not_joined", "not joined")),
        );
      }),
    );
    await client.waitFor(() => client.joined, 3_000);
    // The connection drops and comes back: a tap at the moment the socket is connected again, before its join has answered.
    const reconnected = new Promise<void>((resolve) => client.socket.once("connect", () => resolve()));
    client.socket.disconnect().connect();
    await reconnected;
    expect(client.socket.connected).toBe(true);
    expect(client.joined).toBe(false);
    const reply = await client.send({ type: "x" } as never, { timeoutMs: 1_000, attempts: 3 });
    expect(reply).toMatchObject({ ok: true });
  });
});
