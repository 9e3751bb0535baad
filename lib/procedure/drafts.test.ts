/** Several drafts in one session: tabling, acceptance, return, withdrawal and the order of votes (rules 80, 90, 91). */
import { describe, expect, it } from "vitest";
import { decideTableDraft } from "./decide-session";
import { floorDraftId, nextDraftToVote } from "./drafts";
import { reduce } from "./reduce";
import { amendmentVotingQueue } from "./session";
import { CHAIR, TestSession, ballots, del } from "./test-utils/session";

const GA = ["FRA", "DEU", "ITA", "ESP", "MEX", "BRA", "IND"];

/** A General Assembly class with the session's draft L.1 (France) and draft D2 (Mexico) tabled. */
function twoDrafts() {
  const s = new TestSession({ preset: "general-assembly", members: GA, draft: { id: "L.1", sponsors: ["FRA"] } });
  table(s, { title: "Projet du Mexique", sponsors: ["MEX"], signatories: ["BRA"] });
  return s;
}

function table(s: TestSession, input: { title: string; sponsors: string[]; signatories?: string[] }, actor = CHAIR) {
  const decision = decideTableDraft(s.state, input, { actor, now: s.now });
  if (!decision.ok) throw new Error(decision.error.code);
  for (const e of decision.events) s.state = reduce(s.state, e);
  s.log.push(...decision.events);
  return decision.events;
}

function vote(s: TestSession, subject: Record<string, unknown>, yes: number) {
  s.chair({ type: "vote.open", subject, method: "recorded" });
  s.castAll(ballots(GA, yes, GA.length - yes));
  return s.chair({ type: "vote.close" });
}

const del1 = (targetId: string) => ({ kind: "delete" as const, targetId });

describe("several drafts", () => {
  it("MUN: a tabled draft is submitted; the chair accepts drafts as « 1.1 », « 1.2 » in order of acceptance", () => {
    const s = twoDrafts();
    table(s, { title: "Projet de l'Inde", sponsors: ["IND"] });
    expect(s.state.drafts.map((d) => [d.id, d.status, d.symbol])).toEqual([
      ["L.1", "submitted", null],
      ["D2", "submitted", null],
      ["D3", "submitted", null],
    ]);
    expect(s.state.drafts[1]).toMatchObject({ title: "Projet du Mexique", sponsors: ["MEX"], signatories: ["BRA"], needsAcceptance: true });
    expect(s.state.draftOrder).toEqual(["L.1", "D2", "D3"]);
    expect(s.err(del("MEX"), { type: "draft.accept", draftId: "D3" })).toBe("auth.chair_only");
    s.chair({ type: "draft.accept", draftId: "D3" });
    s.chair({ type: "draft.accept", draftId: "D2" });
    expect(s.state.drafts.map((d) => d.symbol)).toEqual([null, "1.2", "1.1"]);
    expect(s.err(CHAIR, { type: "draft.accept", draftId: "D2" })).toBe("draft.already_accepted");
    expect(s.err(CHAIR, { type: "draft.accept", draftId: "D9" })).toBe("draft.unknown");
    s.open();
    // A tabled draft is introduced once accepted; signatures are still collected meanwhile.
    table(s, { title: "Projet tardif", sponsors: ["ESP"] });
    expect(s.err(CHAIR, { type: "draft.introduce", draftId: "D4" })).toBe("draft.not_accepted");
    s.ok(del("ITA"), { type: "draft.sign", draftId: "D2" });
    expect(s.state.drafts[1]!.signatories).toEqual(["BRA", "ITA"]);
    s.chair({ type: "draft.introduce", draftId: "D2" });
    expect(s.state.drafts[1]!.status).toBe("introduced");
    s.expectReplayMatches();
  });

  it("MUN: the chair returns a submitted draft to its authors with a comment; it cannot then be accepted or introduced", () => {
    const s = twoDrafts();
    expect(s.err(CHAIR, { type: "draft.return", draftId: "D2", comment: "  " })).toBe("command.invalid");
    s.chair({ type: "draft.return", draftId: "D2", comment: "Le dispositif n'a pas de verbe." });
    expect(s.state.drafts[1]).toMatchObject({ status: "returned", returnComment: "Le dispositif n'a pas de verbe.", symbol: null });
    expect(s.err(CHAIR, { type: "draft.accept", draftId: "D2" })).toBe("draft.not_submitted");
    expect(s.err(CHAIR, { type: "draft.introduce", draftId: "D2" })).toBe("draft.already_introduced");
    expect(s.err(del("ITA"), { type: "draft.sign", draftId: "D2" })).toBe("draft.already_introduced");
    s.expectReplayMatches();
  });

  it("only the chair (or the server) tables a draft, with sponsors who sit in the session", () => {
    const s = twoDrafts();
    expect(decideTableDraft(s.state, { title: "X", sponsors: ["MEX"] }, { actor: del("MEX"), now: s.now })).toMatchObject({
      ok: false,
      error: { code: "auth.chair_only" },
    });
    expect(decideTableDraft(s.state, { title: "X", sponsors: ["USA"] }, { actor: CHAIR, now: s.now })).toMatchObject({
      ok: false,
      error: { code: "auth.unknown_member" },
    });
    expect(table(s, { title: "Papier", sponsors: ["ESP"] }, { role: "system" })[0]).toMatchObject({ draft: { id: "D3" } });
  });

  it("Rule 91: drafts are voted in the order submitted, each after its own amendments; reorder-drafts changes the order", () => {
    const s = twoDrafts();
    s.chair({ type: "draft.accept", draftId: "D2" });
    s.open();
    s.introduce(); // L.1, the draft on the floor
    s.chair({ type: "draft.introduce", draftId: "D2" });
    expect(nextDraftToVote(s.state)?.id).toBe("L.1");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft", draftId: "D2" } })).toBe("draft.not_next");
    expect(s.run(CHAIR, { type: "vote.open", subject: { kind: "draft", draftId: "D2" } })).toMatchObject({
      ok: false,
      error: { params: { next: "L.1" } },
    });
    // The body decides to vote on D2 first.
    s.ok(del("MEX"), { type: "motion.propose", motion: { kind: "reorder-drafts", order: ["D2", "L.1"] } });
    vote(s, { kind: "motion", motionId: "M1" }, 5);
    expect(s.state.draftOrder).toEqual(["D2", "L.1"]);
    expect(floorDraftId(s.state)).toBe("D2");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft", draftId: "L.1" } })).toBe("draft.not_next");
    vote(s, { kind: "draft" }, 5); // the draft on the floor: D2
    expect(s.state.decisions.at(-1)!.subject).toEqual({ kind: "draft", draftId: "D2" });
    expect(s.state.drafts.map((d) => [d.id, d.status])).toEqual([
      ["L.1", "introduced"],
      ["D2", "adopted"],
    ]);
    expect(s.state.draft?.id).toBe("L.1");
    vote(s, { kind: "draft" }, 2);
    // The first draft's decision does not name it (logs of one-draft sessions read the same).
    expect(s.state.decisions.at(-1)!.subject).toEqual({ kind: "draft" });
    expect(s.state.drafts.map((d) => d.status)).toEqual(["rejected", "adopted"]);
    s.expectReplayMatches();
  });

  it("Rules 90–91: a draft's amendments are voted before it and never with another draft's", () => {
    const s = twoDrafts();
    s.chair({ type: "draft.accept", draftId: "D2" });
    s.open();
    s.introduce();
    s.chair({ type: "draft.introduce", draftId: "D2" });
    s.ok(del("DEU"), { type: "amendment.submit", op: del1("op1"), draftId: "D2", distance: 0.9 }); // A1 on D2
    s.ok(del("ITA"), { type: "amendment.submit", op: del1("op2"), distance: 0.1 }); // A2 on L.1 (the floor)
    s.ok(del("ESP"), { type: "amendment.submit", op: { kind: "replace", targetId: "op1", text: "Nouveau" }, draftId: "L.1" }); // A3
    expect(s.state.amendments.map((a) => [a.id, a.draftId])).toEqual([
      ["A1", "D2"],
      ["A2", "L.1"],
      ["A3", "L.1"],
    ]);
    // A1 is furthest removed of all, but it amends D2, which is voted after L.1.
    expect(amendmentVotingQueue(s.state)).toEqual(["A2", "A3"]);
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" } })).toBe("draft.not_next");
    // L.1 waits for its own amendments only.
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("draft.amendments_pending");
    // Deleting L.1's op1 moots L.1's replacement of op1, not D2's deletion of its own op1.
    vote(s, { kind: "amendment", amendmentId: "A2" }, 2);
    s.ok(del("FRA"), { type: "amendment.submit", op: del1("op1") }); // A4 on L.1
    vote(s, { kind: "amendment", amendmentId: "A4" }, 6);
    expect(s.state.amendments.map((a) => [a.id, a.status])).toEqual([
      ["A1", "pending"],
      ["A2", "rejected"],
      ["A3", "moot"],
      ["A4", "adopted"],
    ]);
    expect(s.state.drafts.map((d) => d.amended)).toEqual([true, false]);
    // The chair's order of one draft's amendments must name that draft's pending ones only.
    expect(s.err(CHAIR, { type: "amendments.reorder", order: ["A1"] })).toBe("amendment.order_invalid");
    s.chair({ type: "amendments.reorder", order: ["A1"], draftId: "D2" });
    vote(s, { kind: "draft" }, 6);
    expect(s.state.draft?.id).toBe("D2");
    expect(amendmentVotingQueue(s.state)).toEqual(["A1"]);
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("draft.amendments_pending");
    vote(s, { kind: "amendment", amendmentId: "A1" }, 6);
    vote(s, { kind: "draft" }, 6);
    expect(s.state.drafts.map((d) => d.status)).toEqual(["adopted", "adopted"]);
    // A second-degree amendment amends its parent's draft.
    s.expectReplayMatches();
  });

  it("a second-degree amendment stays with its parent's draft; friendly acceptance is by that draft's sponsors", () => {
    const s = new TestSession({ preset: "model-un", members: GA, draft: { id: "L.1", sponsors: ["FRA"] } });
    table(s, { title: "Projet du Mexique", sponsors: ["MEX"] });
    s.chair({ type: "draft.accept", draftId: "D2" });
    s.open();
    s.ok(del("DEU"), { type: "amendment.submit", op: del1("op1"), draftId: "D2" }); // A1 on D2
    expect(s.err(del("ITA"), { type: "amendment.submit", op: del1("op1"), parentId: "A1", draftId: "L.1" })).toBe("amendment.unknown");
    s.ok(del("ITA"), { type: "amendment.submit", op: del1("op1"), parentId: "A1", draftId: "D2" });
    expect(s.err(del("FRA"), { type: "amendment.accept", amendmentId: "A1" })).toBe("amendment.not_sponsor");
    s.ok(del("MEX"), { type: "amendment.accept", amendmentId: "A1" });
    expect(s.state.amendments[0]!.status).toBe("incorporated");
    expect(s.state.drafts.map((d) => d.amended)).toEqual([false, true]);
    s.expectReplayMatches();
  });

  it("Rule 80: withdrawing one draft leaves the other before the body, next in the order of votes", () => {
    const s = twoDrafts();
    s.chair({ type: "draft.accept", draftId: "D2" });
    s.open();
    s.introduce();
    s.chair({ type: "draft.introduce", draftId: "D2" });
    s.ok(del("ITA"), { type: "amendment.submit", op: del1("op2") });
    expect(s.err(del("MEX"), { type: "draft.withdraw" })).toBe("draft.not_sponsor"); // the floor is L.1, France's
    s.ok(del("MEX"), { type: "draft.withdraw", draftId: "D2" });
    expect(s.state.drafts.map((d) => d.status)).toEqual(["introduced", "withdrawn"]);
    expect(s.state.draft?.id).toBe("L.1");
    s.ok(del("FRA"), { type: "draft.withdraw" });
    expect(s.state.drafts.map((d) => d.status)).toEqual(["withdrawn", "withdrawn"]);
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft", draftId: "D2" } })).toBe("draft.not_before_body");
    s.expectReplayMatches();
  });

  it("Rule 80: withdrawing the first draft brings the next one to the floor", () => {
    const s = twoDrafts();
    s.chair({ type: "draft.accept", draftId: "D2" });
    s.open();
    s.introduce();
    s.chair({ type: "draft.introduce", draftId: "D2" });
    s.ok(del("FRA"), { type: "draft.withdraw" });
    expect(s.state.draft?.id).toBe("D2");
    vote(s, { kind: "draft" }, 6);
    expect(s.state.drafts.map((d) => d.status)).toEqual(["withdrawn", "adopted"]);
    s.expectReplayMatches();
  });
});
