/**
 * Compares two V8 heap snapshots by constructor: `npx tsx bench/heap-diff.ts before.heapsnapshot
 * after.heapsnapshot [rows]` prints the constructors whose retained count and self size grew most
 * (the conference writes both with BENCH_HEAP_DIR set: before the sessions begin, after they end).
 */
import { readFileSync } from "node:fs";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

function byConstructor(file: string): Map<string, { count: number; bytes: number }> {
  const heap = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const totals = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const type = types[heap.nodes[i + typeAt!]!]!;
    // Strings, numbers and code are grouped by kind; objects by constructor name.
    const name = type === "object" || type === "closure" ? `${type} ${heap.strings[heap.nodes[i + nameAt!]!]}` : `(${type})`;
    const entry = totals.get(name) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += heap.nodes[i + sizeAt!]!;
    totals.set(name, entry);
  }
  return totals;
}

const [beforeFile, afterFile, rowsArg] = process.argv.slice(2);
if (!beforeFile || !afterFile) throw new Error("usage: heap-diff.ts before.heapsnapshot after.heapsnapshot [rows]");
const before = byConstructor(beforeFile);
const after = byConstructor(afterFile);
const rows = [...after.entries()]
  .map(([name, a]) => {
    const b = before.get(name) ?? { count: 0, bytes: 0 };
    return { name, count: a.count - b.count, bytes: a.bytes - b.bytes, total: a.bytes };
  })
  .sort((x, y) => y.bytes - x.bytes)
  .slice(0, Number(rowsArg ?? 30));
const sum = (m: Map<string, { bytes: number }>) => [...m.values()].reduce((t, e) => t + e.bytes, 0);
console.log(`total self size: ${(sum(before) / 1e6).toFixed(1)} MB → ${(sum(after) / 1e6).toFixed(1)} MB`);
for (const r of rows)
  console.log(
    `${(r.bytes / 1e6).toFixed(2).padStart(8)} MB  ${String(r.count).padStart(8)} objects  (${(r.total / 1e6).toFixed(2)} MB)  ${r.name}`,
  );
