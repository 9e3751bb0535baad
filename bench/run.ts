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
import { assembly } from "./scenarios/assembly";
import { conference, type ConferenceResult } from "./scenarios/conference";
import { scratchPostgres } from "@/server/db/test-databases";
import { rebuild } from "./scenarios/rebuild";
import { pageWeights } from "./scenarios/pages";

const quick = process.argv.includes("--quick");
const strict = process.argv.includes("--strict") && !quick;

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
function ratioRow(scenario: string, metric: string, value: number, baseline: number, max: number) {
  const ratio = value / baseline;
  rows.push({ scenario, metric, value: ms(value), baseline: ms(baseline), ratio: `${ratio.toFixed(2)}×`, target: `≤ ${max}× baseline`, status: timing(ratio <= max) });
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
      assembly: { amendments: 30, ballots: 300, screens: 10, seed: 8 },
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
    };

const started = Date.now();
const errors: string[] = [];
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

log(`fan-out and burst (${quick ? "quick" : "full"})…`);
const ga = await assembly(config.assembly);
errors.push(...ga.errors);
const fan = `fan-out (${ga.clients} clients)`;
ratioRow(fan, `amendment → last client p50 (n=${ga.amendment.real.n}, ${ga.amendment.bytes} B)`, ga.amendment.real.p50, ga.amendment.baseline.p50, 2);
ratioRow(fan, `amendment → last client p99`, ga.amendment.real.p99, ga.amendment.baseline.p99, 2);
ratioRow(fan, `ballot → last client p50 (n=${ga.ballot.real.n}, ${ga.ballot.bytes} B)`, ga.ballot.real.p50, ga.ballot.baseline.p50, 2);
ratioRow(fan, `ballot → last client p95`, ga.ballot.real.p95, ga.ballot.baseline.p95, 2);
ratioRow(fan, `ballot → last client p99`, ga.ballot.real.p99, ga.ballot.baseline.p99, 2);
const burst = "burst vote (193 at once)";
ratioRow(burst, "ack p50 (vs naive broadcast)", ga.burst.real.ack.p50, ga.burst.baseline.ack.p50, 1);
ratioRow(burst, "ack p99 (vs naive broadcast)", ga.burst.real.ack.p99, ga.burst.baseline.ack.p99, 1);
ratioRow(burst, "every client has every ballot", ga.burst.real.allSeenMs, ga.burst.baseline.allSeenMs, 1);
check(burst, "acks received / lost", ga.burst.real.lost === 0 && ga.burst.real.acked === 193, `${ga.burst.real.acked} / ${ga.burst.real.lost}`);
check(burst, "clients missing a ballot", ga.burst.real.short === 0, String(ga.burst.real.short));
check(burst, "final tally exact", ga.burst.real.tallyExact, JSON.stringify(ga.burst.real.counts).replace(/"/g, ""));

let pgConference: ConferenceResult | undefined;
log("conference…");
const conf = await conference(config.conference);
errors.push(...conf.errors);
conferenceRows(conf, "");

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
      const env: Record<string, string> = count > 1 ? { DATABASE_URL: scratch.url, REDIS_URL: redis, REDIS_KEY_PREFIX: prefix } : { DATABASE_URL: scratch.url };
      const run = await conference({ ...config.conference, processes: Array.from({ length: count }, () => env) });
      errors.push(...run.errors.map((e) => `${count} process(es): ${e}`));
      conferenceRows(run, count > 1 ? `, ${count} processes + Redis` : ", PostgreSQL", count > 1 ? pgConference : undefined);
      if (count === 1) pgConference = run;
    } finally {
      await scratch.drop();
    }
  }
} else {
  rows.push({ scenario: "conference, 2 processes + Redis", metric: "not run", value: "set BENCH_POSTGRES_URL and BENCH_REDIS_URL (or TEST_…)", baseline: "", ratio: "", target: "", status: "n/a" });
}

log("cold rebuild and resync…");
const rb = await rebuild(config.rebuild);
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

const pages = pageWeights(["/s/[id]/d/[token]", "/s/[id]/screen"]);
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

/** The rows of one conference run; with a baseline run, its lag and CPU as ratios to it. */
function conferenceRows(run: ConferenceResult, label: string, baseline?: ConferenceResult) {
  const name = `conference${label} (${run.sessions} sessions, ${run.clients} clients, ${(run.durationMs / 1000).toFixed(0)} s)`;
  const perProcess = run.servers.length > 1 ? ` (${run.servers.map((s) => mb(s.peakRssBytes)).join(" + ")})` : "";
  const cpu = (r: ConferenceResult) => r.server.cpuMs / r.server.wallMs;
  rows.push({ scenario: name, metric: "server peak RSS", value: mb(run.server.peakRssBytes) + perProcess, baseline: baseline ? mb(baseline.server.peakRssBytes) : "", ratio: baseline ? `${(run.server.peakRssBytes / baseline.server.peakRssBytes).toFixed(2)}×` : "", target: "< 1024 MB", status: timing(run.server.peakRssBytes < 1024 ** 3) });
  rows.push({ scenario: name, metric: `event-loop lag p99${run.servers.length > 1 ? " (worst process)" : ""}`, value: ms(run.server.lagP99Ms), baseline: baseline ? ms(baseline.server.lagP99Ms) : `idle: ${ms(run.idleLagP99Ms)}`, ratio: baseline ? `${(run.server.lagP99Ms / baseline.server.lagP99Ms).toFixed(2)}×` : `max ${ms(run.server.lagMaxMs)}`, target: "< 50 ms", status: timing(run.server.lagP99Ms < 50) });
  rows.push({ scenario: name, metric: `server CPU (of one core)${run.servers.length > 1 ? ", all processes" : ""}`, value: `${(cpu(run) * 100).toFixed(0)} %`, baseline: baseline ? `${(cpu(baseline) * 100).toFixed(0)} %` : "", ratio: baseline ? `${(cpu(run) / cpu(baseline)).toFixed(2)}×` : "", target: "—", status: "info" });
  rows.push({ scenario: name, metric: "commands answered (votes closed)", value: `${run.commands - run.lost} of ${run.commands} (${run.votes})`, baseline: baseline ? `${baseline.commands - baseline.lost} of ${baseline.commands} (${baseline.votes})` : "", ratio: "", target: "all", status: run.lost === 0 && run.errors.length === 0 ? "PASS" : "FAIL", correctness: true });
}

// The table.
const headers = ["scenario", "metric", "value", "baseline", "ratio", "target", "status"] as const;
const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
const table = [line([...headers]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map((r) => line(headers.map((h) => String(r[h]))))].join("\n");
console.log(table);

let revision = "unknown";
try {
  revision = execSync("git rev-parse --short HEAD", { cwd: path.resolve(import.meta.dirname, ".."), stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
} catch {
  // not a git checkout
}
const out = path.join(import.meta.dirname, "results", quick ? "quick.json" : "latest.json");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date(started).toISOString(),
      revision,
      mode: quick ? "quick" : "full",
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 1024 ** 3) },
      durationSeconds: Math.round((Date.now() - started) / 1000),
      rows,
      raw: { assembly: ga, conference: conf, rebuild: rb, pages },
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
