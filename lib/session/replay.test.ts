import { describe, expect, it } from "vitest";
import { LiveTestSession } from "@/lib/bots/test-utils/council";
import { reduceLive, replayLive, type LiveEvent } from "./index";
import { Replay, timelineMarks } from "./replay";
import { EMPTY_LIVE_STATE } from "./state";

const at = 1_700_000_000_000;
const events: LiveEvent[] = [
  { type: "session.titled", title: "Essai", organ: "security-council", at },
  {
    type: "amendment.draft_saved",
    draft: { id: "D1", sponsors: ["FRA"], op: { kind: "delete", targetId: "op1" }, parentId: null, updatedAt: at },
    at: at + 1,
  },
  { type: "session.titled", title: "Essai 2", organ: "security-council", at: at + 2 },
  { type: "amendment.draft_discarded", draftId: "D1", sponsors: ["FRA"], submittedAs: null, at: at + 3 },
];
const wire = events.map((event, i) => ({ seq: i + 1, at: event.at, event }));

describe("replay", () => {
  it("replayLive equals the event-by-event fold on a vote (ballots filled in place), from any point, without touching its start", () => {
    const session = new LiveTestSession();
    session.chair({ type: "attendance.record", entries: Object.fromEntries(session.state.procedure.members.map((m) => [m, "present"])) });
    session.chair({ type: "meeting.open" });
    session.chair({ type: "draft.introduce" });
    session.as("FRA", { type: "amendment.draft.save", op: { kind: "delete", targetId: "op2" } });
    session.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    for (const [i, member] of session.state.procedure.members.entries()) {
      session.as(member, { type: "vote.cast", choice: i % 3 === 0 ? "no" : "yes" });
      if (i === 4) session.as("FRA", { type: "amendment.draft.save", op: { kind: "delete", targetId: "op3" } });
    }
    session.chair({ type: "vote.close" });
    const log = session.log;
    expect(log.filter((e) => e.type === "vote.cast")).toHaveLength(15);
    expect(replayLive(log)).toEqual(log.reduce(reduceLive, EMPTY_LIVE_STATE));
    for (const cut of [5, log.length - 10, log.length - 3]) {
      const start = replayLive(log.slice(0, cut));
      const before = JSON.stringify(start);
      expect(replayLive(log.slice(cut), start)).toEqual(session.state);
      expect(JSON.stringify(start)).toBe(before);
    }
  });

  it("the state at each point equals the reduction of the events up to there, across checkpoints", () => {
    const replay = new Replay(wire, 2);
    for (let i = -1; i < events.length; i++) expect(replay.stateAt(i)).toEqual(replayLive(events.slice(0, i + 1)));
    expect(replay.final.title).toBe("Essai 2");
    expect(replay.stateAt(1).drafts.D1?.sponsors).toEqual(["FRA"]);
    expect(replay.stateAt(99)).toEqual(replay.final);
    expect(new Replay([]).stateAt(3)).toEqual(EMPTY_LIVE_STATE);
  });

  it("marks nothing in a log without meetings, amendments or votes", () => {
    expect(timelineMarks(wire)).toEqual([]);
  });
});
