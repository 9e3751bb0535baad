/**
 * What the pages' code pulls into the browser. zod and the server's modules stay on the server:
 * the browser checks commands with `checkLive`, which leaves the validators out (see
 * lib/procedure/check.ts). Guarding it here keeps a stray barrel import from adding ~30 KB
 * (gzip) to every page; the benchmark measures the pages themselves (`npm run bench`, page weight).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { moduleGraph } from "./test-utils/module-graph";

const ROOT = path.resolve(import.meta.dirname, "..");

function clientModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return clientModules(file);
    if (!/\.tsx?$/.test(name) || name.endsWith(".test.ts")) return [];
    return /^["']use client["']/.test(readFileSync(file, "utf8")) ? [file] : [];
  });
}

describe("the browser's share of the code", () => {
  it("no client component reaches zod, the server or the database", async () => {
    const entries = [...clientModules(path.join(ROOT, "components")), ...clientModules(path.join(ROOT, "app"))];
    expect(entries.length).toBeGreaterThan(20);
    const metafile = await moduleGraph(entries);
    const importers = new Map<string, string[]>();
    for (const [file, input] of Object.entries(metafile.inputs)) {
      for (const imported of input.imports) importers.set(imported.path, [...(importers.get(imported.path) ?? []), file]);
    }
    const forbidden = [...importers.keys()].filter(
      (p) => /^zod(\/|$)|^@prisma\/|^better-sqlite3$|^pg$|^socket\.io$|^node:/.test(p) || p.startsWith("server/"),
    );
    expect(Object.fromEntries(forbidden.map((p) => [p, importers.get(p)]))).toEqual({});
    // And the modules it does reach are the ones expected to (the check is not vacuous).
    expect(Object.keys(metafile.inputs)).toEqual(expect.arrayContaining(["lib/procedure/check.ts", "lib/session/live-decider.ts"]));
  });

  it("the session pages' components carry no table of names: the server sends them, in the page's language only", async () => {
    const surfaces = ["delegate", "screen", "session", "debate", "voting", "document", "ui"];
    const entries = surfaces.flatMap((dir) => clientModules(path.join(ROOT, "components", dir)));
    const reached = Object.keys((await moduleGraph(entries)).inputs);
    // Both languages' display names, and the grammar table (both languages too), stay out.
    const tables = [
      "lib/procedure/member-names.ts",
      "lib/procedure/country-names-fr.generated.ts",
      "lib/procedure/country-grammar.generated.ts",
    ];
    expect(reached.filter((file) => tables.includes(file))).toEqual([]);
    expect(reached).toEqual(expect.arrayContaining(["components/ui/member-names.tsx", "lib/procedure/members.ts"]));
  });
});
