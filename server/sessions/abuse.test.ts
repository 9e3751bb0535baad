/**
 * What one student with a real delegation link could do to a session, over the real socket edge:
 * each finding of the hostile-class review, with the socket and HTTP calls a script would make.
 */
import { describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure";
import { createSession, joined, must, type LiveClient } from "../test-utils/session";
import { liveServerFixture } from "../test-utils/live-server";
import type { SessionLinks } from "@/lib/protocol/http";

const live = liveServerFixture();

type Raw = { emitWithAck(event: string, ...args: unknown[]): Promise<{ ok: boolean; error?: { code: string }; value?: unknown }> };
const raw = (c: LiveClient) => c.socket as unknown as Raw;
const url = (links: SessionLinks, member: string) => links.delegations.find((d) => d.member === member)!.url;

async function council() {
  const links = await createSession(live.server.app.url, { organ: "security-council" });
  const chair = live.join(links.id, links.chair.url);
  const delegations = new Map(["FRA", "USA", "CHN", "GBR"].map((m) => [m, live.join(links.id, url(links, m))]));
  await joined([chair, ...delegations.values()]);
  await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
  await must(chair, { type: "meeting.open" });
  await must(chair, { type: "draft.introduce" });
  return { links, chair, delegations };
}

describe("one delegation's link against the session", () => {
  it("#2 cannot squat an amendment id: a chosen id is refused, later amendments of everyone are numbered and accepted", async () => {
    const { chair, delegations } = await council();
    const chn = delegations.get("CHN")!;
    const squat = await chn.send({ type: "amendment.submit", id: "A2", op: { kind: "delete", targetId: "op1" } } as never);
    expect(!squat.ok && squat.error.code).toBe("protocol.invalid_payload");
    await must(chn, { type: "amendment.submit", op: { kind: "delete", targetId: "op1" } });
    await must(chn, { type: "amendment.withdraw", amendmentId: "A1" });
    await must(delegations.get("USA")!, { type: "amendment.submit", op: { kind: "delete", targetId: "op2" } });
    await must(chair, { type: "amendment.submit", member: "FRA", op: { kind: "delete", targetId: "op3" } });
    await chair.waitFor(() => chair.state!.procedure.amendments.length === 3);
    expect(chair.state!.procedure.amendments.map((a) => [a.id, a.sponsors[0]])).toEqual([
      ["A1", "CHN"],
      ["A2", "USA"],
      ["A3", "FRA"],
    ]);
  });

  it("#6 cannot make others sponsors: co-sponsors named in a submission or a draft are refused", async () => {
    const { delegations } = await council();
    const chn = delegations.get("CHN")!;
    const usa = delegations.get("USA")!;
    const submitted = await chn.send({
      type: "amendment.submit",
      op: { kind: "delete", targetId: "op1" },
      coSponsors: ["USA", "FRA"],
    } as never);
    expect(!submitted.ok && submitted.error.code).toBe("protocol.invalid_payload");
    const drafted = await chn.send({ type: "amendment.draft.save", op: { kind: "delete", targetId: "op1" }, coSponsors: ["USA"] } as never);
    expect(!drafted.ok && drafted.error.code).toBe("protocol.invalid_payload");
    await must(chn, { type: "amendment.draft.save", op: { kind: "delete", targetId: "op1" } });
    await must(chn, { type: "speakers.add" });
    await usa.waitFor(() => usa.state!.procedure.speakers.queue.length === 1);
    expect(usa.state!.drafts).toEqual({});
  });

  it("#10 reusing another delegation's command id is its own command: applied, not answered from the other's reply", async () => {
    const { chair, delegations } = await council();
    const envelope = (sessionId: string) => ({ sessionId, commandId: "shared-id-1", command: { type: "speakers.add" } });
    const sessionId = chair["options"].sessionId as string;
    expect((await raw(delegations.get("FRA")!).emitWithAck("session:command", envelope(sessionId))).ok).toBe(true);
    expect((await raw(delegations.get("USA")!).emitWithAck("session:command", envelope(sessionId))).ok).toBe(true);
    await chair.waitFor(() => chair.state!.procedure.speakers.queue.length === 2);
    expect(chair.state!.procedure.speakers.queue).toEqual(["FRA", "USA"]);
    // A retry by the same delegation is still answered from the log, not applied twice.
    expect((await raw(delegations.get("USA")!).emitWithAck("session:command", envelope(sessionId))).ok).toBe(true);
    await must(chair, { type: "speakers.close" });
    expect(chair.state!.procedure.speakers.queue).toEqual(["FRA", "USA"]);
  });
});

describe("bounded cost of one link (#3)", () => {
  it("the rate limit is per link, not per socket: a second socket with the same link shares the budget", async () => {
    const { links } = await council();
    const a = live.join(links.id, url(links, "GBR"));
    const b = live.join(links.id, url(links, "GBR"));
    await joined([a, b]);
    const ping = (c: LiveClient) => raw(c).emitWithAck("system:ping", { clientTime: 1 });
    const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => ping(i % 2 ? a : b)));
    const admitted = replies.filter((r) => r.ok).length;
    // Per socket, each had its own burst of 40: 60 admitted. Per link: the link's burst, plus what refilled meanwhile.
    expect(admitted).toBeLessThan(50);
  });

  it("a command weighs its size: long amendments exhaust the budget sooner than ballots", async () => {
    const { delegations } = await council();
    const fra = delegations.get("FRA")!;
    const text = "a ".repeat(2_400);
    const sessionId = fra["options"].sessionId as string;
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        raw(fra).emitWithAck("session:command", {
          sessionId,
          commandId: `long-${i}`,
          command: { type: "amendment.draft.save", op: { kind: "replace", targetId: "op1", text } },
        }),
      ),
    );
    const admitted = replies.filter((r) => r.ok).length;
    expect(admitted).toBeGreaterThan(3);
    expect(admitted).toBeLessThan(12); // a 4.8 KB command costs 5: 40 / 5 = 8, plus what refilled
    expect(replies.find((r) => !r.ok)?.error?.code).toBe("rate.limited");
  });

  it("one link opens at most 8 sockets at once", async () => {
    const { links } = await council();
    const many = Array.from({ length: 8 }, () => live.join(links.id, url(links, "PAN")));
    await joined(many);
    const ninth = live.join(links.id, url(links, "PAN"));
    await ninth.waitFor(() => ninth.status === "join-failed");
    many[0]!.close();
    await new Promise((r) => setTimeout(r, 200));
    const again = live.join(links.id, url(links, "PAN"));
    await joined([again]);
  });
});

describe("revocation (#5)", () => {
  it("a join racing the chair's reissue of the same link never keeps a working socket on the revoked token", async () => {
    const { links } = await council();
    const chairKey = new URL(links.chair.url).searchParams.get("key")!;
    let current = url(links, "DNK");
    let working = 0;
    for (let i = 0; i < 40; i++) {
      const racer = live.join(links.id, current);
      await new Promise((r) => setTimeout(r, i % 8));
      const reissued = await fetch(`${live.server.app.url}/api/sessions/${links.id}/delegations/DNK/reissue`, {
        method: "POST",
        headers: { authorization: `Bearer ${chairKey}` },
      });
      current = ((await reissued.json()) as { url: string }).url;
      await racer.waitFor(() => racer.status !== "joining" && racer.status !== "connecting", 5_000).catch(() => {});
      await new Promise((r) => setTimeout(r, 30));
      if (racer.socket.connected) {
        const reply = await (racer.socket as unknown as { timeout(ms: number): Raw })
          .timeout(2_000)
          .emitWithAck("session:command", { sessionId: links.id, commandId: `race-${i}`, command: { type: "speakers.add" } })
          .catch(() => ({ ok: false }));
        if (reply.ok) working++;
      }
      racer.close();
    }
    expect(working).toBe(0);
  });
});
