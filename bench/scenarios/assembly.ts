/**
 * Fan-out and burst in a General Assembly of 193: the real server against the bare baseline, both
 * in child processes, the same clients (193 delegations + 10 screens measured) and message sizes.
 */
import type { Socket } from "socket.io-client";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { votingQueue } from "@/lib/procedure";
import type { LiveEvent } from "@/lib/session";
import { createSession, join, joined, must, tokenOf, type LiveClient } from "@/server/test-utils/session";
import { startChild } from "../child";
import { ask, burstRound, closeAll, commandId, fanOutRound, percentiles, prng, rawSockets, type Percentiles, type Reply } from "../measure";

export interface AssemblyOptions {
  amendments: number;
  ballots: number;
  screens: number;
  seed: number;
}

export interface AssemblyResult {
  clients: number;
  amendment: { real: Percentiles; baseline: Percentiles; bytes: number };
  ballot: { real: Percentiles; baseline: Percentiles; bytes: number };
  burst: {
    real: {
      ack: Percentiles;
      allSeenMs: number;
      acked: number;
      lost: number;
      short: number;
      tallyExact: boolean;
      counts: unknown;
      expected: unknown;
    };
    baseline: { ack: Percentiles; allSeenMs: number; acked: number; lost: number; short: number };
  };
  errors: string[];
}

type EventsMessage = { events: Array<{ seq: number; event: LiveEvent }> };
const ballotsIn = (message: unknown) => (message as EventsMessage).events.filter((e) => e.event.type === "vote.cast").length;
const CHOICES = ["yes", "no", "abstain"] as const;

export async function assembly(options: AssemblyOptions): Promise<AssemblyResult> {
  const errors: string[] = [];
  const file = path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-bench-")), "bench.db");
  const server = await startChild("server-entry.ts", { DB_FILE: file });
  const random = prng(options.seed);
  let real: Omit<AssemblyResult, "errors" | "amendment" | "ballot" | "burst"> & {
    amendment: { samples: number[]; bytes: number; commandBytes: number; message: unknown };
    ballot: { samples: number[]; bytes: number; message: unknown };
    burst: AssemblyResult["burst"]["real"];
  };
  const typed: LiveClient[] = [];
  let sockets: Socket[] = [];
  try {
    const links = await createSession(server.url, { organ: "general-assembly" });
    const chair = join(server.url, links.id, links.chair.url);
    const verifier = join(server.url, links.id, links.screen.url);
    typed.push(chair, verifier);
    await joined(typed, 30_000);

    const members = links.delegations.map((d) => d.member);
    sockets = await rawSockets(server.url, members.length + options.screens);
    const delegations = sockets.slice(0, members.length);
    const joins = await Promise.all(
      sockets.map((socket, i) =>
        ask(socket, "session:join", {
          sessionId: links.id,
          token: tokenOf(i < members.length ? links.delegations[i]!.url : links.screen.url),
          lastSeq: 0,
        }),
      ),
    );
    const refused = joins.filter((r) => !r.ok);
    if (refused.length) throw new Error(`${refused.length} joins refused: ${refused[0]!.error?.code}`);

    await must(chair, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
    await must(chair, { type: "meeting.open" });
    await must(chair, { type: "draft.introduce" });
    const doc = verifier.state!.document;
    const operative = doc && doc.kind === "resolution" ? doc.operative.map((c) => c.id) : ["op1"];

    const command = (socket: Socket, cmd: unknown) =>
      ask(socket, "session:command", { sessionId: links.id, commandId: commandId(), command: cmd });
    const check = (what: string, reply: Reply) => {
      if (!reply.ok) errors.push(`${what}: ${reply.error?.code}`);
    };

    // 1. Amendments, one at a time, from different delegations.
    const amendmentSamples: number[] = [];
    let amendmentBytes = 0;
    let amendmentMessage: unknown = null;
    let amendmentCommandBytes = 0;
    for (let k = 0; k < options.amendments; k++) {
      const cmd = {
        type: "amendment.submit",
        op: {
          kind: "replace",
          targetId: operative[k % operative.length]!,
          text: `Prie le Secrétaire général de présenter un rapport sur l'application de la présente résolution, version ${k} ;`,
        },
      };
      amendmentCommandBytes = JSON.stringify(cmd).length;
      const round = await fanOutRound(sockets, "session:events", () => command(delegations[k % delegations.length]!, cmd));
      check("amendment.submit", round.reply);
      if (round.missing) errors.push(`amendment ${k}: ${round.missing} clients got nothing`);
      amendmentSamples.push(round.lastMs);
      amendmentBytes = round.bytes;
      amendmentMessage = round.message;
    }

    // 2. Ballots during an open recorded vote (a later ballot replaces the earlier one).
    await verifier.waitFor(() => verifier.state!.procedure.amendments.length === options.amendments, 30_000);
    const next = votingQueue(verifier.state!.procedure.amendments, verifier.state!.procedure.amendmentOrder)[0]!;
    await must(chair, { type: "vote.open", subject: { kind: "amendment", amendmentId: next }, method: "recorded" });
    const ballotSamples: number[] = [];
    let ballotBytes = 0;
    let ballotMessage: unknown = null;
    for (let r = 0; r < options.ballots; r++) {
      const choice = CHOICES[Math.floor(r / delegations.length) % 2]!;
      const round = await fanOutRound(sockets, "session:events", () =>
        command(delegations[r % delegations.length]!, { type: "vote.cast", choice }),
      );
      check("vote.cast", round.reply);
      if (round.missing) errors.push(`ballot ${r}: ${round.missing} clients got nothing`);
      ballotSamples.push(round.lastMs);
      ballotBytes = round.bytes;
      ballotMessage = round.message;
    }

    // 3. Burst: a fresh vote, every delegation at the same moment.
    await must(chair, { type: "vote.cancel" });
    await must(chair, { type: "vote.open", subject: { kind: "amendment", amendmentId: next }, method: "recorded" });
    const decisionsBefore = verifier.state!.procedure.decisions.length;
    const choices = members.map(() => CHOICES[Math.floor(random() * 3)]!);
    const burst = await burstRound(delegations, sockets, "session:events", ballotsIn, members.length, (socket, i) =>
      command(socket, { type: "vote.cast", choice: choices[i] }),
    );
    const acked = burst.replies.filter((r) => r.ok).length;
    for (const reply of burst.replies) if (!reply.ok) errors.push(`burst ballot refused: ${reply.error?.code}`);
    if (burst.short) errors.push(`burst: ${burst.short} clients did not see every ballot`);
    await must(chair, { type: "vote.close" });
    await verifier.waitFor(() => verifier.state!.procedure.decisions.length === decisionsBefore + 1, 30_000);
    const counts = verifier.state!.procedure.decisions.at(-1)!.outcome.counts;
    const expected = {
      yes: choices.filter((c) => c === "yes").length,
      no: choices.filter((c) => c === "no").length,
      abstain: choices.filter((c) => c === "abstain").length,
      notVoting: 0,
    };
    const tallyExact = JSON.stringify(counts) === JSON.stringify(expected);
    if (!tallyExact) errors.push(`burst tally ${JSON.stringify(counts)} ≠ ${JSON.stringify(expected)}`);

    real = {
      clients: sockets.length,
      amendment: { samples: amendmentSamples, bytes: amendmentBytes, commandBytes: amendmentCommandBytes, message: amendmentMessage },
      ballot: { samples: ballotSamples, bytes: ballotBytes, message: ballotMessage },
      burst: {
        ack: percentiles(burst.ackMs.filter(Number.isFinite)),
        allSeenMs: burst.allSeenMs,
        acked,
        lost: members.length - acked,
        short: burst.short,
        tallyExact,
        counts,
        expected,
      },
    };
  } finally {
    closeAll(sockets);
    for (const c of typed) c.close();
    await server.stop();
  }

  // The baseline: the same clients (plus the 2 typed ones the real run had), the same sizes.
  const baseline = await startChild("baseline-entry.ts");
  let base: AssemblyResult["burst"]["baseline"];
  const baseAmendments: number[] = [];
  const baseBallots: number[] = [];
  let extra: Socket[] = [];
  try {
    sockets = await rawSockets(baseline.url, real.clients);
    extra = await rawSockets(baseline.url, 2);
    const senders = sockets.slice(0, sockets.length - options.screens);
    // The baseline broadcasts the messages the real server sent: the same bytes and the same
    // structure for the receivers to parse (205 of them share the bench's one process).
    await ask(sockets[0]!, "message", { name: "amendment", message: real.amendment.message });
    await ask(sockets[0]!, "message", { name: "ballot", message: real.ballot.message });
    const cmd = (socket: Socket, as: "amendment" | "ballot", pad: number) => ask(socket, "cmd", { as, pad: "x".repeat(pad) });
    for (let k = 0; k < options.amendments; k++) {
      const round = await fanOutRound(sockets, "events", () => cmd(senders[k % senders.length]!, "amendment", real.amendment.commandBytes));
      baseAmendments.push(round.lastMs);
    }
    for (let r = 0; r < options.ballots; r++) {
      const round = await fanOutRound(sockets, "events", () => cmd(senders[r % senders.length]!, "ballot", 20));
      baseBallots.push(round.lastMs);
    }
    const burst = await burstRound(
      senders,
      sockets,
      "events",
      () => 1,
      senders.length,
      (socket) => cmd(socket, "ballot", 20),
    );
    const acked = burst.replies.filter((r) => r.ok).length;
    if (burst.short || acked !== senders.length)
      errors.push(`baseline burst: ${senders.length - acked} lost acks, ${burst.short} short clients`);
    base = {
      ack: percentiles(burst.ackMs.filter(Number.isFinite)),
      allSeenMs: burst.allSeenMs,
      acked,
      lost: senders.length - acked,
      short: burst.short,
    };
  } finally {
    closeAll(sockets);
    closeAll(extra);
    await baseline.stop();
  }

  return {
    clients: real.clients,
    amendment: { real: percentiles(real.amendment.samples), baseline: percentiles(baseAmendments), bytes: real.amendment.bytes },
    ballot: { real: percentiles(real.ballot.samples), baseline: percentiles(baseBallots), bytes: real.ballot.bytes },
    burst: { real: real.burst, baseline: base },
    errors,
  };
}
