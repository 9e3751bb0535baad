/**
 * Crash: the real server in a child process, a committee vote driven by 62 typed clients,
 * `kill -9` at random points (seeded), restart on the same database and port. Every acknowledged
 * command is in the log once, sequence numbers are contiguous, and every client resyncs by itself.
 */
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { reduceLive, EMPTY_LIVE_STATE, type LiveEvent } from "@/lib/session";
import { defaultMembers } from "@/lib/session/create";
import { startChild, type Child } from "@/bench/child";
import { prng, sleep } from "@/bench/measure";
import { createSession, join, joined, must, type LiveClient } from "../test-utils/session";

const ITERATIONS = 20;
const SEED = 20261123;
/**
 * The test is bounded by its iterations, each by a deadline scaled to this machine: a multiple of
 * the server's first start, measured in the run (a loaded machine starts slowly and gets more time;
 * a hung iteration still fails, named). No single wall-clock total, which a busy machine could miss.
 */
const DEADLINE_STARTS = 12;
const MIN_DEADLINE_MS = 20_000;
/** Generous for vitest: the real bound is the per-iteration deadline below. */
const TEST_TIMEOUT_MS = ITERATIONS * 90_000;

/** Rejects with a message naming the step when `work` takes longer than `ms`. */
async function within<T>(ms: number, step: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface Row {
  seq: number;
  type: string;
  payload: string;
  actor: string;
  commandId: string | null;
}

let server: Child | null = null;
const clients: LiveClient[] = [];
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.kill();
});

describe.skipIf(!process.env.HEMICYCLE_FAULTS)("kill -9 mid-vote", () => {
  it(
    `${ITERATIONS} crashes at random points: nothing acknowledged is lost or doubled, clients resync unaided`,
    async () => {
      const random = prng(SEED);
      const file = path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-crash-")), "crash.db");
      const port = await freePort();
      const start = () => startChild("server-entry.ts", { DB_FILE: file, PORT: String(port) }, 120_000);
      const startedAt = performance.now();
      server = await start();
      const firstStartMs = performance.now() - startedAt;
      const deadlineMs = Math.max(MIN_DEADLINE_MS, Math.round(DEADLINE_STARTS * firstStartMs));
      // A client keeps retrying (1 s per attempt) for as long as an iteration may last.
      const attempts = Math.ceil(deadlineMs / 1_000);

      const committee = defaultMembers("general-assembly").slice(0, 60);
      const links = await createSession(server.url, { organ: "main-committee", members: committee, sponsors: committee.slice(0, 3) });
      const chair = join(server.url, links.id, links.chair.url);
      const screen = join(server.url, links.id, links.screen.url);
      const delegations = links.delegations.map((d) => ({ member: d.member, client: join(server!.url, links.id, d.url) }));
      clients.push(chair, screen, ...delegations.map((d) => d.client));
      await joined(clients, deadlineMs);
      const members = delegations.map((d) => d.member);
      await must(chair, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
      await must(chair, { type: "meeting.open" });
      await must(chair, { type: "draft.introduce" });
      await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });

      /** Every command a server acknowledged: who, what, and the sequence number it answered. */
      const acknowledged: Array<{ actor: string; type: string; choice?: string; seq: number }> = [];
      let unanswered = 0;
      const send = async (client: LiveClient, actor: string, command: Parameters<typeof must>[1]) => {
        const reply = await client.send(command, { timeoutMs: 1_000, attempts });
        if (reply.ok)
          acknowledged.push({
            actor,
            type: command.type,
            choice: "choice" in command ? (command.choice as string) : undefined,
            seq: reply.seq,
          });
        else if (reply.error.code === "client.timeout") unanswered++;
        return reply;
      };

      for (let iteration = 0; iteration < ITERATIONS; iteration++) {
        // A wave of ballots (a later one replaces an earlier one), sometimes the chair restarting the vote.
        const wave: Array<Promise<unknown>> = [];
        const count = 10 + Math.floor(random() * 40);
        for (let i = 0; i < count; i++) {
          const d = delegations[Math.floor(random() * delegations.length)]!;
          const choice = (["yes", "no", "abstain"] as const)[Math.floor(random() * 3)]!;
          wave.push(sleep(random() * 200).then(() => send(d.client, `delegation:${d.member}`, { type: "vote.cast", choice })));
        }
        if (random() < 0.3) {
          wave.push(
            sleep(random() * 200).then(async () => {
              const cancelled = await send(chair, "chair", { type: "vote.cancel" });
              if (cancelled.ok) await send(chair, "chair", { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
            }),
          );
        }
        const label = `iteration ${iteration + 1}/${ITERATIONS} (deadline ${deadlineMs} ms, first start ${Math.round(firstStartMs)} ms)`;
        await within(
          deadlineMs,
          label,
          (async () => {
            await sleep(random() * 250);
            await server!.kill();
            server = await start();
            await Promise.all(wave);
          })(),
        );
      }

      // Let every client come back, then read the log as it is on disk.
      const raw = new Sqlite(file, { readonly: true });
      const log = raw
        .prepare('SELECT seq, type, payload, actor, "commandId" FROM "SessionEvent" WHERE "sessionId" = ? ORDER BY seq')
        .all(links.id) as Row[];
      raw.close();
      const lastSeq = log.at(-1)!.seq;
      await Promise.all(clients.map((c) => c.waitFor(() => c.status === "resynced" && c.seq === lastSeq, deadlineMs)));

      // Contiguous: 1, 2, 3… with no gap and no duplicate.
      expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
      // Each command's events were appended once, together.
      const byCommand = new Map<string, number[]>();
      for (const e of log) if (e.commandId) byCommand.set(e.commandId, [...(byCommand.get(e.commandId) ?? []), e.seq]);
      for (const [, seqs] of byCommand) expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
      // Every acknowledged command is there, at the sequence number its ack named.
      const at = new Map(log.map((e) => [e.seq, e]));
      for (const ack of acknowledged) {
        const event = at.get(ack.seq);
        expect(event, `ack ${JSON.stringify(ack)}`).toBeDefined();
        expect(event!.actor).toBe(ack.actor);
        if (ack.type === "vote.cast") expect(JSON.parse(event!.payload)).toMatchObject({ type: "vote.cast", choice: ack.choice });
      }
      expect(acknowledged.length).toBeGreaterThan(ITERATIONS * 10);
      expect(unanswered).toBe(0);

      // Every client's state is the log replayed (as its role may see it: nothing here is private).
      const replayed = log.reduce((state, e) => reduceLive(state, JSON.parse(e.payload) as LiveEvent), EMPTY_LIVE_STATE);
      for (const c of [chair, screen, delegations[0]!.client, delegations.at(-1)!.client]) {
        expect(c.state!.procedure).toEqual(replayed.procedure);
      }
      // And the vote still works after all that.
      await must(chair, { type: "vote.close" });
      await screen.waitFor(() => screen.state!.procedure.decisions.length === 1, deadlineMs);
    },
    TEST_TIMEOUT_MS,
  );
});
