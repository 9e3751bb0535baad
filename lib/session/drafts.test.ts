import { describe, expect, it } from "vitest";
import { seedResolution } from "@/lib/resolution/test-utils/seeds";
import { session } from "@/lib/minutes/test-session";
import { decideLive } from "./decide";
import { draftRows, nextSymbol, signableDrafts, voteFirstOrder } from "./drafts";
import { amendmentInContext } from "./projection-text";

const CHAIR = { role: "chair" } as const;
const as = (member: string) => ({ role: "delegation", member }) as const;

function twoDrafts() {
  const s = session("model-un");
  s.run(CHAIR, {
    type: "draft.table",
    title: "Projet du Mexique",
    sponsors: ["PAN"],
    documentId: "ga",
    document: seedResolution("gaDraft"),
  });
  return s;
}

describe("the drafts as the surfaces list them", () => {
  it("in the order of votes, with the session's title for its first draft, signatures and pending amendments", () => {
    const s = twoDrafts();
    expect(nextSymbol(s.state.procedure)).toBe("1.1");
    s.run(CHAIR, { type: "draft.accept", draftId: "D2" });
    s.run(as("FRA"), { type: "draft.sign", draftId: "D2" });
    s.run(as("DNK"), { type: "amendment.submit", op: { kind: "delete", targetId: "op1" }, draftId: "D2" });
    const rows = draftRows(s.state);
    expect(rows.map((r) => [r.draft.id, r.title, r.voteRank, r.onFloor, r.pendingAmendments])).toEqual([
      ["uk", "IA", 1, true, 0],
      ["D2", "Projet du Mexique", 2, false, 1],
    ]);
    // Model UN: a fifth of the 15 members must sponsor or sign.
    expect(rows[1]!.signatures).toEqual({ have: 2, needed: 3 });
    expect(nextSymbol(s.state.procedure)).toBe("1.2");
    expect(signableDrafts(s.state.procedure, "FRA").map((d) => d.id)).toEqual(["uk"]);
    expect(signableDrafts(s.state.procedure, "USA").map((d) => d.id)).toEqual(["uk", "D2"]);
  });

  it("a returned or decided draft has no place in the order of votes", () => {
    const s = twoDrafts();
    s.run(CHAIR, { type: "draft.return", draftId: "D2", comment: "À compléter" });
    expect(draftRows(s.state).map((r) => [r.draft.status, r.voteRank])).toEqual([
      ["submitted", 1],
      ["returned", null],
    ]);
  });

  it("each draft keeps its own document; the derived document is the floor draft's", () => {
    const s = twoDrafts();
    expect(Object.keys(s.state.documents)).toEqual(["uk", "D2"]);
    expect(s.state.documentId).toBe("uk");
    s.run(as("GBR"), { type: "draft.withdraw" });
    expect(s.state.procedure.draft?.id).toBe("D2");
    expect(s.state.documentId).toBe("ga");
  });

  it("an amendment to a draft not on the floor is shown in its own draft's text", () => {
    const s = twoDrafts();
    s.run(as("DNK"), { type: "amendment.submit", op: { kind: "delete", targetId: "op1" }, draftId: "D2" });
    const amendment = s.state.procedure.amendments[0]!;
    expect(s.state.procedure.draft?.id).toBe("uk");
    const shown = amendmentInContext(s.state, amendment)!;
    const d2op1 = seedResolution("gaDraft").operative[0]!;
    const ukop1 = seedResolution("ukDraft").operative[0]!;
    const words = JSON.stringify(shown.clause);
    expect(words).toContain(d2op1.text.slice(0, 30));
    expect(words).not.toContain(ukop1.text.slice(0, 30));
  });

  it("Rule 91: the order a motion would set to vote on a later draft first, which the engine accepts", () => {
    const s = twoDrafts();
    s.run(CHAIR, { type: "draft.table", title: "Troisième", sponsors: ["COL"], documentId: "ga", document: seedResolution("gaDraft") });
    s.run(CHAIR, { type: "draft.return", draftId: "D2", comment: "À revoir" });
    // The returned draft is not voted on: the order names the drafts still to be voted on.
    expect(voteFirstOrder(s.state.procedure, "D3")).toEqual(["D3", "uk"]);
    s.run(CHAIR, { type: "attendance.record", entries: Object.fromEntries(s.state.procedure.members.map((m) => [m, "present"])) });
    s.run(CHAIR, { type: "meeting.open" });
    for (const m of ["FRA", "DNK"]) s.run(as(m), { type: "draft.sign" });
    s.run(CHAIR, { type: "draft.introduce" });
    const motion = { type: "motion.propose", motion: { kind: "reorder-drafts", order: voteFirstOrder(s.state.procedure, "D3") } } as const;
    expect(decideLive(s.state, motion, { actor: as("COL"), now: 2e12 }).ok).toBe(true);
  });
});
