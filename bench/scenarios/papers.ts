/**
 * Ten co-authors on one working paper over real Socket.IO (the server in its own process, SQLite):
 * the co-authors take turns typing one character at a time into the same clause, and the figure
 * is the time from a keystroke to the moment each other co-author's copy holds it — what their
 * screens would show — and to the last of them. Each keystroke is stored before it is sent on.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { addClause, clauseText, insertText, sectionTree } from "@/lib/papers";
import { PaperClient } from "@/lib/client/paper-client";
import { createSession, join, joined, must, type LiveClient } from "@/server/test-utils/session";
import { startChild } from "../child";
import { percentiles, sleep, type Percentiles } from "../measure";

export interface PapersOptions {
  authors: number;
  keystrokes: number;
  /** Between two keystrokes (of any author): ten students typing, each about once a second. */
  intervalMs: number;
}

export interface PapersResult {
  authors: number;
  keystrokes: number;
  /** Keystroke → each other co-author's copy. */
  perScreen: Percentiles;
  /** Keystroke → the last co-author's copy. */
  lastScreen: Percentiles;
  /** Keystrokes some copy never received, and copies that differ at the end. */
  lost: number;
  diverged: number;
  errors: string[];
}

export async function papers(options: PapersOptions): Promise<PapersResult> {
  const errors: string[] = [];
  const file = path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-papers-")), "papers.db");
  const server = await startChild("server-entry.ts", { DB_FILE: file });
  const sessions: LiveClient[] = [];
  const copies: PaperClient[] = [];
  try {
    const links = await createSession(server.url, { organ: "general-assembly" });
    const delegations = links.delegations.slice(0, options.authors);
    for (const d of delegations) sessions.push(join(server.url, links.id, d.url));
    await joined(sessions, 30_000);
    const [first, ...others] = sessions;
    await must(first!, { type: "paper.start", title: "Bench", language: "fr" });
    const paperId = Object.keys(first!.state!.papers)[0]!;
    await must(first!, { type: "paper.invite", paperId, members: others.map((c) => c.member!) });
    for (const c of others) await must(c, { type: "paper.join", paperId });
    for (const c of sessions) copies.push(new PaperClient(c, links.id, paperId));
    await waitUntil(() => copies.every((p) => p.status === "saved"), 20_000);
    const clause = addClause(copies[0]!.doc, {
      section: "operative",
      parent: null,
      after: null,
      phrase: "decides",
      text: "",
      by: first!.member!,
    });
    await waitUntil(() => copies.every((p) => sectionTree(p.doc, "operative").length === 1), 10_000);

    // When each copy first holds each keystroke (a unique character sequence: its number); only
    // the keystrokes a copy still lacks are looked for, so the watching costs little.
    const seen: Array<Map<number, number>> = copies.map(() => new Map());
    const awaited: Array<Set<number>> = copies.map(() => new Set());
    const sentAt = new Map<number, { at: number; by: number }>();
    copies.forEach((copy, i) =>
      copy.doc.on("update", () => {
        if (awaited[i]!.size === 0) return;
        const text = clauseText(copy.doc, clause).toString();
        for (const k of awaited[i]!)
          if (text.includes(`‹${k}›`)) {
            seen[i]!.set(k, performance.now());
            awaited[i]!.delete(k);
          }
      }),
    );
    for (let k = 0; k < options.keystrokes; k++) {
      const by = k % copies.length;
      const doc = copies[by]!.doc;
      awaited.forEach((set, i) => i !== by && set.add(k));
      sentAt.set(k, { at: performance.now(), by });
      insertText(doc, clause, clauseText(doc, clause).length, `‹${k}›`);
      await sleep(options.intervalMs);
    }
    await waitUntil(() => seen.every((s, i) => [...sentAt].every(([k, { by }]) => by === i || s.has(k))), 20_000).catch(() => undefined);

    const perScreen: number[] = [];
    const lastScreen: number[] = [];
    let lost = 0;
    for (const [k, { at, by }] of sentAt) {
      const arrivals = seen.flatMap((s, i) => (i === by ? [] : s.has(k) ? [s.get(k)! - at] : []));
      lost += copies.length - 1 - arrivals.length;
      perScreen.push(...arrivals);
      if (arrivals.length === copies.length - 1) lastScreen.push(Math.max(...arrivals));
    }
    const texts = new Set(copies.map((c) => clauseText(c.doc, clause).toString()));
    return {
      authors: copies.length,
      keystrokes: options.keystrokes,
      perScreen: percentiles(perScreen),
      lastScreen: percentiles(lastScreen),
      lost,
      diverged: texts.size - 1,
      errors,
    };
  } catch (error) {
    errors.push(`papers: ${(error as Error).message} ${server.stderrTail()}`);
    const none = percentiles([]);
    return { authors: options.authors, keystrokes: 0, perScreen: none, lastScreen: none, lost: 0, diverged: 0, errors };
  } finally {
    for (const c of copies) c.close();
    for (const c of sessions) c.close();
    await server.stop();
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(5);
  }
}

/** The scenario's rows in the benchmark's table (bench/run.ts). */
export function papersRows(r: PapersResult, quick: boolean) {
  const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "n/a");
  const scenario = `working paper (${r.authors} co-authors, ${r.keystrokes} keystrokes)`;
  const row = (metric: string, value: string, target: string, ok: boolean, correctness = false) => ({
    scenario,
    metric,
    value,
    baseline: "",
    ratio: "",
    target,
    status: (correctness ? (ok ? "PASS" : "FAIL") : quick ? "-" : ok ? "PASS" : "FAIL") as "PASS" | "FAIL" | "-",
    ...(correctness ? { correctness: true } : {}),
  });
  return [
    row("keystroke → each co-author p50", ms(r.perScreen.p50), "≤ 50 ms", r.perScreen.p50 <= 50),
    row("keystroke → each co-author p99", ms(r.perScreen.p99), "≤ 250 ms", r.perScreen.p99 <= 250),
    row("keystroke → last co-author p99", ms(r.lastScreen.p99), "≤ 250 ms", r.lastScreen.p99 <= 250),
    row(
      "keystrokes lost / copies diverged",
      `${r.lost} / ${r.diverged}`,
      "0 / 0",
      r.lost === 0 && r.diverged === 0 && r.keystrokes > 0,
      true,
    ),
  ];
}
