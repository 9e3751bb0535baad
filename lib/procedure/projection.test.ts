import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import { CHAIR, del, TestSession } from "./test-utils/session";

function council() {
  return new TestSession({ preset: "security-council", draft: { id: "S/2026/1", sponsors: ["GBR"] } })
    .open("present-and-voting")
    .introduce();
}

describe("the chair's projection (« Projeter » / « Suivre la séance »)", () => {
  it("is the chair's alone, logged as an event (so a replay shows what the room saw)", () => {
    const s = council();
    expect(s.types(s.chair({ type: "projection.set", target: { kind: "clause", clauseId: "op2" } }))).toEqual(["projection.changed"]);
    expect(s.state.floor.projection).toEqual({ kind: "clause", clauseId: "op2" });
    expect(s.err(del("FRA"), { type: "projection.set", target: { kind: "draft" } })).toBe("auth.chair_only");
    expect(decide(s.state, { type: "projection.set", target: null }, { actor: { role: "screen" }, now: s.now })).toMatchObject({
      ok: false,
      error: { code: "auth.forbidden" },
    });
    expect(s.err(CHAIR, { type: "projection.set", target: { kind: "clause" } })).toBe("command.invalid");
    s.chair({ type: "projection.set", target: null });
    expect(s.state.floor.projection).toBeNull();
    s.expectReplayMatches();
  });

  it("refuses an amendment that does not exist", () => {
    const s = council();
    expect(s.err(CHAIR, { type: "projection.set", target: { kind: "amendment", amendmentId: "A9" } })).toBe("amendment.unknown");
  });

  it("Rule 88: refused while a vote is in progress, and a vote that opens ends the projection", () => {
    const s = council();
    s.chair({ type: "projection.set", target: { kind: "draft" } });
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(s.state.floor.projection).toBeNull();
    expect(s.err(CHAIR, { type: "projection.set", target: { kind: "draft" } })).toBe("vote.in_progress");
  });
});
