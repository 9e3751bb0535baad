/**
 * Hostile input at the socket edge: random payloads against every event, random event names,
 * oversized payloads, floods. Each gets an error code; nothing is appended; the connection and
 * the server keep working.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATE_LIMIT } from "@/lib/protocol";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, join, joined, must, type LiveClient } from "../test-utils/session";
import type { SessionLinks } from "@/lib/protocol/http";

let server: Booted;
let links: SessionLinks;
let fra: LiveClient;
let chair: LiveClient;

type Raw = { emitWithAck(event: string, ...args: unknown[]): Promise<{ ok: boolean; error?: { code: string } }> };
const raw = (c: LiveClient) => c.socket as unknown as Raw & { timeout(ms: number): Raw };

beforeAll(async () => {
  // A clock that runs fast, so the rate limit never gets in the way of the fuzzing (it has its own test).
  let t = Date.now();
  server = await boot({ clock: { now: () => (t += 1_000) } });
  links = await createSession(server.app.url, { organ: "security-council" });
  chair = join(server.app.url, links.id, links.chair.url);
  fra = join(server.app.url, links.id, links.delegations.find((d) => d.member === "FRA")!.url);
  await joined([chair, fra]);
  await must(chair, { type: "speakers.add", member: "FRA" });
});
afterAll(async () => {
  chair.close();
  fra.close();
  await server.stop();
});

describe("hostile input", () => {
  it("1 000 random payloads across every event: each answered with an error code, nothing appended", async () => {
    const before = await server.db.events.lastSeq(links.id);
    const events = ["session:command", "session:join", "system:ping", "session:commandx", "__proto__", "constructor"];
    const payload = fc.oneof(
      fc.anything(),
      fc.record({ sessionId: fc.string(), commandId: fc.string(), command: fc.anything() }),
      fc.record({
        sessionId: fc.constant(links.id),
        commandId: fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/[^A-Za-z0-9]/g, "x") || "x"),
        command: fc.record(
          {
            type: fc.constantFrom("vote.cast", "amendment.submit", "session.create", "motion.propose", "meeting.open"),
            member: fc.string(),
            choice: fc.anything(),
            op: fc.anything(),
          },
          { requiredKeys: ["type"] },
        ),
      }),
      fc.record({ sessionId: fc.constant(links.id), token: fc.string(), lastSeq: fc.anything() }),
    );
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...events), payload, async (event, body) => {
        const reply = await raw(fra).timeout(5_000).emitWithAck(event, body);
        expect(reply.ok).toBe(false);
        expect(reply.error?.code).toMatch(/^[a-z_]+\.[a-z_.]+$/);
        answered++;
      }),
      { numRuns: 1_000, seed: 20261123 },
    );
    expect(answered).toBe(1_000);
    expect(await server.db.events.lastSeq(links.id)).toBe(before);
    // Still connected, still joined, still served.
    expect(fra.socket.connected).toBe(true);
    expect((await fra.send({ type: "speakers.remove" })).ok).toBe(true);
  }, 120_000);

  it("an oversized payload gets protocol.payload_too_large and the connection survives", async () => {
    const huge = {
      sessionId: links.id,
      commandId: "big1",
      command: { type: "amendment.submit", op: { kind: "replace", targetId: "op1", text: "x".repeat(100_000) } },
    };
    const reply = await raw(fra).emitWithAck("session:command", huge);
    expect(reply).toMatchObject({ ok: false, error: { code: "protocol.payload_too_large" } });
    expect(fra.socket.connected).toBe(true);
  });

  it("a flood from one socket is rate-limited with a clear error, and service resumes after a pause", async () => {
    const real = await boot();
    const session = await createSession(real.app.url, { organ: "security-council" });
    const fra = join(real.app.url, session.id, session.delegations[0]!.url);
    const chair = join(real.app.url, session.id, session.chair.url);
    await joined([fra, chair]);
    const replies = await Promise.all(Array.from({ length: 100 }, () => raw(fra).emitWithAck("system:ping", { clientTime: 1 })));
    const limited = replies.filter((r) => !r.ok && r.error?.code === "rate.limited").length;
    expect(limited).toBeGreaterThanOrEqual(100 - RATE_LIMIT.burst - 5);
    expect(replies.filter((r) => r.ok).length).toBeGreaterThanOrEqual(RATE_LIMIT.burst - 1);
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await raw(fra).emitWithAck("system:ping", { clientTime: 2 })).ok).toBe(true);
    // Another client was not affected.
    expect((await raw(chair).emitWithAck("system:ping", { clientTime: 3 })).ok).toBe(true);
    fra.close();
    chair.close();
    await real.stop();
  });

  it("a command for another session is refused", async () => {
    const other = await createSession(server.app.url, { organ: "security-council" });
    const reply = await raw(fra).emitWithAck("session:command", {
      sessionId: other.id,
      commandId: "c-other",
      command: { type: "speakers.add" },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: "session.not_joined" } });
    expect(await server.db.events.lastSeq(other.id)).toBe(3);
  });
});
