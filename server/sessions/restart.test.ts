/** A server restart in the middle of a vote loses nothing acknowledged; clients resync by themselves. */
import { afterAll, describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, join, joined, must, type LiveClient } from "../test-utils/session";

const clients: LiveClient[] = [];
let server: Booted | null = null;
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.stop();
});

describe("restart", () => {
  it("stop the server mid-vote, start a new one on the same database: every acked ballot is there and the vote completes", async () => {
    server = await boot();
    const { file, app } = server;
    const links = await createSession(app.url, { organ: "security-council" });
    const chair = join(app.url, links.id, links.chair.url);
    const screen = join(app.url, links.id, links.screen.url);
    const delegations = new Map(links.delegations.map((d) => [d.member, join(app.url, links.id, d.url)]));
    clients.push(chair, screen, ...delegations.values());
    await joined([chair, screen, ...delegations.values()]);
    await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    await must(chair, { type: "meeting.open" });
    await must(chair, { type: "draft.introduce" });
    await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });

    const [firstHalf, secondHalf] = [SECURITY_COUNCIL_2026.slice(0, 8), SECURITY_COUNCIL_2026.slice(8)];
    let acked = 0;
    for (const m of firstHalf) acked = await must(delegations.get(m)!, { type: "vote.cast", choice: "yes" });

    await server.stop();
    server = await boot({ file, port: app.port });
    // Every client notices, reconnects and resyncs by itself.
    await Promise.all([chair, screen, ...delegations.values()].map((c) => c.waitFor(() => c.status === "resynced", 15_000)));
    expect(screen.seq).toBe(acked);
    expect(Object.keys(screen.state!.procedure.vote!.ballots).sort()).toEqual([...firstHalf].sort());

    for (const m of secondHalf) await must(delegations.get(m)!, { type: "vote.cast", choice: m === secondHalf[0] ? "abstain" : "yes" });
    await must(chair, { type: "vote.close" });
    await screen.waitFor(() => screen.state!.procedure.decisions.length === 1);
    const outcome = screen.state!.procedure.decisions[0]!.outcome;
    expect(outcome.result).toBe("adopted");
    expect(outcome.counts).toMatchObject({ yes: 14, no: 0, abstain: 1 });

    // The log on disk is contiguous: no gap, no duplicate.
    const log = await server.db.events.list(links.id);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
  });
});
