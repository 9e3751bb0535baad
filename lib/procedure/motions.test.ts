import { describe, expect, it } from "vitest";
import { ballots, CHAIR, del, TestSession } from "./test-utils/session";
import { decideTableDraft } from "./decide-session";
import { reduce } from "./reduce";

const CLASS = ["FRA", "DEU", "GBR", "USA", "CHN", "RUS", "BRA", "IND", "ZAF", "JPN", "MEX", "EGY"];

function ga() {
  return new TestSession({ preset: "general-assembly", members: CLASS, draft: { id: "L.1", sponsors: ["FRA"] } }).open().introduce();
}
function mun() {
  return new TestSession({ preset: "model-un", members: CLASS, draft: { id: "1.1", sponsors: ["FRA", "DEU", "BRA"] } }).open().introduce();
}
function vote(s: TestSession, motionId: string, yes: number) {
  s.chair({ type: "vote.open", subject: { kind: "motion", motionId }, method: "recorded" });
  s.castAll(ballots(CLASS, yes, CLASS.length - yes));
  return s.chair({ type: "vote.close" });
}

describe("motions and their precedence", () => {
  it("Rule 77: suspend > adjourn > adjourn the debate > closure — the highest is voted first", () => {
    const s = ga();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "close-debate" } });
    s.ok(del("CHN"), { type: "motion.propose", motion: { kind: "adjourn-debate" } });
    s.ok(del("RUS"), { type: "motion.propose", motion: { kind: "suspend", minutes: 15 } });
    expect(s.run(CHAIR, { type: "vote.open", subject: { kind: "motion", motionId: "M1" } })).toMatchObject({
      ok: false,
      error: { code: "motion.precedence", params: { motion: "suspend" } },
    });
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "motion", motionId: "M2" } })).toBe("motion.precedence");
    const events = vote(s, "M3", 3);
    expect(s.types(events)).toEqual(["vote.closed", "motion.rejected"]);
    vote(s, "M2", 3);
    vote(s, "M1", 8);
    expect(s.state.debate).toBe("closed");
    expect(s.state.speakers.open).toBe(false);
  });

  it("Rule 75: closure of debate — two speakers against, none for", () => {
    const s = ga();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "close-debate" } });
    expect(s.err(del("CHN"), { type: "motion.speak", motionId: "M1", side: "for" })).toBe("motion.debate_full");
    s.ok(del("CHN"), { type: "motion.speak", motionId: "M1", side: "against" });
    s.ok(CHAIR, { type: "motion.speak", motionId: "M1", side: "against", member: "RUS" });
    expect(s.err(del("IND"), { type: "motion.speak", motionId: "M1", side: "against" })).toBe("motion.debate_full");
  });

  it("Rule 76 / SC rule 33: suspension and adjournment are decided without debate", () => {
    const s = ga();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "adjourn" } });
    expect(s.err(del("CHN"), { type: "motion.speak", motionId: "M1", side: "against" })).toBe("motion.not_debatable");
    vote(s, "M1", 7);
    expect(s.state.meeting).toBe("adjourned");
    expect(s.state.motions).toEqual([]);
  });

  it("Rule 74: adjournment of the debate sets the item aside — nothing on it is put to the vote", () => {
    const s = ga();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "adjourn-debate" } });
    vote(s, "M1", 7);
    expect(s.state.debate).toBe("adjourned");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("debate.adjourned");
    expect(s.err(del("USA"), { type: "motion.propose", motion: { kind: "adjourn-debate" } })).toBe("motion.out_of_order");
  });

  it("SC rule 33: precedence suspend > adjourn > adjourn to a day > refer > postpone", () => {
    const s = new TestSession({ preset: "security-council", draft: { id: "S/1", sponsors: ["FRA"] } }).open().introduce();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "postpone", until: "Monday" } });
    s.ok(del("CHN"), { type: "motion.propose", motion: { kind: "refer", to: "Secretary-General" } });
    s.ok(del("RUS"), { type: "motion.propose", motion: { kind: "adjourn-to", until: "15:00" } });
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "motion", motionId: "M1" } })).toBe("motion.precedence");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "motion", motionId: "M2" } })).toBe("motion.precedence");
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M3" }, method: "show-of-hands" });
    s.chair({ type: "vote.record_totals", yes: 5, no: 10, abstain: 0 });
    s.chair({ type: "vote.close" });
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M2" }, method: "show-of-hands" });
    s.chair({ type: "vote.record_totals", yes: 9, no: 6, abstain: 0, noFromPermanent: ["USA"] });
    s.chair({ type: "vote.close" });
    expect(s.state.draft?.status).toBe("referred");
    expect(s.err(del("USA"), { type: "motion.propose", motion: { kind: "close-debate" } })).toBe("motion.not_allowed");
  });

  it("SC rule 34: no motion needs a second in the Council", () => {
    const s = new TestSession({ preset: "security-council" }).open();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "suspend" } });
    expect(s.state.motions[0]?.status).toBe("pending");
    expect(s.err(del("CHN"), { type: "motion.second", motionId: "M1" })).toBe("motion.no_second_needed");
  });

  it("MUN: motions need a second from another delegation", () => {
    const s = mun();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "unmoderated-caucus", totalSeconds: 600 } });
    expect(s.state.motions[0]?.status).toBe("awaiting-second");
    expect(s.err(del("USA"), { type: "motion.second", motionId: "M1" })).toBe("motion.cannot_second_own");
    expect(s.err(CHAIR, { type: "motion.second", motionId: "M1" })).toBe("command.invalid");
    s.ok(del("CHN"), { type: "motion.second", motionId: "M1" });
    expect(s.err(del("RUS"), { type: "motion.second", motionId: "M1" })).toBe("motion.already_seconded");
    expect(s.err(del("RUS"), { type: "motion.second", motionId: "M9" })).toBe("motion.unknown");
  });

  it("MUN: close debate needs two thirds", () => {
    const s = mun();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "close-debate" } });
    s.ok(del("CHN"), { type: "motion.second", motionId: "M1" });
    vote(s, "M1", 7);
    expect(s.lastOutcome()).toMatchObject({ result: "not-adopted", required: 8 });
    expect(s.state.debate).toBe("open");
  });

  it("MUN: some motions pass without a vote absent objection", () => {
    const s = mun();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "set-speaking-time", seconds: 45 } });
    s.ok(del("CHN"), { type: "motion.second", motionId: "M1" });
    s.chair({ type: "motion.grant", motionId: "M1" });
    expect(s.state.speakers.speakingTimeSeconds).toBe(45);
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "close-speakers-list" } });
    expect(s.err(CHAIR, { type: "motion.grant", motionId: "M2" })).toBe("motion.not_pending");
    s.ok(del("CHN"), { type: "motion.second", motionId: "M2" });
    s.ok(del("RUS"), { type: "motion.object", motionId: "M2" });
    expect(s.err(CHAIR, { type: "motion.grant", motionId: "M2" })).toBe("motion.objected");
    vote(s, "M2", 7);
    expect(s.state.speakers.open).toBe(false);
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "reopen-speakers-list" } });
    s.ok(del("CHN"), { type: "motion.second", motionId: "M3" });
    s.chair({ type: "motion.grant", motionId: "M3" });
    expect(s.state.speakers.open).toBe(true);
  });

  it("MUN: a motion with lower precedence cannot be granted while a higher one is pending", () => {
    const s = mun();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "set-speaking-time", seconds: 45 } });
    s.ok(del("CHN"), { type: "motion.second", motionId: "M1" });
    s.ok(del("RUS"), { type: "motion.propose", motion: { kind: "suspend" } });
    s.ok(del("IND"), { type: "motion.second", motionId: "M2" });
    expect(s.err(CHAIR, { type: "motion.grant", motionId: "M1" })).toBe("motion.precedence");
  });

  it("motions may be withdrawn by their mover or ruled out of order by the chair", () => {
    const s = mun();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "adjourn" } });
    expect(s.err(del("CHN"), { type: "motion.withdraw", motionId: "M1" })).toBe("motion.not_proposer");
    s.ok(del("USA"), { type: "motion.withdraw", motionId: "M1" });
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "adjourn" } });
    expect(s.err(del("USA"), { type: "motion.rule_out_of_order", motionId: "M2" })).toBe("auth.chair_only");
    s.chair({ type: "motion.rule_out_of_order", motionId: "M2" });
    expect(s.state.motions).toEqual([]);
  });

  it("observer states may not move motions; disabled motions are refused", () => {
    const s = new TestSession({ preset: "general-assembly", draft: { id: "L.1", sponsors: ["FRA"] } });
    s.open("present", s.state.members.slice(0, 100));
    expect(s.err(del("VAT"), { type: "motion.propose", motion: { kind: "suspend" } })).toBe("auth.observer_cannot_act");
    expect(
      s.err(del("FRA"), {
        type: "motion.propose",
        motion: { kind: "moderated-caucus", totalSeconds: 600, speakerSeconds: 60, topic: "x" },
      }),
    ).toBe("motion.not_allowed");
    expect(s.err(del("FRA"), { type: "motion.propose", motion: { kind: "adjourn-debate" } })).toBe("motion.out_of_order");
  });

  it("Rule 81: reconsideration of a decision needs a two-thirds majority", () => {
    const s = ga();
    s.ok(del("USA"), { type: "amendment.submit", op: { kind: "delete", targetId: "op1" } });
    s.ok(del("CHN"), { type: "amendment.submit", op: { kind: "replace", targetId: "op1/a", text: "x" } });
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    s.castAll(ballots(CLASS, 7, 5));
    s.chair({ type: "vote.close" });
    expect(s.state.amendments.map((a) => a.status)).toEqual(["adopted", "moot"]);
    expect(s.err(del("USA"), { type: "motion.propose", motion: { kind: "reconsider", decisionIndex: 5 } })).toBe("motion.invalid_target");
    s.ok(del("RUS"), { type: "motion.propose", motion: { kind: "reconsider", decisionIndex: 0 } });
    expect(s.state.motions[0]?.kind).toBe("reconsider");
    vote(s, "M1", 7);
    expect(s.lastOutcome()).toMatchObject({ result: "not-adopted", required: 8 });
    s.ok(del("RUS"), { type: "motion.propose", motion: { kind: "reconsider", decisionIndex: 0 } });
    vote(s, "M2", 8);
    expect(s.state.amendments.map((a) => a.status)).toEqual(["pending", "pending"]);
    expect(s.state.decisions[0]?.reconsidered).toBe(true);
    expect(s.err(del("RUS"), { type: "motion.propose", motion: { kind: "reconsider", decisionIndex: 0 } })).toBe("motion.invalid_target");
  });

  it("Rule 81: a decision on the draft may be reconsidered and put to the vote again", () => {
    const s = ga();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    s.castAll(ballots(CLASS, 5, 7));
    s.chair({ type: "vote.close" });
    expect(s.state.draft?.status).toBe("rejected");
    s.ok(del("FRA"), { type: "motion.propose", motion: { kind: "reconsider", decisionIndex: 0 } });
    vote(s, "M1", 9);
    expect(s.state.draft?.status).toBe("introduced");
  });

  it("reorder-drafts records the new order of draft resolutions (rule 91)", () => {
    const s = ga();
    const tabled = decideTableDraft(s.state, { title: "Projet des États-Unis", sponsors: ["USA"] }, { actor: CHAIR, now: s.now });
    for (const e of tabled.ok ? tabled.events : []) s.state = reduce(s.state, e);
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "reorder-drafts", order: ["D2", "L.1"] } });
    vote(s, "M1", 7);
    expect(s.state.draftOrder).toEqual(["D2", "L.1"]);
  });
});

describe("points", () => {
  it("Rule 71 / SC rule 30: a point of order is ruled on at once, and a ruling stands unless overruled on appeal", () => {
    const s = ga();
    s.ok(del("USA"), { type: "point.raise", kind: "order", text: "Quorum?" });
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("point.pending");
    expect(s.err(del("USA"), { type: "motion.propose", motion: { kind: "appeal", pointId: "P1" } })).toBe("motion.out_of_order");
    s.chair({ type: "point.resolve", pointId: "P1", ruling: "dismissed" });
    expect(s.err(CHAIR, { type: "point.resolve", pointId: "P1", ruling: "upheld" })).toBe("point.already_resolved");
    expect(s.err(CHAIR, { type: "point.resolve", pointId: "P7", ruling: "upheld" })).toBe("point.unknown");
    expect(s.err(del("USA"), { type: "motion.propose", motion: { kind: "appeal", pointId: "P9" } })).toBe("motion.invalid_target");
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "appeal", pointId: "P1" } });
    vote(s, "M1", 5);
    expect(s.state.points[0]?.overruled).toBe(false);
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "appeal", pointId: "P1" } });
    vote(s, "M2", 7);
    expect(s.state.points[0]?.overruled).toBe(true);
  });

  it("MUN: a point of personal privilege may interrupt a speaker; a parliamentary inquiry may not", () => {
    const s = mun();
    s.ok(del("USA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    s.ok(del("CHN"), { type: "point.raise", kind: "personal-privilege", text: "Cannot hear" });
    expect(s.err(del("CHN"), { type: "point.raise", kind: "parliamentary-inquiry" })).toBe("point.out_of_order");
    s.chair({ type: "speech.end" });
    s.ok(del("CHN"), { type: "point.raise", kind: "parliamentary-inquiry" });
  });

  it("MUN: a point of information is in order only when the speaker has yielded to questions", () => {
    const s = mun();
    s.ok(del("USA"), { type: "speakers.add" });
    s.chair({ type: "speech.start" });
    expect(s.err(del("CHN"), { type: "point.raise", kind: "information" })).toBe("point.out_of_order");
    s.ok(del("USA"), { type: "speech.yield", to: "questions" });
    s.ok(del("CHN"), { type: "point.raise", kind: "information", text: "Question" });
  });

  it("GA: points the preset does not provide for are refused; observers may raise points", () => {
    const s = new TestSession({ preset: "general-assembly", members: ["FRA", "DEU"], observers: ["PSE"] }).open();
    expect(s.err(del("FRA"), { type: "point.raise", kind: "information" })).toBe("point.not_allowed");
    s.ok(del("PSE"), { type: "point.raise", kind: "right-of-reply" });
  });
});
