/**
 * A conference: many sessions at once, each running a compressed stretch of a busy meeting
 * (speakers' list changes, an amendment, a recorded vote of every member, again and again), the
 * server in its own process so its memory, CPU and event-loop lag are its alone.
 *
 * With `processes` it runs the same conference across several server processes sharing one
 * PostgreSQL database and one Redis (docs/deploy.md): every session's delegations and screens are
 * spread over all processes, the chair on one of them, so each command's events cross Redis.
 */
import { fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ServerStats } from "../server-entry";
import { startChild, type Child } from "../child";
import type { LoadOptions, LoadResult } from "../conference-load-entry";
import { sleep } from "../measure";

export interface ConferenceOptions {
  /** Members of each session (15 → a Security Council, 193 → the Assembly, else a Main Committee). */
  sizes: number[];
  screensPerSession: number;
  durationMs: number;
  /** Ballots arrive spread over this window after a vote opens. */
  voteWindowMs: number;
  pauseMs: number;
  seed: number;
  /** Several server processes: the environment each gets (DATABASE_URL, REDIS_URL…). Default: one, on SQLite. */
  processes?: Array<Record<string, string>>;
}

export interface ConferenceResult {
  sessions: number;
  clients: number;
  durationMs: number;
  commands: number;
  /** Commands with no answer at all (time-out): must be 0. */
  lost: number;
  refused: Record<string, number>;
  votes: number;
  /** All processes together: summed RSS and CPU, the worst event-loop lag. */
  server: ServerStats;
  /** Each process's own figures (one entry with a single process). */
  servers: ServerStats[];
  /** The lag of an idle process beside it: the machine's own noise. */
  idleLagP99Ms: number;
  /**
   * Memory before the sessions were created and after they ended (every socket closed, the idle
   * rooms evicted after ROOM_IDLE_MS, a full collection), all processes together: RSS should come
   * back near where it started.
   */
  memory: {
    beforeRssBytes: number;
    afterRssBytes: number;
    beforeHeapBytes: number;
    afterHeapBytes: number;
    roomsAfter: number;
    /** V8's reserved heap and the memory outside it, before and after (to tell what RSS holds). */
    heapTotalBytes: [number, number];
    externalBytes: [number, number];
  };
  /**
   * The load generator's own CPU (its process: every client socket), share of one core: near 100 %
   * it, not the server, is the limit.
   */
  generatorCpu: number;
  /** Broadcast messages the generator's sockets received (every one counted, none lost in silence). */
  received: number;
  errors: string[];
}

/** How long after a forced collection memory is read (see memoryNow). */
const GC_SETTLE_MS = 1_000;

/** How long a room with no socket stays in memory during the benchmark. */
const IDLE_MS = 1_000;

export async function conference(options: ConferenceOptions): Promise<ConferenceResult> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-bench-")), "conference.db");
  // Rooms with nobody connected leave memory after a second here (two minutes in service).
  const envs = (options.processes ?? [{ DB_FILE: file }]).map((env) => ({ ROOM_IDLE_MS: String(IDLE_MS), ...env }));
  // One after the other: the first migrates the database, the others find it done.
  const servers: Child[] = [];
  for (const env of envs) servers.push(await startChild("server-entry.ts", env));
  const memoryNow = async () => {
    for (const s of servers) await s.gc();
    // A full collection returns its freed pages to the system from V8's background threads, after
    // it has returned: RSS read at once still counted them (measured: 344 MB at once, 238 MB
    // some tens of milliseconds later, the same process with nothing else running).
    await sleep(GC_SETTLE_MS);
    const each = await Promise.all(servers.map((s) => s.stats()));
    return {
      rss: each.reduce((t, s) => t + s.rssBytes, 0),
      heap: each.reduce((t, s) => t + s.heapUsedBytes, 0),
      heapTotal: each.reduce((t, s) => t + s.heapTotalBytes, 0),
      external: each.reduce((t, s) => t + s.externalBytes, 0),
      rooms: each.reduce((t, s) => t + s.rooms, 0),
      anon: each.reduce((t, s) => t + s.rssAnonBytes, 0),
      file: each.reduce((t, s) => t + s.rssFileBytes, 0),
      shmem: each.reduce((t, s) => t + s.rssShmemBytes, 0),
    };
  };
  const roomsHeld = async () => (await Promise.all(servers.map((s) => s.stats()))).reduce((t, s) => t + s.rooms, 0);
  const before = await memoryNow();
  // BENCH_HEAP_DIR: a heap snapshot of each process before the sessions begin and after they end.
  const heapSnapshots = async (when: string) => {
    if (!process.env.BENCH_HEAP_DIR) return;
    for (const s of servers) process.stderr.write(`[bench] heap snapshot ${when}: ${await s.heapSnapshot()}\n`);
  };
  await heapSnapshots("before");
  const peaks = servers.map(() => 0);
  let sampler: NodeJS.Timeout | undefined;
  const idle = await startChild("baseline-entry.ts");
  const load = startLoad();
  const errors: string[] = [];

  try {
    // Set up every session first (not measured).
    const { sizes, screensPerSession, durationMs, voteWindowMs, pauseMs, seed } = options;
    const loadOptions: LoadOptions = { sizes, screensPerSession, durationMs, voteWindowMs, pauseMs, seed };
    const { clients } = await load.request<{ clients: number }>(
      { type: "setup", urls: servers.map((s) => s.url), options: loadOptions },
      "ready",
    );

    for (const s of servers) await s.reset();
    await idle.reset();
    sampler = setInterval(() => {
      for (const [p, s] of servers.entries())
        void s
          .stats()
          .then((st) => (peaks[p] = Math.max(peaks[p]!, st.peakRssBytes)))
          .catch(() => {});
    }, 1_000);
    const { result } = await load.request<{ result: LoadResult }>({ type: "go" }, "done");
    clearInterval(sampler);
    const each = await Promise.all(servers.map((s) => s.stats()));
    for (const [p, st] of each.entries()) st.peakRssBytes = Math.max(st.peakRssBytes, peaks[p]!);
    const stats = combined(each);
    const idleLagP99Ms = (await idle.stats()).lagP99Ms;

    // Every chair's copy agrees with the votes it closed.
    errors.push(...result.errors);
    for (const chair of result.chairs) {
      if (!chair.connected) errors.push(`session ${chair.sessionId}: chair not connected`);
      if (chair.decisions === 0 && options.durationMs > 2_000) errors.push(`session ${chair.sessionId}: no vote was completed`);
    }

    // The conference ends: everyone leaves, the rooms go idle and are evicted.
    await load.request({ type: "close" }, "closed");
    // Until every room has been evicted (closing thousands of sockets takes a while on a busy
    // machine), then a settle period for the collector's and the allocator's own work.
    await sleep(IDLE_MS);
    for (let waited = 0; waited < 30_000 && (await roomsHeld()) > 0; waited += 500) await sleep(500);
    // V8 gives back the pages of a heap that shrank on its own schedule (its memory reducer
    // starts after some seconds of quiet): measured here after a collection and 10 s of quiet,
    // as a server between two conferences is.
    for (const s of servers) await s.gc();
    await sleep(10_000);
    const after = await memoryNow();
    await heapSnapshots("after");
    const memory = {
      beforeRssBytes: before.rss,
      afterRssBytes: after.rss,
      beforeHeapBytes: before.heap,
      afterHeapBytes: after.heap,
      roomsAfter: after.rooms,
      heapTotalBytes: [before.heapTotal, after.heapTotal] as [number, number],
      externalBytes: [before.external, after.external] as [number, number],
    };
    process.stderr.write(`[bench] memory before → after: ${JSON.stringify({ before, after })}\n`);
    return {
      sessions: result.sessions,
      clients,
      durationMs: result.durationMs,
      commands: result.commands,
      lost: result.lost,
      refused: result.refused,
      votes: result.votes,
      server: stats,
      servers: each,
      idleLagP99Ms,
      generatorCpu: result.cpu,
      received: result.received,
      memory,
      errors,
    };
  } finally {
    if (sampler) clearInterval(sampler);
    load.stop();
    for (const s of servers) await s.stop();
    await idle.stop();
  }
}

/** The load generator's process (bench/conference-load-entry.ts): one request, one awaited answer. */
function startLoad() {
  const proc = fork(path.join(import.meta.dirname, "..", "conference-load-entry.ts"), [], {
    execArgv: ["--import", "tsx", ...(process.env.BENCH_LOAD_ARGS?.split(" ").filter(Boolean) ?? [])],
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return {
    request<T>(message: unknown, answer: string): Promise<T> {
      return new Promise((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
        const onMessage = (m: { type?: string; message?: string }) => {
          if (m?.type !== answer && m?.type !== "error") return;
          proc.off("message", onMessage);
          proc.off("exit", onExit);
          if (m.type === "error") reject(new Error(`load generator: ${m.message}`));
          else resolve(m as T);
        };
        proc.on("message", onMessage);
        proc.once("exit", onExit);
        proc.send(message as object);
      });
    },
    stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
    },
  };
}

/** Several processes as one: memory and CPU add up, the event-loop lag is the worst process's. */
function combined(each: ServerStats[]): ServerStats {
  const sum = (pick: (s: ServerStats) => number) => each.reduce((total, s) => total + pick(s), 0);
  const max = (pick: (s: ServerStats) => number) => Math.max(...each.map(pick));
  return {
    type: "stats",
    rssBytes: sum((s) => s.rssBytes),
    heapUsedBytes: sum((s) => s.heapUsedBytes),
    heapTotalBytes: sum((s) => s.heapTotalBytes),
    externalBytes: sum((s) => s.externalBytes),
    cpuMs: sum((s) => s.cpuMs),
    wallMs: max((s) => s.wallMs),
    lagP50Ms: max((s) => s.lagP50Ms),
    lagP99Ms: max((s) => s.lagP99Ms),
    lagMaxMs: max((s) => s.lagMaxMs),
    peakRssBytes: sum((s) => s.peakRssBytes),
    rooms: sum((s) => s.rooms),
    rssAnonBytes: sum((s) => s.rssAnonBytes),
    rssFileBytes: sum((s) => s.rssFileBytes),
    rssShmemBytes: sum((s) => s.rssShmemBytes),
  };
}
