/** Simulated delegations started from the chair's console: settings stored with the session, seats played by the rules. */
import { describe, expect, it } from "vitest";
import { createSession, joined, must, tokenOf } from "../test-utils/session";
import { liveServerFixture } from "../test-utils/live-server";

const live = liveServerFixture();

describe("simulated delegations from the console", () => {
  it("3 students and 12 simulated seats: the bots answer the roll call and vote their stance (a Russian veto), settings seen by the chair only", async () => {
    const links = await createSession(live.server.app.url, { organ: "security-council" });
    const chairKey = tokenOf(links.chair.url);
    const humans = ["FRA", "GBR", "DNK"];
    const simulated = links.delegations.map((d) => d.member).filter((m) => !humans.includes(m));
    const chair = live.join(links.id, links.chair.url);
    const students = humans.map((m) => live.join(links.id, links.delegations.find((d) => d.member === m)!.url));
    await joined([chair, ...students]);

    const api = `${live.server.app.url}/api/sessions/${links.id}/simulation`;
    const denied = await fetch(api, {
      method: "POST",
      headers: { authorization: `Bearer ${tokenOf(students[0] ? links.delegations[0]!.url : "")}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(denied.status).toBe(403);
    const bad = await fetch(api, {
      method: "POST",
      headers: { authorization: `Bearer ${chairKey}`, "content-type": "application/json" },
      body: JSON.stringify({ members: ["XXX"] }),
    });
    expect(bad.status).toBe(400);

    const started = await fetch(api, {
      method: "POST",
      headers: { authorization: `Bearer ${chairKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        members: simulated,
        seed: 7,
        stances: { ...Object.fromEntries(simulated.map((m) => [m, "support"])), RUS: "oppose" },
      }),
    });
    expect(started.status).toBe(200);
    expect(await started.json()).toMatchObject({ ok: true, running: true, members: simulated });

    // The simulated seats answer the roll call by themselves; the chair records the students.
    await chair.waitFor(() => simulated.every((m) => chair.state!.procedure.attendance[m] === "present"), 15_000);
    await must(chair, { type: "attendance.record", entries: Object.fromEntries(humans.map((m) => [m, "present"])) });
    await must(chair, { type: "meeting.open" });
    await must(chair, { type: "draft.introduce" });
    await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    for (const s of students) await must(s, { type: "vote.cast", choice: "yes" });
    await chair.waitFor(() => Object.keys(chair.state!.procedure.vote?.ballots ?? {}).length === 15, 15_000);
    await must(chair, { type: "vote.close" });
    expect(chair.state!.procedure.decisions[0]!.outcome).toMatchObject({ result: "vetoed", vetoedBy: ["RUS"] });

    // Stored with the session, for the chair only.
    expect(chair.state!.simulation).toMatchObject({
      members: simulated,
      seed: 7,
      stances: { RUS: "oppose", CHN: "support" },
      running: true,
    });
    expect(students[0]!.state!.simulation).toBeNull();
    const status = (await (await fetch(api, { headers: { authorization: `Bearer ${chairKey}` } })).json()) as {
      sent: number;
      refusals: number;
    };
    expect(status.sent).toBeGreaterThanOrEqual(24);
    expect(status.refusals).toBe(0);

    const stopped = await fetch(api, { method: "DELETE", headers: { authorization: `Bearer ${chairKey}` } });
    expect(await stopped.json()).toMatchObject({ running: false });
    await chair.waitFor(() => chair.state!.simulation?.running === false);
  });
});
