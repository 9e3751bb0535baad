/**
 * The real server (API + Socket.IO, no Next.js) in a process of its own, for the benchmark and the
 * fault suite: `node --import tsx bench/server-entry.ts` with DB_FILE (an SQLite file) or
 * DATABASE_URL, and PORT (0: any free port); REDIS_URL makes it one of several processes.
 * Started with an IPC channel it reports `{ type: "ready", port }`, and answers `{ type: "stats" }`
 * with its own RSS, CPU time and event-loop lag, so the load generator is measured apart.
 * Without IPC it prints `ready <port>` on stdout.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setFlagsFromString, writeHeapSnapshot } from "node:v8";
import { runInNewContext } from "node:vm";
import { createApp } from "../server/app";
import { openDatabase } from "../server/db";
import { systemClock } from "../server/clock";
import { seedLibrary } from "../server/seed";
import { UNLIMITED_CREATION } from "../server/sessions/create-limit";

export interface ServerStats {
  type: "stats";
  rssBytes: number;
  heapUsedBytes: number;
  /** V8's heap as reserved from the system, and memory held outside it (Buffers, native objects). */
  heapTotalBytes: number;
  externalBytes: number;
  /** CPU time (user + system) since the last reset, and the wall time it was measured over. */
  cpuMs: number;
  wallMs: number;
  lagP50Ms: number;
  lagP99Ms: number;
  lagMaxMs: number;
  /** Highest RSS seen by the 250 ms sampler since the last reset. */
  peakRssBytes: number;
  /** Rooms held in memory. */
  rooms: number;
  /** Linux's split of RSS (/proc/self/status): private memory, mapped files, shared memory; 0 elsewhere. */
  rssAnonBytes: number;
  rssFileBytes: number;
  rssShmemBytes: number;
}

/** The kernel's split of this process's RSS, in bytes (kB lines of /proc/self/status). */
function rssSplit() {
  let status = "";
  try {
    status = readFileSync("/proc/self/status", "utf8");
  } catch {
    // not Linux
  }
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
  return { rssAnonBytes: kb("RssAnon"), rssFileBytes: kb("RssFile"), rssShmemBytes: kb("RssShmem") };
}

const file = process.env.DB_FILE;
if (!file && !process.env.DATABASE_URL) throw new Error("DB_FILE or DATABASE_URL is required");
const db = await openDatabase(file ? `file:${file}` : process.env.DATABASE_URL);
await seedLibrary(db);
const roomIdleMs = Number(process.env.ROOM_IDLE_MS) > 0 ? Number(process.env.ROOM_IDLE_MS) : undefined;
const app = await createApp({
  db,
  clock: systemClock,
  port: Number(process.env.PORT ?? 0),
  host: "127.0.0.1",
  next: false,
  createLimits: UNLIMITED_CREATION,
  roomIdleMs,
});

// A full garbage collection on request ({ type: "gc" }), so that memory after the sessions end is
// measured as what is really still held, not what the collector has not yet reclaimed.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
let cpuStart = process.cpuUsage();
let wallStart = performance.now();
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 250);
sampler.unref();

function stats(): ServerStats {
  const cpu = process.cpuUsage(cpuStart);
  const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0);
  const rss = process.memoryUsage.rss();
  const memory = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  return {
    type: "stats",
    rssBytes: rss,
    heapUsedBytes: memory.heapUsed,
    heapTotalBytes: memory.heapTotal,
    externalBytes: memory.external,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: performance.now() - wallStart,
    lagP50Ms: ms(lag.percentile(50)),
    lagP99Ms: ms(lag.percentile(99)),
    lagMaxMs: ms(lag.max),
    peakRssBytes: peakRss,
    rooms: app.rooms.size,
    ...rssSplit(),
  };
}

if (process.send) {
  process.on("message", (message: { type?: string }) => {
    if (message?.type === "stats") process.send!(stats());
    if (message?.type === "gc") {
      collect();
      // BENCH_SMAPS_DIR: a copy of the kernel's map of this process's memory at each measurement.
      if (process.env.BENCH_SMAPS_DIR)
        writeFileSync(
          path.join(process.env.BENCH_SMAPS_DIR, `server-${process.pid}-${Date.now()}.smaps`),
          readFileSync("/proc/self/smaps"),
        );
      process.send!({ type: "gc" });
    }
    // A heap snapshot on request, for comparing what the process holds before and after a run.
    if (message?.type === "heap") {
      collect();
      const file = writeHeapSnapshot(path.join(process.env.BENCH_HEAP_DIR ?? tmpdir(), `server-${process.pid}-${Date.now()}.heapsnapshot`));
      process.send!({ type: "heap", file });
    }
    if (message?.type === "reset") {
      lag.reset();
      cpuStart = process.cpuUsage();
      wallStart = performance.now();
      peakRss = process.memoryUsage.rss();
      process.send!({ type: "reset" });
    }
  });
  process.on("disconnect", () => void shutdown());
  process.send({ type: "ready", port: app.port });
} else {
  console.log(`ready ${app.port}`);
}

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await app.close();
  await db.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
