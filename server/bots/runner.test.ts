/**
 * Simulated delegations against the real server on a random port: a Security Council of 15 with
 * three human delegations (typed clients driven by the test), twelve simulated ones and the chair.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026, amendmentVotingQueue, nextRollCall, type Choice } from "@/lib/procedure";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, join, joined, must, tokenOf, type LiveClient } from "../test-utils/session";
import type { SessionLinks } from "@/lib/protocol/http";
import { startBots, type BotRunner, type BotRunnerOptions } from "./runner";

let server: Booted;
const open: LiveClient[] = [];
const runners: BotRunner[] = [];

beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  for (const r of runners) await r.stop();
  for (const c of open) c.close();
  await server.stop();
});

const HUMANS = ["COL", "DNK", "PAN"];
/** What the three humans vote, whatever the question (the same in every run). */
const HUMAN_VOTES: Record<string, Choice> = { COL: "yes", DNK: "abstain", PAN: "no" };

function client(links: SessionLinks, url: string): LiveClient {
  const c = join(server.app.url, links.id, url);
  open.push(c);
  return c;
}

async function bots(links: SessionLinks, options: Partial<BotRunnerOptions>): Promise<BotRunner> {
  const runner = await startBots({ url: server.app.url, sessionId: links.id, chairKey: tokenOf(links.chair.url), ...options });
  runners.push(runner);
  return runner;
}

interface Run {
  links: SessionLinks;
  chair: LiveClient;
  runner: BotRunner;
  log: Array<{ seq: number; type: string; actor: string; payload: unknown }>;
}

/** Timestamps differ between runs: `at` on every event, and the clocks and dates inside some. */
const TIMESTAMPS = new Set(["at", "openedAt", "updatedAt", "runningSince"]);
function withoutTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimestamps);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !TIMESTAMPS.has(k))
        .map(([k, v]) => [k, withoutTimestamps(v)]),
    );
  }
  return value;
}

/** From the roll call to the vote on the UK draft: only the chair and three humans act in the test. */
async function councilWithThreeHumans(seed: number): Promise<Run> {
  const links = await createSession(server.app.url, { organ: "security-council" });
  const chair = client(links, links.chair.url);
  const humans = new Map(HUMANS.map((m) => [m, client(links, links.delegations.find((d) => d.member === m)!.url)]));
  await joined([chair, ...humans.values()]);
  const runner = await bots(links, {
    seed,
    members: SECURITY_COUNCIL_2026.filter((m) => !HUMANS.includes(m)),
    profiles: {
      PAK: {
        preparedAmendment: {
          op: {
            kind: "replace",
            targetId: "op5",
            text: "Recommande aux États membres de n'utiliser l'IA à des fins militaires que sous contrôle humain ;",
          },
        },
      },
      CHN: { clauses: { op2: { oppose: 0.7, abstain: 0.3 } } },
    },
  });
  /** After a command of the test: every bot reacted, and the chair saw what they did. */
  const sync = async (seq: number) => {
    await runner.settled(seq);
    await chair.waitFor(() => chair.seq >= Math.max(seq, runner.lastSeq));
  };

  await sync(chair.seq); // the simulated delegations answer the roll call themselves
  for (const [member, human] of humans) await sync(await must(human, { type: "attendance.record", entries: { [member]: "present" } }));
  expect(Object.keys(chair.state!.procedure.attendance).sort()).toEqual([...SECURITY_COUNCIL_2026].sort());
  await sync(await must(chair, { type: "meeting.open" }));
  await sync(await must(chair, { type: "draft.introduce" })); // PAK submits its prepared amendment
  await sync(await must(humans.get("COL")!, { type: "amendment.submit", op: { kind: "delete", targetId: "op2" } }));
  expect(chair.state!.procedure.amendments.map((a) => a.sponsors[0])).toEqual(["PAK", "COL"]);

  for (let next = amendmentVotingQueue(chair.state!.procedure)[0]; next; next = amendmentVotingQueue(chair.state!.procedure)[0]) {
    await sync(await must(chair, { type: "vote.open", subject: { kind: "amendment", amendmentId: next }, method: "recorded" }));
    for (const [member, human] of humans) await sync(await must(human, { type: "vote.cast", choice: HUMAN_VOTES[member]! }));
    await sync(await must(chair, { type: "vote.close" }));
  }

  // The draft by roll call, starting with the United Kingdom: bots answer when called, humans too.
  await sync(await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "roll-call", firstMember: "GBR" }));
  for (let called = nextRollCall(chair.state!.procedure.vote!); called; called = nextRollCall(chair.state!.procedure.vote!)) {
    expect(HUMANS).toContain(called.member);
    await sync(await must(humans.get(called.member)!, { type: "vote.cast", choice: HUMAN_VOTES[called.member]! }));
  }
  await sync(await must(chair, { type: "vote.close" }));

  const log = (await server.db.events.list(links.id)).map((e) => ({
    seq: e.seq,
    type: e.type,
    actor: e.actor,
    payload: withoutTimestamps(e.payload),
  }));
  return { links, chair, runner, log };
}

describe("simulated delegations in a Security Council", () => {
  let first: Run;

  it("(a) 3 humans and 12 simulated delegations go from the roll call to the vote on the UK draft", async () => {
    first = await councilWithThreeHumans(42);
    const procedure = first.chair.state!.procedure;
    expect(first.runner.simulatedMembers).toHaveLength(12);
    const last = procedure.decisions.at(-1)!;
    expect(last.subject).toEqual({ kind: "draft" });
    expect(last.method).toBe("roll-call");
    expect(Object.keys(last.ballots!).sort()).toEqual([...SECURITY_COUNCIL_2026].sort());
    expect(last.ballots!.GBR?.choice).toBe("yes");
    expect(["adopted", "rejected"]).toContain(procedure.draft?.status);
    // Decisions on the two amendments, then the draft.
    expect(procedure.decisions.map((d) => d.subject.kind)).toEqual(["amendment", "amendment", "draft"]);
    // Each bot: attendance, one ballot per vote, PAK's amendment.
    expect(first.runner.sent).toHaveLength(12 + 3 * 12 + 1);
  });

  it("(b) the same seed and the same human actions give the same event log", async () => {
    const second = await councilWithThreeHumans(42);
    expect(second.log.length).toBe(first.log.length);
    expect(second.log).toEqual(first.log);
  });

  it("(c) simulated delegations never receive a refusal on a command they chose", async () => {
    const third = await councilWithThreeHumans(7);
    for (const run of [first, third]) {
      expect(run.runner.refusals).toEqual([]);
      expect(run.runner.errors).toEqual([]);
    }
    // And every command they chose is in the log, under their own name.
    for (const { member, seq } of third.runner.sent) expect(third.log.find((e) => e.seq === seq)?.actor).toBe(`delegation:${member}`);
  });

  it("(d) the UK votes yes on its draft; a P5 profiled against it votes no, and the result is a veto naming it", async () => {
    const links = await createSession(server.app.url, { organ: "security-council" });
    const chair = client(links, links.chair.url);
    await joined([chair]);
    const elected = SECURITY_COUNCIL_2026.filter((m) => !["CHN", "FRA", "GBR", "RUS", "USA"].includes(m));
    const runner = await bots(links, {
      seed: 3,
      profiles: {
        RUS: { draft: { oppose: 1 } },
        ...Object.fromEntries([...elected, "CHN", "FRA", "USA"].map((m) => [m, { draft: { support: 1 } }])),
      },
    });
    expect(runner.simulatedMembers).toHaveLength(15);
    expect(runner.profile("GBR").draft).toEqual({ support: 1, oppose: 0, abstain: 0 });
    const sync = async (seq: number) => {
      await runner.settled(seq);
      await chair.waitFor(() => chair.seq >= Math.max(seq, runner.lastSeq));
    };
    await sync(chair.seq);
    await sync(await must(chair, { type: "meeting.open" }));
    await sync(await must(chair, { type: "draft.introduce" }));
    await sync(await must(chair, { type: "vote.open", subject: { kind: "draft" } })); // show of hands, ballot by ballot
    expect(chair.state!.procedure.vote!.ballots).toMatchObject({ GBR: { choice: "yes" }, RUS: { choice: "no" } });
    await sync(await must(chair, { type: "vote.close" }));
    const outcome = chair.state!.procedure.decisions[0]!.outcome;
    expect(outcome).toMatchObject({ result: "vetoed", reason: "veto", vetoedBy: ["RUS"], counts: { yes: 14, no: 1, abstain: 0 } });
    expect(runner.refusals).toEqual([]);
  });

  it("the chair edits a profile during the session; a stopped runner sends nothing more", async () => {
    const links = await createSession(server.app.url, { organ: "security-council" });
    const chair = client(links, links.chair.url);
    await joined([chair]);
    const runner = await bots(links, { members: ["FRA", "GBR"], seed: 5 });
    await runner.settled(chair.seq);
    await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    await must(chair, { type: "meeting.open" });
    await must(chair, { type: "draft.introduce" });
    const seq = await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    await runner.settled(seq);
    runner.setProfile("FRA", { draft: { oppose: 1 } }); // FRA already voted: a recorded vote is not re-cast
    expect(() => runner.setProfile("FRA", { draft: { support: -1 } })).toThrow(/profile of FRA/);
    expect(() => runner.setProfile("DEU", {})).toThrow(/not simulated/);
    await runner.settled(seq);
    await must(chair, { type: "vote.cancel" });
    const reopened = await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    await runner.settled(reopened);
    await chair.waitFor(() => Object.keys(chair.state!.procedure.vote?.ballots ?? {}).length === 2);
    expect(chair.state!.procedure.vote!.ballots).toMatchObject({ FRA: { choice: "no" }, GBR: { choice: "yes" } });

    await runner.stop();
    const after = await must(chair, { type: "vote.cancel" });
    await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(chair.seq).toBe(after + 1);
    expect(runner.refusals).toEqual([]);
  });

  it("refuses a wrong chair key, members that are not delegations of the session, and invalid profiles", async () => {
    const links = await createSession(server.app.url, { organ: "security-council" });
    await expect(startBots({ url: server.app.url, sessionId: links.id, chairKey: tokenOf(links.screen.url) })).rejects.toThrow(
      /HTTP 403 auth.invalid_token/,
    );
    await expect(bots(links, { members: ["FRA", "DEU"] })).rejects.toThrow(/not delegations of session .*: DEU/);
    await expect(bots(links, { members: ["FRA"], profiles: { FRA: { draft: { support: 0 } } } })).rejects.toThrow(/profile of FRA: draft/);
  });
});
