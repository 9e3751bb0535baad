import { describe, expect, it } from "vitest";
import { nextRollCall } from "./decide-votes";
import { describeOutcome } from "./describe";
import { PERMANENT_MEMBERS, SECURITY_COUNCIL_2026 } from "./members";
import { ballots, CHAIR, del, TestSession } from "./test-utils/session";

const CLASS = ["FRA", "DEU", "GBR", "USA", "CHN", "RUS", "BRA", "IND", "ZAF", "JPN", "MEX", "EGY"];
const ELECTED = SECURITY_COUNCIL_2026.filter((m) => !PERMANENT_MEMBERS.includes(m));

function councilVote() {
  const s = new TestSession({ preset: "security-council", draft: { id: "S/2026/1", sponsors: ["FRA", "GBR"] } }).open().introduce();
  s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
  return s;
}

describe("Security Council votes through decide", () => {
  it("Art. 27(3): a draft with 14 yes and a Russian no is vetoed, and the draft rejected", () => {
    const s = councilVote();
    s.castAll({
      ...ballots(
        SECURITY_COUNCIL_2026.filter((m) => m !== "RUS"),
        14,
        0,
      ),
      RUS: "no",
    });
    const events = s.chair({ type: "vote.close" });
    expect(s.types(events)).toEqual(["vote.closed", "draft.rejected"]);
    expect(s.lastOutcome().vetoedBy).toEqual(["RUS"]);
    expect(s.state.draft?.status).toBe("rejected");
    expect(s.state.decisions[0]?.ballots?.RUS?.choice).toBe("no");
    s.expectReplayMatches();
  });

  it("Art. 27(3): a P5 abstention is not a veto — the draft is adopted", () => {
    const s = councilVote();
    s.castAll({ ...ballots(ELECTED, 10, 0), CHN: "abstain", RUS: "abstain", FRA: "yes", GBR: "yes", USA: "yes" });
    s.chair({ type: "vote.close" });
    expect(s.state.draft?.status).toBe("adopted");
  });

  it("Art. 27(2): a procedural motion passes with 9 yes despite a P5 no", () => {
    const s = new TestSession({ preset: "security-council", draft: { id: "S/1", sponsors: ["FRA"] } }).open().introduce();
    s.ok(del("DNK"), { type: "motion.propose", motion: { kind: "postpone" } });
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M1" }, method: "recorded" });
    expect(s.state.vote?.questionKind).toBe("procedural");
    s.castAll({ ...ballots(ELECTED, 9, 1), USA: "no", CHN: "no" });
    s.chair({ type: "vote.close" });
    expect(s.lastOutcome().result).toBe("adopted");
    expect(s.state.debate).toBe("adjourned");
  });

  it("SC show of hands: the chair records totals only; the result publishes no individual votes", () => {
    const s = new TestSession({ preset: "security-council", draft: { id: "S/1", sponsors: ["FRA"] } }).open().introduce();
    s.chair({ type: "vote.open", subject: { kind: "draft" } });
    expect(s.state.vote?.method).toBe("show-of-hands");
    expect(s.err(CHAIR, { type: "vote.record_totals", yes: 16, no: 0, abstain: 0 })).toBe("vote.totals_invalid");
    expect(s.err(CHAIR, { type: "vote.record_totals", yes: 12, no: 1, abstain: 2, noFromPermanent: ["DNK"] })).toBe("vote.totals_invalid");
    s.chair({ type: "vote.record_totals", yes: 12, no: 1, abstain: 2, noFromPermanent: ["USA"] });
    expect(s.err(del("FRA"), { type: "vote.cast", choice: "yes" })).toBe("vote.method_mismatch");
    s.chair({ type: "vote.close" });
    expect(s.lastOutcome().result).toBe("vetoed");
    expect(s.state.decisions[0]?.ballots).toBeNull();
  });
});

describe("General Assembly votes", () => {
  function gaVote(important = false) {
    const s = new TestSession({ preset: "general-assembly", members: CLASS, draft: { id: "L.1", sponsors: ["FRA"], important } })
      .open()
      .introduce();
    return s;
  }

  it("Art. 18(2): an important question needs two thirds of those present and voting", () => {
    const s = gaVote(true);
    s.chair({ type: "vote.open", subject: { kind: "draft" } });
    expect(s.state.vote?.questionKind).toBe("important");
    s.castAll(ballots(CLASS, 7, 4, 1));
    s.chair({ type: "vote.close" });
    expect(s.lastOutcome().result).toBe("not-adopted");
    expect(s.lastOutcome().required).toBe(8);
  });

  it("Rule 95: an equally divided recorded vote rejects the draft", () => {
    const s = gaVote();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    s.castAll(ballots(CLASS, 5, 5, 2));
    s.chair({ type: "vote.close" });
    expect(describeOutcome(s.lastOutcome(), "en")).toBe("Rejected: the votes are equally divided");
    expect(s.state.draft?.status).toBe("rejected");
  });

  it("Rule 88: once voting has begun, everything is refused except a point of order on the conduct of the vote", () => {
    const s = gaVote();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(s.err(del("DEU"), { type: "motion.propose", motion: { kind: "suspend" } })).toBe("vote.in_progress");
    expect(s.err(del("DEU"), { type: "speakers.add" })).toBe("vote.in_progress");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("vote.in_progress");
    expect(s.err(CHAIR, { type: "meeting.suspend" })).toBe("vote.in_progress");
    expect(s.err(del("DEU"), { type: "point.raise", kind: "order" })).toBe("vote.in_progress");
    s.ok(del("DEU"), { type: "point.raise", kind: "order", aboutVote: true, text: "My vote was not recorded" });
    expect(s.state.points[0]?.aboutVote).toBe(true);
    s.chair({ type: "point.resolve", pointId: "P1", ruling: "upheld" });
    s.ok(del("DEU"), { type: "vote.cast", choice: "yes" });
  });

  it("Rule 87: a roll call calls members in English alphabetical order from the member drawn by lot", () => {
    const s = gaVote();
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" }, method: "roll-call" })).toBe("vote.first_member_invalid");
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "roll-call", firstMember: "JPN" });
    expect(s.state.vote?.order).toEqual(["JPN", "MEX", "RUS", "ZAF", "GBR", "USA", "BRA", "CHN", "EGY", "FRA", "DEU", "IND"]);
    expect(s.err(del("FRA"), { type: "vote.cast", choice: "yes" })).toBe("vote.not_your_turn");
    s.ok(del("JPN"), { type: "vote.cast", choice: "yes" });
    expect(s.err(del("MEX"), { type: "vote.cast", choice: "pass" })).toBe("vote.pass_not_allowed");
    expect(s.err(CHAIR, { type: "vote.close" })).toBe("vote.roll_call_incomplete");
    // The chair records the answers as members are called.
    for (const m of s.state.vote?.order.slice(1) ?? []) s.chair({ type: "vote.cast", choice: "abstain", member: m });
    expect(s.err(del("JPN"), { type: "vote.cast", choice: "yes" })).toBe("vote.already_cast");
    s.chair({ type: "vote.close" });
    expect(s.lastOutcome().result).toBe("adopted");
    expect(s.state.decisions[0]?.ballots?.MEX?.choice).toBe("abstain");
  });

  it("Rule 87: a motion for a roll call is granted on request and applies to the next vote", () => {
    const s = gaVote();
    const events = s.ok(del("MEX"), { type: "motion.propose", motion: { kind: "roll-call-vote" } });
    expect(s.types(events)).toEqual(["motion.proposed", "motion.adopted", "vote.method_set"]);
    s.chair({ type: "vote.open", subject: { kind: "draft" }, firstMember: "FRA" });
    expect(s.state.vote?.method).toBe("roll-call");
    expect(s.state.nextVoteMethod).toBeNull();
  });

  it("adoption without a vote: adopted unless a member requests a vote", () => {
    const s = gaVote();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "without-vote" });
    expect(s.err(del("FRA"), { type: "vote.cast", choice: "yes" })).toBe("vote.method_mismatch");
    s.chair({ type: "vote.close" });
    expect(s.state.draft?.status).toBe("adopted");
    expect(describeOutcome(s.lastOutcome(), "fr")).toBe("Adopté sans vote");
  });

  it("adoption without a vote: a member's request for a vote cancels it; the chair then holds a vote", () => {
    const s = gaVote();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "without-vote" });
    const events = s.ok(del("USA"), { type: "vote.request" });
    expect(s.types(events)).toEqual(["vote.requested", "vote.cancelled"]);
    expect(s.state.vote).toBeNull();
    expect(s.state.draft?.status).toBe("introduced");
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(s.err(del("USA"), { type: "vote.request" })).toBe("vote.method_mismatch");
    s.chair({ type: "vote.cancel" });
    expect(s.err(CHAIR, { type: "vote.close" })).toBe("vote.not_open");
  });

  it("only the voting methods the rules allow may be used", () => {
    const s = gaVote();
    s.chair({ type: "settings.override", overrides: { voting: { allowedMethods: ["recorded"] } } });
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" }, method: "show-of-hands" })).toBe("vote.method_not_allowed");
  });

  it("absent members, observers and strangers cannot vote", () => {
    const s = new TestSession({
      preset: "general-assembly",
      members: ["FRA", "DEU", "ITA"],
      observers: ["VAT"],
      draft: { id: "L.1", sponsors: ["FRA"] },
    });
    s.open("present", ["FRA", "DEU"]).introduce();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(s.err(del("ITA"), { type: "vote.cast", choice: "yes" })).toBe("vote.not_eligible");
    expect(s.err(del("VAT"), { type: "vote.cast", choice: "yes" })).toBe("vote.not_eligible");
    expect(s.err(del("ESP"), { type: "vote.cast", choice: "yes" })).toBe("auth.unknown_member");
    expect(s.err(del("FRA"), { type: "vote.cast", choice: "yes", withRights: true })).toBe("vote.rights_not_allowed");
  });
});

describe("Model UN votes", () => {
  function munVote(status: "present" | "present-and-voting" = "present-and-voting") {
    const s = new TestSession({ preset: "model-un", members: CLASS, draft: { id: "1.1", sponsors: ["FRA", "DEU", "BRA"] } })
      .open(status)
      .introduce();
    return s;
  }

  it("MUN: present and voting may not abstain on a substantive vote", () => {
    const s = munVote();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(s.err(del("USA"), { type: "vote.cast", choice: "abstain" })).toBe("vote.abstention_not_allowed");
    s.ok(del("USA"), { type: "vote.cast", choice: "no" });
  });

  it("MUN: a delegation merely present may abstain; anyone may abstain on procedural votes", () => {
    const s = munVote("present");
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    s.ok(del("USA"), { type: "vote.cast", choice: "abstain" });
    s.chair({ type: "vote.cancel" });
    const t = munVote();
    t.ok(del("USA"), { type: "motion.propose", motion: { kind: "suspend", minutes: 5 } });
    t.ok(del("CHN"), { type: "motion.second", motionId: "M1" });
    t.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M1" }, method: "recorded" });
    t.ok(del("USA"), { type: "vote.cast", choice: "abstain" });
  });

  it("MUN: a delegation that passes is called again at the end and must then vote yes or no", () => {
    const s = munVote();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "roll-call", firstMember: "FRA" });
    const order = s.state.vote?.order ?? [];
    expect(order[0]).toBe("FRA");
    s.ok(del("FRA"), { type: "vote.cast", choice: "pass" });
    for (const m of order.slice(1)) s.ok(del(m), { type: "vote.cast", choice: "yes" });
    expect(nextRollCall(s.state.vote!)).toEqual({ member: "FRA", round: 2 });
    expect(s.err(del("FRA"), { type: "vote.cast", choice: "pass" })).toBe("vote.choice_not_allowed");
    expect(s.err(del("FRA"), { type: "vote.cast", choice: "abstain" })).toBe("vote.choice_not_allowed");
    s.ok(del("FRA"), { type: "vote.cast", choice: "no" });
    expect(nextRollCall(s.state.vote!)).toBeNull();
    expect(s.err(del("FRA"), { type: "vote.cast", choice: "no" })).toBe("vote.already_cast");
    s.chair({ type: "vote.close" });
    expect(s.lastOutcome().counts).toMatchObject({ yes: 11, no: 1 });
  });

  it("MUN: 'yes with rights' is recorded for an explanation after the vote; not on an abstention", () => {
    const s = munVote("present");
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "roll-call", firstMember: "BRA" });
    expect(s.err(del("BRA"), { type: "vote.cast", choice: "abstain", withRights: true })).toBe("vote.rights_not_allowed");
    s.ok(del("BRA"), { type: "vote.cast", choice: "yes", withRights: true });
    expect(s.state.vote?.ballots.BRA).toEqual({ choice: "yes", withRights: true });
  });

  it("recorded vote: a delegation may change its vote until the chair closes the vote", () => {
    const s = munVote("present");
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    s.ok(del("USA"), { type: "vote.cast", choice: "yes" });
    s.ok(del("USA"), { type: "vote.cast", choice: "no" });
    expect(s.state.vote?.ballots).toEqual({ USA: { choice: "no", withRights: false } });
  });

  it("MUN: pass is refused outside a roll call", () => {
    const s = munVote();
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    expect(s.err(del("FRA"), { type: "vote.cast", choice: "pass" })).toBe("vote.pass_not_allowed");
  });
});
