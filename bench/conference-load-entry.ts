/**
 * The conference's load generator, in a process of its own (`node --import tsx`, forked by
 * bench/scenarios/conference.ts with an IPC channel), so that its CPU is measured apart from the
 * server's and the bench's. Each session's delegations and screens are light sockets
 * (bench/light-socket.ts: acks decoded, broadcasts counted); each chair is the app's own session
 * client (it keeps the state, to open the vote on the amendment just submitted).
 *
 * IPC: ← { type: "setup", urls, options } → { type: "ready", clients }; ← { type: "go" } →
 * { type: "done", result }; ← { type: "close" } → { type: "closed" } (every socket closed).
 */
import { votingQueue } from "@/lib/procedure";
import { defaultMembers } from "@/lib/session/create";
import { createSession, join, joined, must, tokenOf, type LiveClient } from "@/server/test-utils/session";
import { lightSockets, type LightSocket } from "./light-socket";
import { commandId, prng, sleep, type Reply } from "./measure";

export interface LoadOptions {
  sizes: number[];
  screensPerSession: number;
  durationMs: number;
  voteWindowMs: number;
  pauseMs: number;
  seed: number;
}

export interface LoadResult {
  sessions: number;
  clients: number;
  durationMs: number;
  commands: number;
  lost: number;
  refused: Record<string, number>;
  votes: number;
  /** This process's CPU (user + system) over the busy loop, share of one core. */
  cpu: number;
  /** Broadcast messages the light sockets received during the whole run. */
  received: number;
  /** Each chair's decisions at the end, and whether it was still connected. */
  chairs: Array<{ sessionId: string; decisions: number; connected: boolean }>;
  errors: string[];
}

type Message = { type: "setup"; urls: string[]; options: LoadOptions } | { type: "go" } | { type: "close" };
const reply = (message: unknown) => process.send!(message);

let sessions: Array<{ id: string; chair: LiveClient; delegations: LightSocket[]; members: string[] }> = [];
let sockets: LightSocket[] = [];
let options: LoadOptions;

process.on("message", (message: Message) => {
  const step =
    message.type === "setup"
      ? setup(message.urls, message.options).then((clients) => reply({ type: "ready", clients }))
      : message.type === "go"
        ? run().then((result) => reply({ type: "done", result }))
        : Promise.resolve(close()).then(() => reply({ type: "closed" }));
  step.catch((error: Error) => reply({ type: "error", message: error.stack ?? error.message }));
});
process.on("disconnect", () => {
  close();
  process.exit(0);
});

/** Every session created, joined, in session with its draft introduced (not measured). */
async function setup(urls: string[], opts: LoadOptions): Promise<number> {
  options = opts;
  const urlFor = (k: number) => urls[k % urls.length]!;
  /** n sockets, the k-th connected to process k mod (number of processes). */
  const spread = async (n: number): Promise<LightSocket[]> => {
    const groups = await Promise.all(urls.map((url, p) => lightSockets(url, Math.ceil((n - p) / urls.length))));
    return Array.from({ length: n }, (_, k) => groups[k % urls.length]![Math.floor(k / urls.length)]!);
  };
  const everyone = defaultMembers("general-assembly");
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
    const links = await createSession(urls[0]!, body);
    const chair = join(urlFor(i), links.id, links.chair.url);
    const delegations = await spread(links.delegations.length);
    const screens = await spread(options.screensPerSession);
    sockets.push(...delegations, ...screens);
    const joins = await Promise.all([
      ...delegations.map((s, k) => s.ask("session:join", { sessionId: links.id, token: tokenOf(links.delegations[k]!.url), lastSeq: 0 })),
      ...screens.map((s) => s.ask("session:join", { sessionId: links.id, token: tokenOf(links.screen.url), lastSeq: 0 })),
    ]);
    if (joins.some((r) => !r.ok)) throw new Error(`conference: a join was refused (${joins.find((r) => !r.ok)!.error?.code})`);
    sessions.push({ id: links.id, chair, delegations, members: links.delegations.map((d) => d.member) });
    await joined([chair], 30_000);
    const members = links.delegations.map((d) => d.member);
    await must(chair, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
    await must(chair, { type: "meeting.open" });
    await must(chair, { type: "draft.introduce" });
  }
  return sockets.length + sessions.length;
}

/** The busy loop: speakers, an amendment, a recorded vote of every member, again, until the deadline. */
async function run(): Promise<LoadResult> {
  const random = prng(options.seed);
  const errors: string[] = [];
  const refused: Record<string, number> = {};
  let commands = 0;
  let lost = 0;
  let votes = 0;
  const count = (r: Reply) => {
    if (r.ok) return r;
    if (r.error?.code === "client.timeout") lost++;
    else refused[r.error?.code ?? "?"] = (refused[r.error?.code ?? "?"] ?? 0) + 1;
    return r;
  };
  const send = (socket: LightSocket, sessionId: string, command: unknown): Promise<Reply> => {
    commands++;
    return socket.ask("session:command", { sessionId, commandId: commandId("c"), command }, 30_000).then(count);
  };
  const chairSend = async (chair: LiveClient, command: Parameters<typeof must>[1]) => {
    commands++;
    const r = await chair.send(command, { timeoutMs: 30_000, attempts: 1 });
    count(r.ok ? { ok: true } : { ok: false, error: r.error });
    return r;
  };

  const started = performance.now();
  const cpuStart = process.cpuUsage();
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
  const used = process.cpuUsage(cpuStart);
  if (lost) errors.push(`${lost} commands got no answer`);
  return {
    sessions: sessions.length,
    clients: sockets.length + sessions.length,
    durationMs,
    commands,
    lost,
    refused,
    votes,
    cpu: (used.user + used.system) / 1_000 / durationMs,
    received: sockets.reduce((total, s) => total + s.received, 0),
    chairs: sessions.map((s) => ({
      sessionId: s.id,
      decisions: s.chair.state!.procedure.decisions.length,
      connected: s.chair.status === "connected",
    })),
    errors,
  };
}

function close() {
  for (const socket of sockets) socket.close();
  for (const session of sessions) session.chair.close();
  sockets = [];
  sessions = [];
}
