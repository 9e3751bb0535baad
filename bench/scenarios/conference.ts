/**
 * A conference: many sessions at once, each running a compressed stretch of a busy meeting
 * (speakers' list changes, an amendment, a recorded vote of every member, again and again), the
 * server in its own process so its memory, CPU and event-loop lag are its alone.
 *
 * With `processes` it runs the same conference across several server processes sharing one
 * PostgreSQL database and one Redis (docs/deploy.md): every session's delegations and screens are
 * spread over all processes, the chair on one of them, so each command's events cross Redis.
 */
import type { Socket } from "socket.io-client";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { votingQueue } from "@/lib/procedure";
import { defaultMembers } from "@/lib/session/create";
import { createSession, join, joined, must, tokenOf, type LiveClient } from "@/server/test-utils/session";
import type { ServerStats } from "../server-entry";
import { startChild, type Child } from "../child";
import { ask, closeAll, commandId, prng, rawSockets, sleep, type Reply } from "../measure";

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
  memory: { beforeRssBytes: number; afterRssBytes: number; beforeHeapBytes: number; afterHeapBytes: number; roomsAfter: number };
  /** The load generator's own CPU (this process: every client socket), share of one core: near 100 % it, not the server, is the limit. */
  generatorCpu: number;
  errors: string[];
}

/** How long a room with no socket stays in memory during the benchmark. */
const IDLE_MS = 1_000;

export async function conference(options: ConferenceOptions): Promise<ConferenceResult> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-bench-")), "conference.db");
  // Rooms with nobody connected leave memory after a second here (two minutes in service).
  const envs = (options.processes ?? [{ DB_FILE: file }]).map((env) => ({ ROOM_IDLE_MS: String(IDLE_MS), ...env }));
  // One after the other: the first migrates the database, the others find it done.
  const servers: Child[] = [];
  for (const env of envs) servers.push(await startChild("server-entry.ts", env));
  const server = servers[0]!;
  const memoryNow = async () => {
    for (const s of servers) await s.gc();
    const each = await Promise.all(servers.map((s) => s.stats()));
    return {
      rss: each.reduce((t, s) => t + s.rssBytes, 0),
      heap: each.reduce((t, s) => t + s.heapUsedBytes, 0),
      rooms: each.reduce((t, s) => t + s.rooms, 0),
    };
  };
  const before = await memoryNow();
  const urlFor = (k: number) => servers[k % servers.length]!.url;
  /** n sockets, the k-th connected to process k mod (number of processes). */
  const spread = async (n: number): Promise<Socket[]> => {
    const groups = await Promise.all(servers.map((s, p) => rawSockets(s.url, Math.ceil((n - p) / servers.length))));
    return Array.from({ length: n }, (_, k) => groups[k % servers.length]![Math.floor(k / servers.length)]!);
  };
  const random = prng(options.seed);
  const everyone = defaultMembers("general-assembly");
  const typed: LiveClient[] = [];
  const sockets: Socket[] = [];
  const errors: string[] = [];
  const refused: Record<string, number> = {};
  let commands = 0;
  let lost = 0;
  let votes = 0;
  const peaks = servers.map(() => 0);
  let sampler: NodeJS.Timeout | undefined;
  const children: Array<{ stop(): Promise<void> }> = [];

  try {
    // Set up every session first (not measured).
    const sessions = [];
    for (const [i, size] of options.sizes.entries()) {
      const committee = [
        ...new Set(
          everyone
            .slice((i * 7) % 100, ((i * 7) % 100) + size)
            .concat(size > 93 ? everyone.slice(0, size - 93) : [])
            .slice(0, size),
        ),
      ];
      const body =
        size === 15
          ? { organ: "security-council" }
          : size >= 193
            ? { organ: "general-assembly" }
            : { organ: "main-committee", members: committee, sponsors: [committee[0]!] };
      const links = await createSession(server.url, body);
      const chair = join(urlFor(i), links.id, links.chair.url);
      typed.push(chair);
      const delegations = await spread(links.delegations.length);
      const screens = await spread(options.screensPerSession);
      sockets.push(...delegations, ...screens);
      const joins = await Promise.all([
        ...delegations.map((s, k) =>
          ask(s, "session:join", { sessionId: links.id, token: tokenOf(links.delegations[k]!.url), lastSeq: 0 }),
        ),
        ...screens.map((s) => ask(s, "session:join", { sessionId: links.id, token: tokenOf(links.screen.url), lastSeq: 0 })),
      ]);
      if (joins.some((r) => !r.ok)) throw new Error(`conference: a join was refused (${joins.find((r) => !r.ok)!.error?.code})`);
      await joined([chair], 30_000);
      const members = links.delegations.map((d) => d.member);
      await must(chair, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
      await must(chair, { type: "meeting.open" });
      await must(chair, { type: "draft.introduce" });
      sessions.push({ id: links.id, chair, delegations, members });
    }
    const clients = sockets.length + typed.length;

    const send = async (socket: Socket, sessionId: string, command: unknown): Promise<Reply> => {
      commands++;
      try {
        const reply = await ask(socket, "session:command", { sessionId, commandId: commandId("c"), command }, 30_000);
        if (!reply.ok) refused[reply.error?.code ?? "?"] = (refused[reply.error?.code ?? "?"] ?? 0) + 1;
        return reply;
      } catch {
        lost++;
        return { ok: false, error: { code: "client.timeout" } };
      }
    };
    const chairSend = async (chair: LiveClient, command: Parameters<typeof must>[1]) => {
      commands++;
      const reply = await chair.send(command, { timeoutMs: 30_000, attempts: 1 });
      if (!reply.ok) {
        if (reply.error.code === "client.timeout") lost++;
        else refused[reply.error.code] = (refused[reply.error.code] ?? 0) + 1;
      }
      return reply;
    };

    const idle = await startChild("baseline-entry.ts");
    children.push(idle);
    for (const s of servers) await s.reset();
    await idle.reset();
    sampler = setInterval(() => {
      for (const [p, s] of servers.entries())
        void s
          .stats()
          .then((st) => (peaks[p] = Math.max(peaks[p]!, st.peakRssBytes)))
          .catch(() => {});
    }, 1_000);
    const started = performance.now();
    const generatorStart = process.cpuUsage();
    const deadline = started + options.durationMs;

    await Promise.all(
      sessions.map(async (session, index) => {
        await sleep(random() * options.pauseMs); // do not start in lockstep
        const pick = () => Math.floor(random() * session.delegations.length);
        const state = () => session.chair.state!;
        let round = 0;
        while (performance.now() < deadline) {
          round++;
          const [a, b] = [pick(), pick()];
          await send(session.delegations[a]!, session.id, { type: "speakers.add" });
          if (b !== a) await send(session.delegations[b]!, session.id, { type: "speakers.add" });
          await send(session.delegations[a]!, session.id, { type: "speakers.remove" });
          if (b !== a) await send(session.delegations[b]!, session.id, { type: "speakers.remove" });

          const doc = state().document;
          const operative = doc && doc.kind === "resolution" ? doc.operative.map((c) => c.id) : ["op1"];
          const submitted = await send(session.delegations[pick()]!, session.id, {
            type: "amendment.submit",
            op: {
              kind: "replace",
              targetId: operative[round % operative.length]!,
              text: `Texte modifié ${index}-${round} : la Commission prie instamment les États de coopérer ;`,
            },
          });
          if (!submitted.ok) continue;
          await session.chair.waitFor(() => session.chair.seq >= (submitted.seq ?? 0), 30_000).catch(() => {});
          const next = votingQueue(state().procedure.amendments, state().procedure.amendmentOrder)[0];
          if (!next) continue;
          const opened = await chairSend(session.chair, {
            type: "vote.open",
            subject: { kind: "amendment", amendmentId: next },
            method: "recorded",
          });
          if (!opened.ok) continue;
          await Promise.all(
            session.delegations.map(async (socket) => {
              await sleep(random() * options.voteWindowMs);
              await send(socket, session.id, { type: "vote.cast", choice: random() < 0.6 ? "yes" : random() < 0.5 ? "no" : "abstain" });
            }),
          );
          const closed = await chairSend(session.chair, { type: "vote.close" });
          if (closed.ok) votes++;
          await sleep(options.pauseMs * (0.5 + random()));
        }
      }),
    );
    const durationMs = performance.now() - started;
    const used = process.cpuUsage(generatorStart);
    const generatorCpu = (used.user + used.system) / 1_000 / durationMs;
    clearInterval(sampler);
    const each = await Promise.all(servers.map((s) => s.stats()));
    for (const [p, st] of each.entries()) st.peakRssBytes = Math.max(st.peakRssBytes, peaks[p]!);
    const stats = combined(each);
    const idleLagP99Ms = (await idle.stats()).lagP99Ms;

    // Every chair's copy agrees with the votes it closed.
    for (const session of sessions) {
      const decisions = session.chair.state!.procedure.decisions.length;
      if (session.chair.status !== "connected") errors.push(`session ${session.id}: chair ${session.chair.status}`);
      if (decisions === 0 && options.durationMs > 2_000) errors.push(`session ${session.id}: no vote was completed`);
    }
    if (lost) errors.push(`${lost} commands got no answer`);

    // The conference ends: everyone leaves, the rooms go idle and are evicted.
    closeAll(sockets);
    for (const c of typed) c.close();
    await sleep(IDLE_MS + 2_000);
    const after = await memoryNow();
    const memory = {
      beforeRssBytes: before.rss,
      afterRssBytes: after.rss,
      beforeHeapBytes: before.heap,
      afterHeapBytes: after.heap,
      roomsAfter: after.rooms,
    };
    return {
      sessions: sessions.length,
      clients,
      durationMs,
      commands,
      lost,
      refused,
      votes,
      server: stats,
      servers: each,
      idleLagP99Ms,
      generatorCpu,
      memory,
      errors,
    };
  } finally {
    if (sampler) clearInterval(sampler);
    closeAll(sockets);
    for (const c of typed) c.close();
    for (const s of servers) await s.stop();
    for (const child of children) await child.stop();
  }
}

/** Several processes as one: memory and CPU add up, the event-loop lag is the worst process's. */
function combined(each: ServerStats[]): ServerStats {
  const sum = (pick: (s: ServerStats) => number) => each.reduce((total, s) => total + pick(s), 0);
  const max = (pick: (s: ServerStats) => number) => Math.max(...each.map(pick));
  return {
    type: "stats",
    rssBytes: sum((s) => s.rssBytes),
    heapUsedBytes: sum((s) => s.heapUsedBytes),
    cpuMs: sum((s) => s.cpuMs),
    wallMs: max((s) => s.wallMs),
    lagP50Ms: max((s) => s.lagP50Ms),
    lagP99Ms: max((s) => s.lagP99Ms),
    lagMaxMs: max((s) => s.lagMaxMs),
    peakRssBytes: sum((s) => s.peakRssBytes),
    rooms: sum((s) => s.rooms),
  };
}
