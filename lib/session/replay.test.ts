import { describe, expect, it } from "vitest";
import { replayLive, type LiveEvent } from "./index";
import { Replay, timelineMarks } from "./replay";
import { EMPTY_LIVE_STATE } from "./state";

const at = 1_700_000_000_000;
const events: LiveEvent[] = [
  { type: "session.titled", title: "Essai", organ: "security-council", at },
  { type: "amendment.draft_saved", draft: { id: "D1", sponsors: ["FRA"], op: { kind: "delete", targetId: "op1" }, parentId: null, updatedAt: at }, at: at + 1 },
  { type: "session.titled", title: "Essai 2", organ: "security-council", at: at + 2 },
  { type: "amendment.draft_discarded", draftId: "D1", sponsors: ["FRA"], submittedAs: null, at: at + 3 },
];
const wire = events.map((event, i) => ({ seq: i + 1, at: event.at, event }));

describe("replay", () => {
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
