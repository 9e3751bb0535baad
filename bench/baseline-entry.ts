/**
 * The baseline: a bare Socket.IO server (no validation, no database, no rules) in its own process.
 * `cmd` { b } is acknowledged, then a message of about `b` bytes is broadcast to every client at
 * once — the naive way, one broadcast per command, never coalesced. `cmd` { as } broadcasts instead
 * the message stored under that name by `message` { name, message }: the very message the real
 * server sent, so that its receivers parse the same structure, not one long string of the same size.
 */
import { createServer } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";

const http = createServer();
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 1e6 });
const bodies = new Map<number, string>();
const messages = new Map<string, unknown>();
let seq = 0;

function body(bytes: number): string {
  let pad = bodies.get(bytes);
  if (pad === undefined) {
    pad = "x".repeat(Math.max(0, bytes - 60));
    bodies.set(bytes, pad);
  }
  return pad;
}

io.on("connection", (socket) => {
  socket.on("message", (payload: { name?: string; message?: unknown }, ack?: (reply: unknown) => void) => {
    if (typeof payload?.name === "string") messages.set(payload.name, payload.message);
    ack?.({ ok: true });
  });
  socket.on("cmd", (payload: { b?: number; as?: string }, ack?: (reply: unknown) => void) => {
    seq += 1;
    ack?.({ ok: true, seq });
    const stored = payload?.as === undefined ? undefined : messages.get(payload.as);
    io.emit("events", stored ?? { sessionId: "baseline", events: [{ seq, pad: body(Number(payload?.b) || 100) }], lastSeq: seq });
  });
});

http.listen(0, "127.0.0.1", () => {
  const port = (http.address() as AddressInfo).port;
  if (process.send) process.send({ type: "ready", port });
  else console.log(`ready ${port}`);
});
// The noise floor: the lag an almost idle process sees on this machine while the load runs.
const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
process.on("message", (message: { type?: string }) => {
  if (message?.type === "reset") {
    lag.reset();
    process.send?.({ type: "reset" });
  }
  if (message?.type === "stats") {
    const rss = process.memoryUsage.rss();
    const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0);
    process.send?.({
      type: "stats",
      rssBytes: rss,
      peakRssBytes: rss,
      heapUsedBytes: 0,
      cpuMs: 0,
      wallMs: 0,
      lagP50Ms: ms(lag.percentile(50)),
      lagP99Ms: ms(lag.percentile(99)),
      lagMaxMs: ms(lag.max),
    });
  }
});
process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
