import { describe, expect, it } from "vitest";
import { ballots, CHAIR, del, TestSession } from "./test-utils/session";

const CLASS = ["FRA", "DEU", "GBR", "USA", "CHN", "RUS", "BRA", "IND", "ZAF", "JPN", "MEX", "EGY"];
const parts = [
  { clauseId: "pp2", section: "preamble" },
  { clauseId: "op1", section: "operative" },
  { clauseId: "op3", section: "operative" },
];

function gaSession() {
  return new TestSession({ preset: "general-assembly", members: CLASS, draft: { id: "L.1", sponsors: ["FRA"] } }).open().introduce();
}
function vote(s: TestSession, subject: object, yes: number) {
  s.chair({ type: "vote.open", subject, method: "recorded" });
  s.castAll(ballots(CLASS, yes, CLASS.length - yes));
  return s.chair({ type: "vote.close" });
}

describe("division of the question (GA rule 89, SC rule 32)", () => {
  it("Rule 89: without objection the chair grants the division; parts are then voted separately before the whole", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "divide-question", parts, operativeClauses: ["op1", "op2", "op3"] } });
    const events = s.chair({ type: "motion.grant", motionId: "M1" });
    expect(s.types(events)).toEqual(["motion.adopted", "division.granted"]);
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("division.parts_pending");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "part", clauseId: "op2" } })).toBe("division.part_unknown");
    vote(s, { kind: "part", clauseId: "pp2" }, 9);
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "part", clauseId: "pp2" } })).toBe("division.part_decided");
    vote(s, { kind: "part", clauseId: "op1" }, 2);
    vote(s, { kind: "part", clauseId: "op3" }, 9);
    expect(s.state.draft?.removedParts).toEqual(["op1"]);
    vote(s, { kind: "draft" }, 9);
    expect(s.state.draft?.status).toBe("adopted");
    expect(s.err(del("USA"), { type: "motion.propose", motion: { kind: "divide-question", parts, operativeClauses: [] } })).toBe(
      "motion.out_of_order",
    );
    s.expectReplayMatches();
  });

  it("Rule 89: on objection, the motion to divide is put to the vote after two speakers for and two against", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "divide-question", parts, operativeClauses: [] } });
    s.ok(del("FRA"), { type: "motion.object", motionId: "M1" });
    expect(s.err(CHAIR, { type: "motion.grant", motionId: "M1" })).toBe("motion.objected");
    s.ok(del("USA"), { type: "motion.speak", motionId: "M1", side: "for" });
    s.ok(del("GBR"), { type: "motion.speak", motionId: "M1", side: "for" });
    expect(s.err(del("IND"), { type: "motion.speak", motionId: "M1", side: "for" })).toBe("motion.debate_full");
    s.ok(del("FRA"), { type: "motion.speak", motionId: "M1", side: "against" });
    expect(s.err(del("FRA"), { type: "motion.speak", motionId: "M1", side: "against" })).toBe("motion.debate_full");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("motion.pending");
    vote(s, { kind: "motion", motionId: "M1" }, 4);
    expect(s.state.division).toBeNull();
    vote(s, { kind: "draft" }, 9);
    expect(s.state.draft?.status).toBe("adopted");
  });

  it("Rule 89: if all operative parts are rejected, the proposal is rejected as a whole", () => {
    const s = gaSession();
    s.ok(del("USA"), {
      type: "motion.propose",
      motion: { kind: "divide-question", parts: parts.slice(1), operativeClauses: ["op1", "op3"] },
    });
    s.chair({ type: "motion.grant", motionId: "M1" });
    vote(s, { kind: "part", clauseId: "op1" }, 3);
    const events = vote(s, { kind: "part", clauseId: "op3" }, 3);
    expect(s.types(events)).toEqual(["vote.closed", "part.rejected", "draft.rejected"]);
    expect(events.at(-1)).toMatchObject({ reason: "all-operative-parts-rejected" });
    expect(s.state.draft?.status).toBe("rejected");
  });

  it("Rule 89: rejected operative parts that leave other operative clauses standing do not reject the whole", () => {
    const s = gaSession();
    s.ok(del("USA"), {
      type: "motion.propose",
      motion: { kind: "divide-question", parts: [{ clauseId: "op1", section: "operative" }], operativeClauses: ["op1", "op2"] },
    });
    s.chair({ type: "motion.grant", motionId: "M1" });
    vote(s, { kind: "part", clauseId: "op1" }, 3);
    expect(s.state.draft?.status).toBe("introduced");
  });

  it("Rule 89: without the list of operative clauses, the requested operative parts stand for them", () => {
    const s = gaSession();
    s.ok(del("USA"), {
      type: "motion.propose",
      motion: { kind: "divide-question", parts: [{ clauseId: "op1", section: "operative" }], operativeClauses: [] },
    });
    s.chair({ type: "motion.grant", motionId: "M1" });
    vote(s, { kind: "part", clauseId: "op1" }, 3);
    expect(s.state.draft?.status).toBe("rejected");
  });

  it("Rule 83–85: separately voted parts of an important question need two thirds", () => {
    const s = new TestSession({ preset: "general-assembly", members: CLASS, draft: { id: "L.1", sponsors: ["FRA"], important: true } })
      .open()
      .introduce();
    s.ok(del("USA"), {
      type: "motion.propose",
      motion: { kind: "divide-question", parts: parts.slice(0, 2), operativeClauses: ["op1", "op2"] },
    });
    s.chair({ type: "motion.grant", motionId: "M1" });
    vote(s, { kind: "part", clauseId: "pp2" }, 7);
    expect(s.lastOutcome()).toMatchObject({ questionKind: "important", result: "not-adopted", required: 8 });
  });

  it("SC rule 32: parts are voted separately on request unless the original mover objects", () => {
    const s = new TestSession({ preset: "security-council", draft: { id: "S/1", sponsors: ["FRA", "GBR"] } }).open().introduce();
    s.ok(del("RUS"), { type: "motion.propose", motion: { kind: "divide-question", parts, operativeClauses: [] } });
    expect(s.err(del("GBR"), { type: "motion.object", motionId: "M1" })).toBe("division.only_mover_may_object");
    const events = s.ok(del("FRA"), { type: "motion.object", motionId: "M1" });
    expect(s.types(events)).toEqual(["motion.objected", "motion.lapsed"]);
    expect(s.state.motions).toEqual([]);
    s.ok(del("RUS"), { type: "motion.propose", motion: { kind: "divide-question", parts, operativeClauses: [] } });
    s.chair({ type: "motion.grant", motionId: "M2" });
    expect(s.state.division?.parts).toHaveLength(3);
  });

  it("Rule 89 (MUN): the motion to divide is put to the vote and needs a second", () => {
    const s = new TestSession({ preset: "model-un", members: CLASS, draft: { id: "1.1", sponsors: ["FRA", "DEU", "BRA"] } })
      .open()
      .introduce();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "divide-question", parts, operativeClauses: [] } });
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "motion", motionId: "M1" } })).toBe("motion.not_pending");
    s.ok(del("CHN"), { type: "motion.second", motionId: "M1" });
    expect(s.err(CHAIR, { type: "motion.grant", motionId: "M1" })).toBe("motion.needs_vote");
    vote(s, { kind: "motion", motionId: "M1" }, 7);
    expect(s.state.division).not.toBeNull();
  });
});
