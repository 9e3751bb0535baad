/**
 * A hostile class: one Council of 15 delegations of which 3 misbehave — long texts at their rate
 * limit, chosen and prototype-named ids, join-code grabs, joins racing the chair's reissue of their
 * link — while the 12 others debate, and another session votes. Measured: the other session's
 * ballot acks (p99) against the same votes unattacked, and whether every well-formed command of the
 * honest delegations was answered and kept in the log. Also: the CPU cost of the most expensive
 * valid commands, decided alone (the server's decide of a live session).
 */
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure";
import { seedResolution } from "@/lib/resolution/test-utils/seeds";
import { decideLive, reduceLive, replayLive, type LiveCommand, type LiveSessionState } from "@/lib/session";
import { liveCommandSchema } from "@/lib/session/commands";
import { newSessionEvents } from "@/lib/session/create";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@/server/db";
import { startChild } from "../child";
import { createSession, join, joined, must, tokenOf, type LiveClient } from "@/server/test-utils/session";
import { percentiles, sleep, type Percentiles } from "../measure";

export interface HostileClassResult {
  ballots: { baseline: Percentiles; attacked: Percentiles };
  honest: { sent: number; answered: number; ok: number; lost: number };
  attackers: { sent: number; refused: Record<string, number> };
  worst: Array<{ command: string; medianMs: number }>;
  errors: string[];
}

type Raw = {
  timeout(ms: number): {
    emitWithAck(event: string, ...args: unknown[]): Promise<{ ok: boolean; seq?: number; events?: number; error?: { code: string } }>;
  };
};
const raw = (c: LiveClient) => c.socket as unknown as Raw;
const FLOOD = Array.from({ length: 2_450 }, (_, i) => "abcdefghij"[i % 10]).join(" ");
const PROTO_IDS = ["__proto__", "constructor", "toString", "hasOwnProperty"];

export async function hostileClass(options: { rounds: number; warmupMs: number }): Promise<HostileClassResult> {
  // The server in a process of its own (bench/server-entry.ts), as in the conference: the clients'
  // own work — decoding every 5 000-character broadcast fifteen times — is not counted against it.
  const file = path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-hostile-")), "hostile.db");
  const server = await startChild("server-entry.ts", { DB_FILE: file });
  const errors: string[] = [];
  const clients: LiveClient[] = [];
  const open = (id: string, url: string) => {
    const c = join(server.url, id, url, "en");
    clients.push(c);
    return c;
  };
  try {
    // Session B votes: its ballots are what an attack on A must not slow down.
    const b = await createSession(server.url, { organ: "security-council" });
    const bChair = open(b.id, b.chair.url);
    const bDelegations = b.delegations.map((d) => open(b.id, d.url));
    await joined([bChair, ...bDelegations]);
    await must(bChair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    await must(bChair, { type: "meeting.open" });
    await must(bChair, { type: "draft.introduce" });
    const voteRounds = async (rounds: number) => {
      const samples: number[] = [];
      for (let r = 0; r < rounds; r++) {
        await must(bChair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
        await Promise.all(
          bDelegations.map(async (d, i) => {
            const t = performance.now();
            const reply = await raw(d)
              .timeout(15_000)
              .emitWithAck("session:command", {
                sessionId: b.id,
                commandId: `b-${r}-${i}-${Date.now()}`,
                command: { type: "vote.cast", choice: i % 3 ? "yes" : "abstain" },
              });
            samples.push(performance.now() - t);
            if (!reply.ok) errors.push(`session B ballot refused: ${reply.error?.code}`);
          }),
        );
        await must(bChair, { type: "vote.cancel" });
        await sleep(20);
      }
      return samples;
    };

    // Session A: the class.
    const a = await createSession(server.url, { organ: "security-council" });
    const aChair = open(a.id, a.chair.url);
    const seat = (m: string) => a.delegations.find((d) => d.member === m)!.url;
    const [flooder, squatter, grabber] = ["CHN", "RUS", "USA"];
    const honestMembers = SECURITY_COUNCIL_2026.filter((m) => ![flooder, squatter, grabber].includes(m));
    const honest = honestMembers.map((m) => open(a.id, seat(m)));
    const flood = open(a.id, seat(flooder!));
    const squat = open(a.id, seat(squatter!));
    await joined([aChair, ...honest, flood, squat]);
    await must(aChair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    await must(aChair, { type: "meeting.open" });
    await must(aChair, { type: "draft.introduce" });

    const baseline = await voteRounds(options.rounds);

    let stop = false;
    const refused: Record<string, number> = {};
    let attackSent = 0;
    const note = (reply: { ok: boolean; error?: { code: string } }) => {
      attackSent++;
      if (!reply.ok) refused[reply.error?.code ?? "?"] = (refused[reply.error?.code ?? "?"] ?? 0) + 1;
      return reply;
    };
    const send = (c: LiveClient, command: unknown, id: string) =>
      raw(c)
        .timeout(15_000)
        .emitWithAck("session:command", { sessionId: a.id, commandId: id, command })
        .catch(() => ({ ok: false, error: { code: "client.timeout" } }));
    let n = 0;
    const attacks = [
      // Long texts at the rate limit: every refusal means "slow down", then again.
      (async () => {
        while (!stop) {
          const op = { kind: "replace", targetId: `op${1 + (n % 6)}`, text: FLOOD };
          const reply = note(
            await send(flood, n % 2 ? { type: "amendment.draft.save", op } : { type: "amendment.submit", op }, `flood-${n++}`),
          );
          if (!reply.ok && reply.error?.code === "rate.limited") await sleep(50);
        }
      })(),
      // Chosen ids and prototype-named ids in every id a command carries.
      (async () => {
        let i = 0;
        while (!stop) {
          const id = PROTO_IDS[i % PROTO_IDS.length]!;
          const commands = [
            { type: "amendment.submit", id: "A2", op: { kind: "delete", targetId: "op2" } },
            { type: "amendment.submit", op: { kind: "delete", targetId: "op2" }, coSponsors: ["FRA", "GBR"] },
            { type: "amendment.draft.discard", draftId: id },
            { type: "amendment.draft.save", draftId: id, op: { kind: "delete", targetId: "op1" } },
            { type: "amendment.withdraw", amendmentId: id },
            { type: "motion.second", motionId: id },
            { type: "vote.open", subject: { kind: "amendment", amendmentId: id } },
          ];
          const reply = note(await send(squat, commands[i % commands.length], `squat-${i++}`));
          if (!reply.ok && reply.error?.code === "rate.limited") await sleep(50);
        }
      })(),
      // Join-code grabs, and joins racing the chair's reissue of the grabber's own link.
      (async () => {
        const bearer = { authorization: `Bearer ${tokenOf(a.chair.url)}` };
        const status = (await (await fetch(`${server.url}/api/sessions/${a.id}/join-code`, { headers: bearer })).json()) as {
          url: string | null;
        };
        const code = status.url ? new URL(status.url).searchParams.get("code")! : "";
        let link = seat(grabber!);
        while (!stop) {
          for (const member of SECURITY_COUNCIL_2026) {
            attackSent++;
            const res = await fetch(`${server.url}/api/sessions/${a.id}/join`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ code, member }),
            });
            if (res.status === 200 && member !== grabber)
              errors.push(`the join code gave away ${member}'s seat, held by an honest delegation`);
            refused[`http ${res.status}`] = (refused[`http ${res.status}`] ?? 0) + 1;
          }
          const racer = open(a.id, link);
          const reissued = fetch(`${server.url}/api/sessions/${a.id}/delegations/${grabber}/reissue`, {
            method: "POST",
            headers: bearer,
          });
          link = ((await (await reissued).json()) as { url: string }).url;
          await sleep(30);
          if (racer.socket.connected && racer.status !== "revoked" && racer.status !== "join-failed") {
            const reply = await send(racer, { type: "speakers.add" }, `race-${attackSent}`);
            if (reply.ok) errors.push("a socket on a revoked link still had its command applied");
          }
          racer.close();
        }
      })(),
    ];

    // The honest twelve debate meanwhile: each well-formed command must be answered and kept.
    const honestReplies: Array<{ id: string; reply: { ok: boolean; events?: number; error?: { code: string } } }> = [];
    const debating = honest.map(async (c, i) => {
      let k = 0;
      while (!stop) {
        const commands: LiveCommand[] = [
          { type: "speakers.add" },
          {
            type: "amendment.submit",
            op: { kind: "replace", targetId: `op${1 + (i % 6)}`, text: `Texte révisé par la délégation ${i}, version ${k} ;` },
          },
          { type: "speakers.remove" },
          { type: "amendment.draft.save", op: { kind: "delete", targetId: `op${1 + (k % 6)}` } },
        ];
        const id = `honest-${i}-${k}`;
        const command = commands[k++ % commands.length];
        honestReplies.push({ id, reply: await send(c, command, id) });
        await sleep(150 + ((i * 37) % 100));
      }
    });

    // The attack at its steady pace first, then the same votes as before.
    await sleep(options.warmupMs);
    const attacked = await voteRounds(options.rounds);
    stop = true;
    await Promise.all([...attacks, ...debating]);

    let lost = 0;
    const db = await openDatabase(`file:${file}`);
    for (const { id, reply } of honestReplies) {
      if (reply.error?.code === "client.timeout") errors.push(`honest command ${id} unanswered`);
      if (reply.ok && (reply.events ?? 0) > 0 && (await db.events.byCommand(a.id, id)).length === 0) lost++;
    }
    await db.close();
    if (lost) errors.push(`${lost} acknowledged honest commands missing from the log`);
    const honestOk = honestReplies.filter((r) => r.reply.ok).length;
    const answered = honestReplies.filter((r) => r.reply.error?.code !== "client.timeout").length;
    for (const r of honestReplies)
      if (!r.reply.ok && r.reply.error?.code === "rate.limited") errors.push(`honest command ${r.id} rate-limited`);

    return {
      ballots: { baseline: percentiles(baseline), attacked: percentiles(attacked) },
      honest: { sent: honestReplies.length, answered, ok: honestOk, lost },
      attackers: { sent: attackSent, refused },
      worst: worstCommands(),
      errors,
    };
  } finally {
    for (const c of clients) c.close();
    await server.stop();
  }
}

/** The most expensive valid commands, parsed and decided alone on a Council in session (median of 40). */
export function worstCommands(): Array<{ command: string; medianMs: number }> {
  const created = newSessionEvents({
    organ: "general-assembly",
    document: { id: "ga", parsed: seedResolution("gaDraft"), title: "GA" },
    now: 1,
  });
  if (!created.ok) throw new Error(created.code);
  let state: LiveSessionState = replayLive(created.events);
  const chair = { role: "chair" as const };
  const run = (command: LiveCommand, actor: { role: "chair" } | { role: "delegation"; member: string } = chair) => {
    const d = decideLive(state, command, { actor, now: 2 });
    if (!d.ok) throw new Error(`${command.type}: ${d.error.code}`);
    for (const e of d.events) state = reduceLive(state, e);
  };
  run({ type: "attendance.record", entries: Object.fromEntries(state.procedure.members.map((m) => [m, "present"])) });
  run({ type: "meeting.open" });
  run({ type: "draft.introduce" });
  const longest = "op1";
  const candidates: Array<[string, unknown]> = [
    ["amendment.submit, 5 000 one-letter words", { type: "amendment.submit", op: { kind: "replace", targetId: longest, text: FLOOD } }],
    [
      "amendment.submit, 5 000 characters of distinct words",
      {
        type: "amendment.submit",
        op: {
          kind: "replace",
          targetId: longest,
          text: Array.from({ length: 700 }, (_, i) => `m${i.toString(36)}`)
            .join(" ")
            .slice(0, 5_000),
        },
      },
    ],
    [
      "amendment.draft.save, 5 000 one-letter words",
      { type: "amendment.draft.save", op: { kind: "replace", targetId: longest, text: FLOOD } },
    ],
    [
      "amendment.submit, add 5 000 characters",
      { type: "amendment.submit", op: { kind: "add", section: "operative", parentId: null, afterId: null, text: FLOOD } },
    ],
    [
      "attendance.record, 193 members",
      { type: "attendance.record", entries: Object.fromEntries(state.procedure.members.map((m) => [m, "present-and-voting"])) },
    ],
  ];
  const actorOf = (type: string) => (type.startsWith("amendment") ? { role: "delegation" as const, member: "FRA" } : chair);
  return candidates.map(([label, command]) => {
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t = performance.now();
      const parsed = liveCommandSchema.parse(command);
      const d = decideLive(state, parsed, { actor: actorOf(parsed.type), now: 3 });
      times.push(performance.now() - t);
      if (!d.ok) throw new Error(`${label}: ${d.error.code}`);
    }
    return { command: label, medianMs: percentiles(times).p50 };
  });
}
