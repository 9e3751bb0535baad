/**
 * Scale-out, for real: two (then three) server processes sharing one PostgreSQL database and one
 * Redis, with the typed client the browser uses. Needs TEST_POSTGRES_URL (a role with CREATEDB)
 * and TEST_REDIS_URL; skipped otherwise (.ci/run provides both).
 */
import { randomBytes } from "node:crypto";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROTOCOL_VERSION } from "@/lib/protocol";
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure";
import { projectFor, replayLive, type LiveCommand, type LiveEvent } from "@/lib/session";
import { openDatabase, type Database } from "../db";
import { scratchPostgres, type ScratchDatabase } from "../db/test-databases";
import { canSee, type Actor } from "../room";
import { createSession, join, joined, must, type LiveClient } from "../test-utils/session";
import type { SessionLinks } from "@/lib/protocol/http";
import { startServerProcess, type ServerProcess } from "./processes";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

const POSTGRES = process.env.TEST_POSTGRES_URL;
const REDIS = process.env.TEST_REDIS_URL;
const skip = !POSTGRES || !REDIS;
if (skip) {
  console.warn(
    "⚠ Scale-out tests skipped: set TEST_POSTGRES_URL=postgres://… (a role with CREATEDB) and TEST_REDIS_URL=redis://… to run them (.ci/run does).",
  );
}

describe.skipIf(skip)("two server processes on one PostgreSQL and one Redis", () => {
  let scratch: ScratchDatabase;
  let env: Record<string, string>;
  let a: ServerProcess;
  let b: ServerProcess;
  let db: Database;
  const processes: ServerProcess[] = [];
  const clients: LiveClient[] = [];
  const proxies: TcpProxy[] = [];

  beforeAll(async () => {
    scratch = await scratchPostgres(POSTGRES);
    // A channel prefix of our own: another test run (or a real deployment) may share this Redis.
    env = { DATABASE_URL: scratch.url, REDIS_URL: REDIS!, REDIS_KEY_PREFIX: `hemicycle-test-${randomBytes(4).toString("hex")}` };
    // Started together, as systemd would: one migrates, the other waits for it.
    [a, b] = await Promise.all([startServerProcess("A", env), startServerProcess("B", env)]);
    processes.push(a, b);
    db = await openDatabase(scratch.url);
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const p of proxies) await p.close();
    await Promise.all(processes.map((p) => p.stop()));
    await db?.close();
    await scratch?.drop();
  });

  function client(baseUrl: string, links: SessionLinks, url: string): LiveClient {
    const c = join(baseUrl, links.id, url);
    clients.push(c);
    return c;
  }
  const delegationUrl = (links: SessionLinks, member: string) => links.delegations.find((d) => d.member === member)!.url;

  /** A council in session; chair and screen on both processes; delegations alternately on A and B. */
  async function council(urls: { a: string; b: string } = { a: a.url, b: b.url }) {
    const links = await createSession(urls.a, { organ: "security-council" });
    const chairs = [client(urls.a, links, links.chair.url), client(urls.b, links, links.chair.url)];
    const screens = [client(urls.a, links, links.screen.url), client(urls.b, links, links.screen.url)];
    const delegations = new Map<string, LiveClient>();
    const side = new Map<string, "a" | "b">();
    SECURITY_COUNCIL_2026.forEach((m, i) => {
      const s = i % 2 === 0 ? "a" : "b";
      side.set(m, s);
      delegations.set(m, client(urls[s], links, delegationUrl(links, m)));
    });
    const everyone = [...chairs, ...screens, ...delegations.values()];
    await joined(everyone, 20_000);
    await must(chairs[0]!, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    await must(chairs[1]!, { type: "meeting.open" });
    await must(chairs[0]!, { type: "draft.introduce" });
    return { links, chairs, screens, delegations, side, everyone };
  }

  function actorOf(c: LiveClient): Actor {
    return c.role === "delegation" ? { role: "delegation", member: c.member! } : ({ role: c.role! } as Actor);
  }

  /**
   * The log is 1…n without a gap, and every client's state is the log's as it may see it: the
   * events it may see, reduced (all the clients here joined before any private event).
   */
  async function expectConverged(sessionId: string, everyone: LiveClient[]) {
    const log = await db.events.list(sessionId);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    const last = log.at(-1)!.seq;
    await Promise.all(everyone.map((c) => c.waitFor(() => c.seq >= last, 15_000)));
    const truth = replayLive(log.map((e) => e.payload as LiveEvent));
    for (const c of everyone) {
      const actor = actorOf(c);
      const visible = log.filter((e) => canSee(e.audience, actor)).map((e) => e.payload as LiveEvent);
      expect(c.seq).toBe(last);
      expect(c.state).toEqual(projectFor(replayLive(visible), actor));
    }
    return { log, truth };
  }

  it("delegations on different processes see each other's amendments, private drafts and ballots", async () => {
    const { links, chairs, screens, delegations, side, everyone } = await council();
    const onA = SECURITY_COUNCIL_2026.find((m) => side.get(m) === "a")!;
    const onB = SECURITY_COUNCIL_2026.find((m) => side.get(m) === "b")!;

    // An amendment from a delegation on B reaches every client, on A too.
    await must(delegations.get(onB)!, {
      type: "amendment.submit",
      op: { kind: "replace", targetId: "op5", text: "Recommande aux États membres un contrôle humain de toute arme autonome ;" },
    });
    await Promise.all(everyone.map((c) => c.waitFor(() => c.state!.procedure.amendments.length === 1)));
    expect(screens[0]!.state!.procedure.amendments[0]).toMatchObject({ id: "A1", sponsors: [onB], status: "pending" });

    // A private draft saved on A: its author sees it, nobody else does; a delegation on A co-sponsors B's amendment.
    await must(delegations.get(onA)!, {
      type: "amendment.draft.save",
      op: { kind: "replace", targetId: "op5", text: "Texte de travail ;" },
    });
    await must(delegations.get(onA)!, { type: "amendment.cosponsor", amendmentId: "A1" });
    await screens[0]!.waitFor(() => screens[0]!.state!.procedure.amendments[0]!.sponsors.length === 2);

    // Ballots cast on both processes at once; the vote closes on the tally every screen shows.
    await must(chairs[1]!, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    await Promise.all(
      SECURITY_COUNCIL_2026.map((m, i) => must(delegations.get(m)!, { type: "vote.cast", choice: i % 4 === 3 ? "abstain" : "yes" })),
    );
    await Promise.all(everyone.map((c) => c.waitFor(() => Object.keys(c.state!.procedure.vote?.ballots ?? {}).length === 15)));
    await must(chairs[0]!, { type: "vote.close" });

    const { truth } = await expectConverged(links.id, everyone);
    expect(truth.procedure.decisions[0]!.outcome).toMatchObject({ result: "adopted", counts: { yes: 12, abstain: 3, no: 0 } });
    for (const [member, c] of delegations) expect(Object.keys(c.state!.drafts).length).toBe(member === onA ? 1 : 0);
  });

  it("commands sent concurrently to both processes: one contiguous log, the same state on every client", async () => {
    const { links, chairs, delegations, everyone } = await council();
    const rounds = 3;
    const sent: Array<Promise<number>> = [];
    for (let round = 0; round < rounds; round++) {
      for (const [member, c] of delegations) {
        const command: LiveCommand = {
          type: "amendment.submit",
          op: { kind: "replace", targetId: "op5", text: `Variante ${round} proposée par ${member} ;` },
        };
        sent.push(must(c, command));
      }
      sent.push(must(chairs[round % 2]!, { type: "speakers.add", member: SECURITY_COUNCIL_2026[round]! } as LiveCommand).catch(() => 0));
    }
    const acked = await Promise.all(sent);
    expect(new Set(acked.filter((s) => s > 0)).size).toBe(acked.filter((s) => s > 0).length); // one seq per command

    const { truth, log } = await expectConverged(links.id, everyone);
    const amendments = truth.procedure.amendments;
    expect(amendments).toHaveLength(rounds * 15);
    expect(new Set(amendments.map((x) => x.id)).size).toBe(rounds * 15);
    // Every acknowledged command is in the log exactly once.
    const commandIds = log.map((e) => e.commandId).filter(Boolean);
    expect(log.filter((e) => e.type === "amendment.submitted")).toHaveLength(rounds * 15);
    expect(commandIds.length).toBeGreaterThanOrEqual(rounds * 15);
  });

  it("the same command sent to both processes at once (a retry racing the original) is applied once", async () => {
    const { links, delegations, everyone } = await council();
    const member = SECURITY_COUNCIL_2026[0]!;
    const token = new URL(delegationUrl(links, member)).pathname.split("/").at(-1)!;
    const sockets = [a.url, b.url].map((url) =>
      io(url, { auth: { protocol: PROTOCOL_VERSION }, transports: ["websocket"], forceNew: true }),
    );
    try {
      for (const socket of sockets) {
        const reply = await socket.timeout(10_000).emitWithAck("session:join", { sessionId: links.id, token, lastSeq: 0 });
        expect(reply.ok).toBe(true);
      }
      const tries = 10;
      for (let i = 0; i < tries; i++) {
        const command = { type: "amendment.submit", op: { kind: "replace", targetId: "op5", text: `Essai ${i} ;` } };
        const replies = await Promise.all(
          sockets.map((socket) =>
            socket.timeout(10_000).emitWithAck("session:command", { sessionId: links.id, commandId: `same-${i}`, command }),
          ),
        );
        for (const reply of replies) expect(reply).toMatchObject({ ok: true });
      }
      const { truth } = await expectConverged(links.id, everyone);
      expect(truth.procedure.amendments).toHaveLength(tries);
      expect(delegations.get(member)!.state!.procedure.amendments).toHaveLength(tries);
    } finally {
      for (const socket of sockets) socket.disconnect();
    }
  });

  it("kill one process mid-vote: its clients reconnect to the other and nothing acknowledged is lost", async () => {
    const victim = await startServerProcess("C", env);
    processes.push(victim);
    // The victim's clients know one URL (a load balancer's): a proxy we re-point when it dies.
    const proxy = await startTcpProxy(victim.port);
    proxies.push(proxy);
    const { links, chairs, screens, delegations, side, everyone } = await council({ a: proxy.url, b: b.url });
    const viaProxy = SECURITY_COUNCIL_2026.filter((m) => side.get(m) === "a");

    await must(chairs[1]!, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    const [firstHalf, secondHalf] = [SECURITY_COUNCIL_2026.slice(0, 8), SECURITY_COUNCIL_2026.slice(8)];
    await Promise.all(firstHalf.map((m) => must(delegations.get(m)!, { type: "vote.cast", choice: "yes" })));
    const ackedBefore = new Set(firstHalf);

    // Some ballots are in flight when the process dies; the clients retry them (same command id).
    const inFlight = secondHalf.filter((m) => side.get(m) === "a").slice(0, 2);
    const pending = inFlight.map((m) => delegations.get(m)!.send({ type: "vote.cast", choice: "no" }, { timeoutMs: 3_000, attempts: 8 }));
    await victim.kill();
    proxy.retarget(b.port);

    const moved = [chairs[0]!, screens[0]!, ...viaProxy.map((m) => delegations.get(m)!)];
    await Promise.all(moved.map((c) => c.waitFor(() => c.status === "resynced", 20_000)));
    const replies = await Promise.all(pending);
    for (const reply of replies) expect(reply.ok).toBe(true);

    // Everything acknowledged before the crash reaches every client, with no further command: the
    // clients that stayed on B too, even if the victim died before announcing its last commits
    // (B relays them from the log once it has read them for the clients moving over).
    const hasAll = (c: LiveClient) => [...ackedBefore].every((m) => c.state!.procedure.vote?.ballots[m] !== undefined);
    await Promise.all(everyone.map((c) => c.waitFor(() => hasAll(c), 10_000)));
    for (const c of everyone) expect(hasAll(c)).toBe(true);

    const rest = secondHalf.filter((m) => !inFlight.includes(m));
    await Promise.all(rest.map((m) => must(delegations.get(m)!, { type: "vote.cast", choice: "yes" })));
    await must(chairs[0]!, { type: "vote.close" });

    const { truth, log } = await expectConverged(links.id, everyone);
    const outcome = truth.procedure.decisions.at(-1)!.outcome;
    expect(outcome.counts).toMatchObject({ yes: 15 - inFlight.length, no: inFlight.length });
    // A retried ballot was applied once.
    expect(log.filter((e) => e.type === "vote.cast")).toHaveLength(15);
  });
});
