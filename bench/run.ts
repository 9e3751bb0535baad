/**
 * The benchmark: `npm run bench` (full, a few minutes) or `npm run bench -- --quick` (seconds, for
 * CI). Every timing is set against a baseline measured in the same run (this machine is noisy);
 * see docs/benchmarks.md. Writes bench/results/latest.json (quick: bench/results/quick.json) and
 * prints a table. Exits non-zero on a correctness failure (a lost ack, a wrong tally, a client
 * left behind); timing targets fail the run only with --strict, and never in --quick mode.
 */
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { assembly, type AssemblyResult } from "./scenarios/assembly";
import { conference, type ConferenceResult } from "./scenarios/conference";
import { scratchPostgres } from "@/server/db/test-databases";
import { rebuild } from "./scenarios/rebuild";
import { pageWeights } from "./scenarios/pages";
import { phone } from "./scenarios/phone";
import { hostileClass, type HostileClassResult } from "./scenarios/hostile-class";
import { papers, papersRows } from "./scenarios/papers";

const quick = process.argv.includes("--quick");
/** How many times each latency scenario runs (the machine is noisy: targets are judged on medians). */
const REPEATS = quick ? 1 : Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
const strict = process.argv.includes("--strict") && !quick;
/**
 * `--only=conference,full` runs only those scenarios (fanout, conference, full, postgres, hostile,
 * rebuild, pages, phone): for profiling one of them on a shared machine.
 */
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const want = (scenario: string) => !only || only.includes(scenario);

type Status = "PASS" | "FAIL" | "info" | "n/a" | "-";
interface Row {
  scenario: string;
  metric: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  status: Status;
  /** Correctness rows fail the run in every mode. */
  correctness?: boolean;
}
const rows: Row[] = [];
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : "n/a");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const timing = (ok: boolean): Status => (quick ? "-" : ok ? "PASS" : "FAIL");
/** The middle value (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const spread = (values: number[], format: (n: number) => string) =>
  values.length > 1 ? ` (${format(Math.min(...values))}–${format(Math.max(...values))})` : "";
/**
 * One figure of a latency scenario run `REPEATS` times, each run against its own baseline: the
 * target is judged on the median of the runs' ratios, and the spread of those ratios is shown.
 */
function ratioRow(scenario: string, metric: string, runs: Array<{ value: number; baseline: number }>, max: number) {
  const ratios = runs.map((r) => r.value / r.baseline);
  const ratio = median(ratios);
  rows.push({
    scenario,
    metric,
    value: ms(median(runs.map((r) => r.value))),
    baseline: ms(median(runs.map((r) => r.baseline))),
    ratio: `${ratio.toFixed(2)}×${spread(ratios, (n) => n.toFixed(2))}`,
    target: `≤ ${max}× baseline`,
    status: timing(ratio <= max),
  });
}
function check(scenario: string, metric: string, ok: boolean, value: string) {
  rows.push({ scenario, metric, value, baseline: "", ratio: "", target: "exact", status: ok ? "PASS" : "FAIL", correctness: true });
}

const config = quick
  ? {
      assembly: { amendments: 3, ballots: 20, screens: 10, seed: 8 },
      conference: { sizes: [15, 30, 60], screensPerSession: 2, durationMs: 4_000, voteWindowMs: 300, pauseMs: 200, seed: 8 },
      rebuild: { sizes: [1_000, 5_000], missed: 1_000 },
    }
  : {
      // 200 amendments, not 30: a p99 of 30 samples is the slowest one, whatever the machine did then.
      assembly: { amendments: 200, ballots: 300, screens: 10, seed: 8 },
      conference: {
        // 30 sessions, 15 to 193 members each: 2 Assemblies, 12 Main Committees, 16 Councils.
        sizes: [193, 193, 120, 100, 80, 60, 50, 40, 30, 30, 25, 25, 20, 20, ...Array<number>(16).fill(15)],
        screensPerSession: 2,
        durationMs: 60_000,
        voteWindowMs: 3_000,
        pauseMs: 1_500,
        seed: 8,
      },
      rebuild: { sizes: [10_000, 100_000], missed: 1_000 },
      /**
       * A large conference on one process: 60 sessions — 2 Assemblies of 193, 20 Main Committees
       * of 40 to 150, 38 Councils and classes of 15 to 30 — and 30 screens, observers and press
       * devices per session: about 4 800 sockets. Run once (it takes minutes).
       */
      fullConference: {
        sizes: [
          193,
          193,
          ...Array.from({ length: 20 }, (_, i) => 40 + Math.round((110 * i) / 19)),
          ...Array.from({ length: 38 }, (_, i) => (i % 2 ? 15 : 15 + (i % 16))),
        ],
        screensPerSession: 30,
        durationMs: 60_000,
        voteWindowMs: 3_000,
        pauseMs: 1_500,
        seed: 8,
      },
    };

const started = Date.now();
const errors: string[] = [];
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const gas: AssemblyResult[] = [];
if (want("fanout")) {
  for (let i = 0; i < REPEATS; i++) {
    log(`fan-out and burst (${quick ? "quick" : "full"}), run ${i + 1} of ${REPEATS}…`);
    const run = await assembly(config.assembly);
    errors.push(...run.errors);
    gas.push(run);
  }
  const ga = gas[0]!;
  const fan = `fan-out (${ga.clients} clients${REPEATS > 1 ? `, median of ${REPEATS} runs` : ""})`;
  const of = (pick: (r: AssemblyResult) => { real: number; baseline: number }) =>
    gas.map((r) => ({ value: pick(r).real, baseline: pick(r).baseline }));
  ratioRow(
    fan,
    `amendment → last client p50 (n=${ga.amendment.real.n}, ${ga.amendment.bytes} B)`,
    of((r) => ({ real: r.amendment.real.p50, baseline: r.amendment.baseline.p50 })),
    1.5,
  );
  ratioRow(
    fan,
    `amendment → last client p99`,
    of((r) => ({ real: r.amendment.real.p99, baseline: r.amendment.baseline.p99 })),
    1.5,
  );
  ratioRow(
    fan,
    `ballot → last client p50 (n=${ga.ballot.real.n}, ${ga.ballot.bytes} B)`,
    of((r) => ({ real: r.ballot.real.p50, baseline: r.ballot.baseline.p50 })),
    1.5,
  );
  ratioRow(
    fan,
    `ballot → last client p95`,
    of((r) => ({ real: r.ballot.real.p95, baseline: r.ballot.baseline.p95 })),
    1.5,
  );
  ratioRow(
    fan,
    `ballot → last client p99`,
    of((r) => ({ real: r.ballot.real.p99, baseline: r.ballot.baseline.p99 })),
    1.5,
  );
  const burst = `burst vote (193 at once${REPEATS > 1 ? `, median of ${REPEATS} runs` : ""})`;
  ratioRow(
    burst,
    "ack p50 (vs naive broadcast)",
    of((r) => ({ real: r.burst.real.ack.p50, baseline: r.burst.baseline.ack.p50 })),
    1,
  );
  ratioRow(
    burst,
    "ack p99 (vs naive broadcast)",
    of((r) => ({ real: r.burst.real.ack.p99, baseline: r.burst.baseline.ack.p99 })),
    1,
  );
  ratioRow(
    burst,
    "every client has every ballot",
    of((r) => ({ real: r.burst.real.allSeenMs, baseline: r.burst.baseline.allSeenMs })),
    1,
  );
  check(
    burst,
    "acks received / lost (every run)",
    gas.every((r) => r.burst.real.lost === 0 && r.burst.real.acked === 193),
    gas.map((r) => `${r.burst.real.acked} / ${r.burst.real.lost}`).join(", "),
  );
  check(
    burst,
    "clients missing a ballot (every run)",
    gas.every((r) => r.burst.real.short === 0),
    gas.map((r) => String(r.burst.real.short)).join(", "),
  );
  check(
    burst,
    "final tally exact (every run)",
    gas.every((r) => r.burst.real.tallyExact),
    JSON.stringify(ga.burst.real.counts).replace(/"/g, ""),
  );
}

let pgConference: ConferenceResult | undefined;
const confs: ConferenceResult[] = [];
if (want("conference")) {
  for (let i = 0; i < REPEATS; i++) {
    log(`conference, run ${i + 1} of ${REPEATS}…`);
    const run = await conference(config.conference);
    errors.push(...run.errors);
    confs.push(run);
  }
  conferenceRows(confs, "", undefined, { lagTarget: 30, rssTarget: 1024 ** 3 });
}
if (want("full")) {
  if ("fullConference" in config && config.fullConference) {
    log("conference at full size (one run)…");
    const full = await conference(config.fullConference);
    errors.push(...full.errors.map((e) => `full size: ${e}`));
    confs.push(full);
    conferenceRows([full], ", full size", undefined, { lagTarget: 50, rssTarget: 1.5 * 1024 ** 3 });
  }
}

const postgresRuns: ConferenceResult[] = [];
if (want("postgres")) {
  // Across two processes on PostgreSQL and Redis (issue: scale-out), when both are at hand: the
  // same conference on one process and PostgreSQL first, as the baseline of the two-process run.
  const postgres = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  const redis = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL;
  if (postgres && redis) {
    for (const count of [1, 2]) {
      log(`conference on PostgreSQL${count > 1 ? ` across ${count} processes with Redis` : ", one process"}…`);
      const scratch = await scratchPostgres(postgres);
      try {
        const prefix = `hemicycle-bench-${process.pid}-${count}`;
        const env: Record<string, string> =
          count > 1 ? { DATABASE_URL: scratch.url, REDIS_URL: redis, REDIS_KEY_PREFIX: prefix } : { DATABASE_URL: scratch.url };
        // At full size (issue 19: "re-run the two-process conference at the new size"); toy size in --quick.
        const size = config.fullConference ?? config.conference;
        const run = await conference({ ...size, processes: Array.from({ length: count }, () => env) });
        errors.push(...run.errors.map((e) => `${count} process(es): ${e}`));
        conferenceRows([run], count > 1 ? `, ${count} processes + Redis` : ", PostgreSQL", count > 1 ? pgConference : undefined, {
          lagTarget: 50,
          rssTarget: 1.5 * 1024 ** 3,
        });
        if (count === 1) pgConference = run;
        postgresRuns.push(run);
      } finally {
        await scratch.drop();
      }
    }
  } else {
    rows.push({
      scenario: "conference, 2 processes + Redis",
      metric: "not run",
      value: "set BENCH_POSTGRES_URL and BENCH_REDIS_URL (or TEST_…)",
      baseline: "",
      ratio: "",
      target: "",
      status: "n/a",
    });
  }
}

if (want("papers"))
  await papers({ authors: 10, keystrokes: quick ? 40 : 300, intervalMs: 100 }).then(
    (r) => (rows.push(...papersRows(r, quick)), errors.push(...r.errors)),
  );
if (want("hostile")) {
  // A hostile class (issue: abuse by legitimate links): another session's ballots under attack.
  const hostile: HostileClassResult[] = [];
  for (let i = 0; i < REPEATS; i++) {
    log(`hostile class, run ${i + 1} of ${REPEATS}…`);
    const run = await hostileClass(quick ? { rounds: 3, warmupMs: 300 } : { rounds: 12, warmupMs: 1_000 });
    errors.push(...run.errors.map((e) => `hostile class: ${e}`));
    hostile.push(run);
  }
  const attackedScenario = `hostile class (3 of 15 misbehave${REPEATS > 1 ? `, median of ${REPEATS} runs` : ""})`;
  ratioRow(
    attackedScenario,
    "another session's ballot ack p99 (vs unattacked)",
    hostile.map((r) => ({ value: r.ballots.attacked.p99, baseline: r.ballots.baseline.p99 })),
    2,
  );
  check(
    attackedScenario,
    "honest commands answered / lost (every run)",
    hostile.every((r) => r.honest.answered === r.honest.sent && r.honest.lost === 0),
    hostile.map((r) => `${r.honest.answered}/${r.honest.sent} / ${r.honest.lost}`).join(", "),
  );
  const worst = hostile[0]!.worst.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
  rows.push({
    scenario: attackedScenario,
    metric: `most expensive valid command: ${worst.command} (decide, median)`,
    value: ms(worst.medianMs),
    baseline: "",
    ratio: "",
    target: "≤ 5 ms",
    status: timing(worst.medianMs <= 5),
  });
}

let rb: Awaited<ReturnType<typeof rebuild>> | undefined;
if (want("rebuild")) {
  log("cold rebuild and resync…");
  rb = await rebuild(config.rebuild);
  errors.push(...rb.errors);
  for (const r of rb.rebuilds) {
    const max = 2_000 * (r.events / 100_000);
    rows.push({
      scenario: "cold rebuild",
      metric: `Room.load of ${r.events.toLocaleString("en")} events (vs read + parse)`,
      value: ms(r.loadMs),
      baseline: ms(r.rawReadMs),
      ratio: `${r.ratio.toFixed(1)}×`,
      target: `≤ ${ms(Math.max(max, 20))}`,
      status: r.stateOk ? timing(r.loadMs <= Math.max(max, 20) || r.events < 10_000) : "FAIL",
      correctness: !r.stateOk,
    });
    rows.push({
      scenario: "cold rebuild",
      metric: `Room.load of ${r.events.toLocaleString("en")} events from a snapshot + ${r.snapshot.tail} (vs whole log)`,
      value: ms(r.snapshot.loadMs),
      baseline: ms(r.loadMs),
      ratio: `${(r.snapshot.loadMs / r.loadMs).toFixed(2)}×`,
      target: "≤ 100 ms",
      status: r.snapshot.stateOk ? timing(r.snapshot.loadMs <= 100) : "FAIL",
      correctness: !r.snapshot.stateOk,
    });
  }
  rows.push({
    scenario: "cold rebuild",
    metric: `resync after ${rb.resync.missed} missed events (vs snapshot join)`,
    value: ms(rb.resync.resyncMs),
    baseline: ms(rb.resync.snapshotJoinMs),
    ratio: `${rb.resync.ratio.toFixed(1)}×`,
    target: "≤ 250 ms",
    status: rb.resync.ok ? timing(rb.resync.resyncMs <= 250) : "FAIL",
    correctness: !rb.resync.ok,
  });
}

let pages: ReturnType<typeof pageWeights> = [];
if (want("pages")) {
  pages = pageWeights(["/s/[id]/d/[token]", "/s/[id]/screen"]);
  for (const page of pages) {
    rows.push({
      scenario: "page weight",
      metric: `first-load JS ${page.route} (gzip)`,
      value: page.gzipBytes === null ? (page.note ?? "n/a") : `${(page.gzipBytes / 1024).toFixed(0)} KB (${page.files} files)`,
      baseline: "",
      ratio: "",
      target: "≤ 200 KB",
      status: page.gzipBytes === null ? "n/a" : timing(page.gzipBytes <= 200 * 1024),
    });
  }
}

if (want("phone")) {
  if (!quick) {
    log("the delegate's page on a weak phone (CPU ×4; Slow 3G, then Fast 3G)…");
    const weak = await phone({ port: Number(process.env.BENCH_PHONE_PORT ?? 3299) });
    errors.push(...weak.errors);
    if (!weak.profiles.length)
      rows.push({
        scenario: "weak phone (CPU ×4, Slow 3G)",
        metric: "time to the first vote button",
        value: weak.note ?? "n/a",
        baseline: "",
        ratio: "",
        target: "≤ 2000 ms",
        status: "n/a",
      });
    // Both networks against the issue's target: Slow 3G's 2 s per request puts it out of reach
    // (docs/benchmarks.md), and the faster profile shows what the page itself costs.
    const step = (n: number | null) => (n === null ? "—" : (n / 1000).toFixed(1));
    for (const profile of weak.profiles)
      for (const [visit, b] of [
        ["first visit", profile.cold],
        ["second visit (cached scripts)", profile.warm],
      ] as const)
        rows.push({
          scenario: `weak phone (CPU ×4, ${profile.network})`,
          metric: `first vote button, ${visit} (s: document / last script / socket open / joined / button shown; requests, KB received; the tap made then — by the form before hydration, or the socket — counted in the log / shown on the page)`,
          value: `${ms(b.totalMs)} (${step(b.htmlMs)} / ${step(b.scriptsMs)} / ${step(b.socketOpenMs)} / ${step(b.joinedMs)} / ${step(b.buttonVisibleMs)}; ${b.requests}, ${(b.bytes / 1024).toFixed(0)} KB; tap by the ${b.tap.beforeHydration ? "form" : "socket"}, ${step(b.tap.countedMs)} / ${step(b.tap.shownMs)})`,
          baseline: "",
          ratio: "",
          target: "≤ 2000 ms",
          // A tap the page lost fails the row, whatever the time.
          status: b.tap.countedMs === null ? "FAIL" : timing(b.totalMs <= 2_000),
        });
  }
}

/**
 * The rows of a conference scenario (several runs: lag and CPU are judged on their medians, memory
 * on the worst run, answers on every run); with a baseline run, lag and CPU as ratios to it.
 */
function conferenceRows(
  runs: ConferenceResult[],
  label: string,
  baseline?: ConferenceResult,
  targets = { lagTarget: 50, rssTarget: 1024 ** 3 },
) {
  const run = runs[0]!;
  const repeated = runs.length > 1 ? `, median of ${runs.length} runs` : "";
  const name = `conference${label} (${run.sessions} sessions, ${run.clients} clients, ${(run.durationMs / 1000).toFixed(0)} s${repeated})`;
  const perProcess = run.servers.length > 1 ? ` (${run.servers.map((s) => mb(s.peakRssBytes)).join(" + ")})` : "";
  const cpu = (r: ConferenceResult) => r.server.cpuMs / r.server.wallMs;
  const peakRss = Math.max(...runs.map((r) => r.server.peakRssBytes));
  const lags = runs.map((r) => r.server.lagP99Ms);
  const lag = median(lags);
  const cpuShare = median(runs.map(cpu));
  const { lagTarget, rssTarget } = targets;
  rows.push({
    scenario: name,
    metric: "server peak RSS (worst run)",
    value: mb(peakRss) + perProcess,
    baseline: baseline ? mb(baseline.server.peakRssBytes) : "",
    ratio: baseline ? `${(peakRss / baseline.server.peakRssBytes).toFixed(2)}×` : "",
    target: `< ${mb(rssTarget)}`,
    status: timing(peakRss < rssTarget),
  });
  rows.push({
    scenario: name,
    metric: `event-loop lag p99${run.servers.length > 1 ? " (worst process)" : ""}`,
    value: `${ms(lag)}${spread(lags, ms)}`,
    // The idle process beside it tells the machine's own noise (on 2 cores shared with PostgreSQL, Redis and the load).
    baseline: `${baseline ? `${ms(baseline.server.lagP99Ms)}; ` : ""}idle: ${ms(median(runs.map((r) => r.idleLagP99Ms)))}`,
    ratio: baseline ? `${(lag / baseline.server.lagP99Ms).toFixed(2)}×` : `max ${ms(Math.max(...runs.map((r) => r.server.lagMaxMs)))}`,
    target: `< ${lagTarget} ms`,
    status: timing(lag < lagTarget),
  });
  rows.push({
    scenario: name,
    metric: "load generator CPU (of one core; its own process, light sockets)",
    value: `${(median(runs.map((r) => r.generatorCpu)) * 100).toFixed(0)} %`,
    baseline: "",
    ratio: "",
    target: "well under 100 %",
    status: "info",
  });
  rows.push({
    scenario: name,
    metric: `server CPU (of one core)${run.servers.length > 1 ? ", all processes" : ""}`,
    value: `${(cpuShare * 100).toFixed(0)} %`,
    baseline: baseline ? `${(cpu(baseline) * 100).toFixed(0)} %` : "",
    ratio: baseline ? `${(cpuShare / cpu(baseline)).toFixed(2)}×` : "",
    target: "—",
    status: "info",
  });
  const back = Math.max(...runs.map((r) => r.memory.afterRssBytes / r.memory.beforeRssBytes));
  rows.push({
    scenario: name,
    metric: `RSS after the sessions end (rooms left in memory: ${Math.max(...runs.map((r) => r.memory.roomsAfter))}) vs before they began`,
    value: mb(Math.max(...runs.map((r) => r.memory.afterRssBytes))),
    baseline: mb(Math.max(...runs.map((r) => r.memory.beforeRssBytes))),
    ratio: `${back.toFixed(2)}×`,
    target: "≤ 1.2×",
    status: timing(back <= 1.2),
  });
  const heapBack = Math.max(...runs.map((r) => r.memory.afterHeapBytes / r.memory.beforeHeapBytes));
  rows.push({
    scenario: name,
    metric: "JS heap after the sessions end vs before",
    value: mb(Math.max(...runs.map((r) => r.memory.afterHeapBytes))),
    baseline: mb(Math.max(...runs.map((r) => r.memory.beforeHeapBytes))),
    ratio: `${heapBack.toFixed(2)}×`,
    target: "—",
    status: "info",
  });
  const answered = runs.every((r) => r.lost === 0 && r.errors.length === 0);
  rows.push({
    scenario: name,
    metric: "commands answered (votes closed)",
    value: runs.map((r) => `${r.commands - r.lost} of ${r.commands} (${r.votes})`).join("; "),
    baseline: baseline ? `${baseline.commands - baseline.lost} of ${baseline.commands} (${baseline.votes})` : "",
    ratio: "",
    target: "all",
    status: answered ? "PASS" : "FAIL",
    correctness: true,
  });
}

// The table.
const headers = ["scenario", "metric", "value", "baseline", "ratio", "target", "status"] as const;
const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
const table = [
  line([...headers]),
  `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
  ...rows.map((r) => line(headers.map((h) => String(r[h])))),
].join("\n");
console.log(table);

let revision = "unknown";
try {
  revision = execSync("git rev-parse --short HEAD", { cwd: path.resolve(import.meta.dirname, ".."), stdio: ["ignore", "pipe", "ignore"] })
    .toString()
    .trim();
} catch {
  // not a git checkout
}
// A partial run (--only) does not replace the recorded full run.
const out = path.join(import.meta.dirname, "results", only ? "partial.json" : quick ? "quick.json" : "latest.json");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date(started).toISOString(),
      revision,
      mode: quick ? "quick" : "full",
      machine: {
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      },
      durationSeconds: Math.round((Date.now() - started) / 1000),
      rows,
      raw: { assembly: gas, conference: confs, postgres: postgresRuns, rebuild: rb, pages },
      errors,
    },
    null,
    2,
  ) + "\n",
);
const correctnessFailures = rows.filter((r) => r.correctness && r.status === "FAIL");
const targetFailures = rows.filter((r) => !r.correctness && r.status === "FAIL");
log(`${rows.length} figures in ${((Date.now() - started) / 1000).toFixed(0)} s; written to ${path.relative(process.cwd(), out)}`);
for (const error of errors) log(`error: ${error}`);
if (correctnessFailures.length) log(`CORRECTNESS FAILURE: ${correctnessFailures.map((r) => `${r.scenario} / ${r.metric}`).join("; ")}`);
if (targetFailures.length) log(`targets missed: ${targetFailures.map((r) => `${r.scenario} / ${r.metric}`).join("; ")}`);
process.exit(correctnessFailures.length || errors.length || (strict && targetFailures.length) ? 1 : 0);
