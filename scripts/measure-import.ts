// The import results (clauses, warnings, time) for the five seeds and the tests' Word draft: npx tsx scripts/measure-import.ts
import { readFileSync, readdirSync } from "node:fs";
import { importDraft } from "../server/sessions/import";
import { parseText } from "../lib/resolution/parse";
import { wordDraft } from "../e2e/support/word-draft";
const dir = "/work/shared/seeds";
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a quick tally of either document kind
const count = (d: any) =>
  d.kind === "resolution"
    ? {
        preamble: d.preamble.length,
        operative: d.operative.length,
        sub: d.operative.reduce((n: number, o: { subClauses?: unknown[] }) => n + (o.subClauses?.length ?? 0), 0),
      }
    : { blocks: d.blocks.length };
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const bytes = new Uint8Array(readFileSync(`${dir}/${f}`));
  await importDraft({ bytes, fileName: f }); // warm
  const t0 = performance.now();
  const r = await importDraft({ bytes, fileName: f });
  const ms = performance.now() - t0;
  const p = parseText(new TextDecoder().decode(bytes));
  console.log(
    f,
    bytes.length,
    "B",
    r.ok ? `draft ${JSON.stringify(count(r.document))} warnings=${r.warnings.length}` : `refused ${r.code}`,
    p.ok ? `(auto: ${p.document.kind} ${JSON.stringify(count(p.document))} w=${p.warnings.length})` : "",
    ms.toFixed(1),
    "ms",
  );
}
const w = await wordDraft();
await importDraft({ bytes: new Uint8Array(w), fileName: "x.docx" });
const t0 = performance.now();
const r = await importDraft({ bytes: new Uint8Array(w), fileName: "x.docx" });
console.log(
  "word draft",
  w.length,
  "B",
  r.ok ? `${JSON.stringify(count(r.document))} warnings=${r.warnings.length}` : r.code,
  (performance.now() - t0).toFixed(1),
  "ms",
);
