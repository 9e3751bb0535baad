/**
 * Summarizes a `--cpu-prof` profile: `npx tsx bench/cpu-summary.ts file.cpuprofile [rows]` prints
 * the self time by function and by package (node_modules/<name>, node: internals, the app's own
 * folders), as shares of the samples. With BENCH_CHILD_ARGS="--cpu-prof --cpu-prof-dir=…" the
 * bench's server processes write one each.
 */
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error("usage: cpu-summary.ts file.cpuprofile [rows]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function area(url: string): string {
  if (!url) return "(native / VM)";
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return url;
  const own = url.match(/\/(server|lib|bench|components)\/([^/]+)/);
  return own ? `${own[1]}/${own[2]}` : url;
}
const functions = new Map<string, number>();
const areas = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const key = `${functionName || "(anonymous)"} ${url ? `${url.replace(/^.*\/(node_modules|server|lib|bench)\//, "$1/")}:${lineNumber + 1}` : ""}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
  areas.set(area(url), (areas.get(area(url)) ?? 0) + us);
}
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1e3).toFixed(0).padStart(7)} ms  ${k}`)
    .join("\n");
const rows = Number(rowsArg ?? 25);
console.log(`${(total / 1e6).toFixed(1)} s sampled\n\nby package or folder:\n${top(areas, rows)}\n\nby function:\n${top(functions, rows)}`);
