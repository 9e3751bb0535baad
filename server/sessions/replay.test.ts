/** Replay of a recorded session reproduces the server's state exactly, at the end and at a chosen vote. */
import { describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure";
import { Replay, projectFor, timelineMarks, type LiveEvent } from "@/lib/session";
import type { WireEvent } from "@/lib/protocol";
import { createSession, joined, must, tokenOf } from "../test-utils/session";
import { liveServerFixture } from "../test-utils/live-server";

const live = liveServerFixture();

describe("replay", () => {
  it("replaying the log gives the room's final state, and the state at the moment of the first vote's result", async () => {
    const links = await createSession(live.server.app.url, { organ: "security-council" });
    const chair = live.join(links.id, links.chair.url);
    const dels = new Map(links.delegations.map((d) => [d.member, live.join(links.id, d.url)]));
    await joined([chair, ...dels.values()]);
    await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
    await must(chair, { type: "meeting.open" });
    await must(chair, { type: "draft.introduce" });
    await must(dels.get("FRA")!, { type: "amendment.submit", op: { kind: "delete", targetId: "op3" } });
    await must(dels.get("GBR")!, { type: "amendment.draft.save", op: { kind: "delete", targetId: "op4" } });
    await must(chair, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    for (const m of SECURITY_COUNCIL_2026) await must(dels.get(m)!, { type: "vote.cast", choice: m === "CHN" ? "no" : "yes" });
    await must(chair, { type: "vote.close" });
    await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    for (const m of SECURITY_COUNCIL_2026) await must(dels.get(m)!, { type: "vote.cast", choice: "yes" });
    await must(chair, { type: "vote.close" });

    const res = await fetch(`${live.server.app.url}/api/sessions/${links.id}/events?key=${tokenOf(links.chair.url)}`);
    const { events } = (await res.json()) as { events: WireEvent<LiveEvent>[] };
    const replay = new Replay(events, 7);
    const room = await live.server.app.rooms.get(links.id);
    // The chair may not see delegations' private drafts: compare with what the room shows the chair.
    expect(replay.final).toEqual(projectFor(room.current(), { role: "chair" }));
    expect(replay.final.procedure).toEqual(room.current().procedure);
    expect(replay.final).toEqual(chair.state);

    const results = timelineMarks(events).filter((m) => m.kind === "result");
    expect(results).toHaveLength(2);
    const atFirstResult = replay.stateAt(results[0]!.index);
    expect(atFirstResult.procedure.decisions).toHaveLength(1);
    expect(atFirstResult.procedure.decisions[0]!.outcome).toMatchObject({ result: "vetoed", vetoedBy: ["CHN"] });
    expect(atFirstResult.procedure.vote).toBeNull();
    expect(replay.stateAt(results[0]!.index - 1).procedure.vote?.ballots.CHN?.choice).toBe("no");

    // A delegation's link replays what that delegation saw, its own draft included.
    const gbrEvents = (await (
      await fetch(
        `${live.server.app.url}/api/sessions/${links.id}/events?key=${tokenOf(links.delegations.find((d) => d.member === "GBR")!.url)}`,
      )
    ).json()) as { events: WireEvent<LiveEvent>[] };
    expect(Object.keys(new Replay(gbrEvents.events).final.drafts)).toEqual([expect.stringMatching(/^GBR-/)]);
    expect((await fetch(`${live.server.app.url}/api/sessions/${links.id}/events`)).status).toBe(403);
  });
});
