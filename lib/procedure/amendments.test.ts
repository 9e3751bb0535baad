import { describe, expect, it } from "vitest";
import { proposeVotingOrder } from "./amendment-order";
import { MAX_PENDING_AMENDMENTS_PER_MEMBER } from "./decide-amendments";
import { amendmentVotingQueue } from "./session";
import type { AmendmentState } from "./state";
import { ballots, CHAIR, del, TestSession } from "./test-utils/session";

const CLASS = ["FRA", "DEU", "GBR", "USA", "CHN", "RUS", "BRA", "IND", "ZAF", "JPN", "MEX", "EGY"];
const del1 = (targetId: string) => ({ kind: "delete", targetId });
const rep = (targetId: string, text = "new text") => ({ kind: "replace", targetId, text });
const add = (parentId: string | null, text = "added") => ({ kind: "add", section: "operative", parentId, afterId: null, text });

function gaSession() {
  return new TestSession({ preset: "general-assembly", members: CLASS, draft: { id: "L.1", sponsors: ["FRA", "DEU"] } }).open().introduce();
}
function munSession() {
  return new TestSession({ preset: "model-un", members: CLASS, draft: { id: "1.1", sponsors: ["FRA", "DEU", "BRA"] } }).open().introduce();
}
/** Votes on the next amendment with the given number of yes votes (of 12). */
function voteNext(s: TestSession, id: string, yes: number) {
  s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: id }, method: "recorded" });
  s.castAll(ballots(CLASS, yes, CLASS.length - yes));
  return s.chair({ type: "vote.close" });
}

describe("amendments (rules 78, 80, 90)", () => {
  it("Rule 90: an amendment can add, delete or revise clauses and sub-clauses; ids are assigned in order", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: add(null) });
    s.ok(del("GBR"), { type: "amendment.cosponsor", amendmentId: "A1" });
    s.ok(del("CHN"), { type: "amendment.submit", op: del1("op2/b") });
    s.ok(del("RUS"), { type: "amendment.submit", op: rep("op3/a/ii"), distance: 0.4 });
    expect(s.state.amendments.map((a) => [a.id, a.op.kind, a.sponsors])).toEqual([
      ["A1", "add", ["USA", "GBR"]],
      ["A2", "delete", ["CHN"]],
      ["A3", "replace", ["RUS"]],
    ]);
  });

  it("Rule 90: the engine numbers amendments — a client cannot choose an id, so none can be squatted", () => {
    const s = gaSession();
    // Before: a delegation submitted "A2" itself, withdrew it, and every later A2 was refused as a duplicate for ever.
    expect(s.err(del("RUS"), { type: "amendment.submit", id: "A2", op: del1("op1") })).toBe("command.invalid");
    s.ok(del("RUS"), { type: "amendment.submit", op: del1("op1") });
    s.ok(del("RUS"), { type: "amendment.withdraw", amendmentId: "A1" });
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op2") });
    s.ok(del("CHN"), { type: "amendment.submit", op: del1("op3") });
    expect(s.state.amendments.map((a) => a.id)).toEqual(["A1", "A2", "A3"]);
  });

  it("Rule 90: an id already taken in an older log (chosen by a client then) is skipped, not refused", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op1") });
    // An old log's amendment.submitted with a squatted "A2", replayed as it was written.
    const squat = { ...s.state.amendments[0]!, id: "A2", seq: 2 };
    s.state = { ...s.state, amendments: [...s.state.amendments, squat], counters: { ...s.state.counters, amendment: 1 } };
    s.ok(del("CHN"), { type: "amendment.submit", op: del1("op3") });
    expect(s.state.amendments.map((a) => a.id)).toEqual(["A1", "A2", "A3"]);
  });

  it("Rule 90: co-sponsors only by their own command — a submission cannot name them", () => {
    const s = gaSession();
    expect(s.err(del("RUS"), { type: "amendment.submit", op: del1("op1"), coSponsors: ["USA", "CHN"] })).toBe("command.invalid");
    s.ok(del("RUS"), { type: "amendment.submit", op: del1("op1") });
    expect(s.state.amendments[0]?.sponsors).toEqual(["RUS"]);
    expect(s.err(del("RUS"), { type: "amendment.cosponsor", amendmentId: "A1", member: "CHN" })).toBe("auth.not_yours");
    s.ok(del("CHN"), { type: "amendment.cosponsor", amendmentId: "A1" });
    expect(s.state.amendments[0]?.sponsors).toEqual(["RUS", "CHN"]);
  });

  it("Rule 90 (flood bound, not in the rules): a delegation has at most MAX_PENDING_AMENDMENTS_PER_MEMBER amendments pending; one voted on or withdrawn frees a place", () => {
    const s = gaSession();
    for (let i = 0; i < MAX_PENDING_AMENDMENTS_PER_MEMBER; i++) s.ok(del("USA"), { type: "amendment.submit", op: rep("op1", `v${i}`) });
    expect(s.err(del("USA"), { type: "amendment.submit", op: rep("op1", "one too many") })).toBe("amendment.too_many_pending");
    // Another delegation is not held back by it.
    s.ok(del("CHN"), { type: "amendment.submit", op: rep("op1", "mine") });
    s.ok(del("USA"), { type: "amendment.withdraw", amendmentId: "A1" });
    s.ok(del("USA"), { type: "amendment.submit", op: rep("op1", "now it fits") });
    expect(s.err(del("USA"), { type: "amendment.submit", op: rep("op1", "again too many") })).toBe("amendment.too_many_pending");
  });

  it("Rule 90: amendments are voted before the draft", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op1") });
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("draft.amendments_pending");
    voteNext(s, "A1", 7);
    expect(s.state.amendments[0]?.status).toBe("adopted");
    expect(s.state.draft?.amended).toBe(true);
    s.chair({ type: "vote.open", subject: { kind: "draft" } });
  });

  it("Rule 90: furthest removed in substance first — delete > replace > add, then distance, then submission order", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: add(null) });
    s.ok(del("USA"), { type: "amendment.submit", op: rep("op1"), distance: 0.2 });
    s.ok(del("CHN"), { type: "amendment.submit", op: rep("op2") });
    s.ok(del("CHN"), { type: "amendment.submit", op: rep("op3"), distance: 0.9 });
    s.ok(del("RUS"), { type: "amendment.submit", op: del1("op4") });
    s.ok(del("RUS"), { type: "amendment.submit", op: del1("op5") });
    expect(amendmentVotingQueue(s.state)).toEqual(["A5", "A6", "A4", "A2", "A3", "A1"]);
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" } })).toBe("amendment.not_next");
  });

  it("Rule 90: the chair may reorder the amendments, keeping sub-amendments first", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op1") });
    s.ok(del("CHN"), { type: "amendment.submit", op: add(null) });
    s.ok(del("RUS"), { type: "amendment.submit", op: rep("op1/a"), parentId: "A1" });
    expect(amendmentVotingQueue(s.state)).toEqual(["A3", "A1", "A2"]);
    expect(s.err(del("USA"), { type: "amendments.reorder", order: ["A2", "A3", "A1"] })).toBe("auth.chair_only");
    expect(s.err(CHAIR, { type: "amendments.reorder", order: ["A2", "A1", "A3"] })).toBe("amendment.order_invalid");
    expect(s.err(CHAIR, { type: "amendments.reorder", order: ["A2", "A3"] })).toBe("amendment.order_invalid");
    expect(s.err(CHAIR, { type: "amendments.reorder", order: ["A2", "A2", "A3"] })).toBe("amendment.order_invalid");
    s.chair({ type: "amendments.reorder", order: ["A2", "A3", "A1"] });
    expect(amendmentVotingQueue(s.state)).toEqual(["A2", "A3", "A1"]);
    voteNext(s, "A2", 3);
    expect(amendmentVotingQueue(s.state)).toEqual(["A3", "A1"]);
  });

  it("Rule 90: a second-degree amendment is voted before its first-degree amendment and rewrites it", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: rep("op2", "first") });
    s.ok(del("CHN"), { type: "amendment.submit", op: rep("op2", "second"), parentId: "A1" });
    s.chair({ type: "amendments.reorder", order: ["A2", "A1"] });
    expect(s.err(CHAIR, { type: "amendments.reorder", order: ["A1", "A2"] })).toBe("amendment.order_invalid");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" } })).toBe("amendment.second_degree_first");
    voteNext(s, "A2", 8);
    expect(s.state.amendments[0]).toMatchObject({
      op: { kind: "replace", targetId: "op2", text: "second" },
      amended: true,
      status: "pending",
    });
    expect(s.err(del("USA"), { type: "amendment.withdraw", amendmentId: "A1" })).toBe("amendment.amended");
    voteNext(s, "A1", 8);
    expect(s.state.amendments[0]?.status).toBe("adopted");
  });

  it("Rule 90: no third degree — an amendment to a sub-amendment is refused (amendment.third_degree)", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op1") });
    s.ok(del("CHN"), { type: "amendment.submit", op: rep("op1"), parentId: "A1" });
    expect(s.err(del("RUS"), { type: "amendment.submit", op: rep("op1"), parentId: "A2" })).toBe("amendment.third_degree");
    expect(s.err(del("RUS"), { type: "amendment.submit", op: rep("op1"), parentId: "A9" })).toBe("amendment.unknown");
  });

  it("Rule 90: an adopted deletion makes moot every pending amendment inside the deleted clause, with its sub-amendments", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op2") });
    s.ok(del("CHN"), { type: "amendment.submit", op: rep("op2/b") });
    s.ok(del("RUS"), { type: "amendment.submit", op: add("op2") });
    s.ok(del("IND"), { type: "amendment.submit", op: rep("op3") });
    s.ok(del("JPN"), { type: "amendment.submit", op: rep("op2/b", "other"), parentId: "A2" });
    s.ok(del("MEX"), { type: "amendment.submit", op: rep("op20") });
    const events = voteNext(s, "A1", 9);
    expect(events.filter((e) => e.type === "amendment.moot")).toEqual([
      expect.objectContaining({ amendmentId: "A2", reason: "target-deleted", by: "A1" }),
      expect.objectContaining({ amendmentId: "A3", reason: "target-deleted", by: "A1" }),
      expect.objectContaining({ amendmentId: "A5", reason: "parent-gone", by: "A1" }),
    ]);
    expect(s.state.amendments.map((a) => a.status)).toEqual(["adopted", "moot", "moot", "pending", "moot", "pending"]);
    expect(amendmentVotingQueue(s.state)).toEqual(["A4", "A6"]);
    s.expectReplayMatches();
  });

  it("Rule 90: adopting one replacement of a clause implies rejecting rival replacements (preset setting)", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: rep("op1", "a"), distance: 0.9 });
    s.ok(del("CHN"), { type: "amendment.submit", op: rep("op1", "b"), distance: 0.5 });
    s.ok(del("RUS"), { type: "amendment.submit", op: del1("op1/a") });
    voteNext(s, "A3", 2);
    voteNext(s, "A1", 9);
    expect(s.state.amendments[1]).toMatchObject({ status: "moot", moot: { reason: "rival-replaced", by: "A1" } });

    const t = new TestSession({
      preset: "general-assembly",
      members: CLASS,
      overrides: { amendments: { adoptedReplaceMootsRivals: false } },
      draft: { id: "L.1", sponsors: ["FRA"] },
    })
      .open()
      .introduce();
    t.ok(del("USA"), { type: "amendment.submit", op: rep("op1", "a") });
    t.ok(del("CHN"), { type: "amendment.submit", op: rep("op1", "b") });
    voteNext(t, "A1", 9);
    expect(t.state.amendments[1]?.status).toBe("pending");
  });

  it("Rule 80: a sponsor may withdraw its amendment before the vote; its sub-amendments lapse; anyone may reintroduce it", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op1") });
    s.ok(del("CHN"), { type: "amendment.submit", op: rep("op1"), parentId: "A1" });
    expect(s.err(del("CHN"), { type: "amendment.withdraw", amendmentId: "A1" })).toBe("amendment.not_sponsor");
    expect(s.err(del("CHN"), { type: "amendment.withdraw", amendmentId: "A7" })).toBe("amendment.unknown");
    const events = s.ok(del("USA"), { type: "amendment.withdraw", amendmentId: "A1" });
    expect(s.types(events)).toEqual(["amendment.withdrawn", "amendment.moot"]);
    expect(s.err(del("USA"), { type: "amendment.withdraw", amendmentId: "A1" })).toBe("amendment.not_pending");
    expect(s.err(del("RUS"), { type: "amendment.submit", op: rep("op1"), parentId: "A1" })).toBe("amendment.parent_not_pending");
    s.ok(del("RUS"), { type: "amendment.submit", op: del1("op1") });
    expect(s.state.amendments[2]?.sponsors).toEqual(["RUS"]);
  });

  it("Rule 80: a preset may forbid withdrawal", () => {
    const s = new TestSession({
      preset: "general-assembly",
      members: CLASS,
      overrides: { amendments: { withdrawalAllowed: false } },
      draft: { id: "L.1", sponsors: ["FRA"] },
    })
      .open()
      .introduce();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op1") });
    expect(s.err(del("USA"), { type: "amendment.withdraw", amendmentId: "A1" })).toBe("amendment.withdrawal_not_allowed");
    expect(s.err(del("FRA"), { type: "draft.withdraw" })).toBe("amendment.withdrawal_not_allowed");
  });

  it("Rule 80: a draft cannot be withdrawn once amended", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op1") });
    voteNext(s, "A1", 9);
    expect(s.err(del("FRA"), { type: "draft.withdraw" })).toBe("draft.amended");
  });

  it("MUN: a friendly amendment accepted by every sponsor of the draft is incorporated without a vote", () => {
    const s = munSession();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op4") });
    s.ok(del("CHN"), { type: "amendment.submit", op: rep("op4/a") });
    expect(s.err(del("USA"), { type: "amendment.accept", amendmentId: "A1" })).toBe("amendment.not_sponsor");
    s.ok(del("FRA"), { type: "amendment.accept", amendmentId: "A1" });
    expect(s.err(del("FRA"), { type: "amendment.accept", amendmentId: "A1" })).toBe("amendment.already_answered");
    s.ok(CHAIR, { type: "amendment.accept", amendmentId: "A1", member: "DEU" });
    const events = s.ok(del("BRA"), { type: "amendment.accept", amendmentId: "A1" });
    expect(s.types(events)).toEqual(["amendment.accepted", "amendment.incorporated", "amendment.moot"]);
    expect(s.state.amendments[0]?.status).toBe("incorporated");
    expect(s.state.amendments[1]?.status).toBe("moot");
    expect(s.state.draft?.amended).toBe(true);
  });

  it("MUN: an amendment one sponsor declines is unfriendly and goes to a vote", () => {
    const s = munSession();
    s.ok(del("USA"), { type: "amendment.submit", op: add(null) });
    s.ok(del("FRA"), { type: "amendment.accept", amendmentId: "A1" });
    s.ok(del("DEU"), { type: "amendment.decline", amendmentId: "A1" });
    s.ok(del("BRA"), { type: "amendment.accept", amendmentId: "A1" });
    expect(s.state.amendments[0]?.status).toBe("pending");
    expect(s.err(CHAIR, { type: "vote.open", subject: { kind: "draft" } })).toBe("draft.amendments_pending");
    s.chair({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    expect(s.state.vote?.questionKind).toBe("substantive");
  });

  it("friendly amendments are refused where the preset does not allow them, and for sub-amendments", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "amendment.submit", op: add(null) });
    expect(s.err(del("FRA"), { type: "amendment.accept", amendmentId: "A1" })).toBe("amendment.friendly_not_allowed");
    const m = munSession();
    m.ok(del("USA"), { type: "amendment.submit", op: del1("op1") });
    m.ok(del("CHN"), { type: "amendment.submit", op: del1("op1/a"), parentId: "A1" });
    expect(m.err(del("FRA"), { type: "amendment.accept", amendmentId: "A2" })).toBe("amendment.friendly_not_allowed");
    expect(m.err(del("FRA"), { type: "amendment.accept", amendmentId: "A9" })).toBe("amendment.unknown");
    m.ok(del("USA"), { type: "amendment.withdraw", amendmentId: "A1" });
    expect(m.err(del("FRA"), { type: "amendment.accept", amendmentId: "A1" })).toBe("amendment.not_pending");
  });

  it("Rule 83–85: amendments to an important question need two thirds too", () => {
    const s = new TestSession({ preset: "general-assembly", members: CLASS, draft: { id: "L.1", sponsors: ["FRA"], important: true } })
      .open()
      .introduce();
    s.ok(del("USA"), { type: "amendment.submit", op: del1("op1") });
    voteNext(s, "A1", 7);
    expect(s.lastOutcome().result).toBe("not-adopted");
    expect(s.state.amendments[0]?.status).toBe("rejected");
  });

  it("amendments are refused after closure of debate or once the draft is decided", () => {
    const s = gaSession();
    s.ok(del("USA"), { type: "motion.propose", motion: { kind: "close-debate" } });
    s.chair({ type: "vote.open", subject: { kind: "motion", motionId: "M1" }, method: "recorded" });
    s.castAll(ballots(CLASS, 9, 3));
    s.chair({ type: "vote.close" });
    expect(s.err(del("USA"), { type: "amendment.submit", op: del1("op1") })).toBe("debate.closed");
    s.chair({ type: "vote.open", subject: { kind: "draft" }, method: "without-vote" });
    s.chair({ type: "vote.close" });
    expect(s.err(del("USA"), { type: "amendment.submit", op: del1("op1") })).toBe("draft.not_before_body");
  });

  it("proposeVotingOrder keeps an orphan sub-amendment as its own entry", () => {
    const base = { draftId: "d", sponsors: ["FRA"], distance: null, acceptedBy: [], declinedBy: [], amended: false, moot: null } as const;
    const amendments: AmendmentState[] = [
      {
        ...base,
        id: "X",
        op: { kind: "delete", targetId: "op1" },
        parentId: "GONE",
        seq: 1,
        status: "pending",
        sponsors: ["FRA"],
        acceptedBy: [],
        declinedBy: [],
      },
    ];
    expect(proposeVotingOrder(amendments)).toEqual(["X"]);
  });
});

describe("co-sponsoring an amendment", () => {
  it("MUN: a delegation joins the sponsors of a pending amendment, once, for itself only", () => {
    const s = new TestSession({ preset: "security-council", draft: { id: "d", sponsors: ["GBR"] } }).open();
    s.introduce();
    s.ok(del("FRA"), { type: "amendment.submit", op: { kind: "delete", targetId: "op3" } });

    s.ok(del("DNK"), { type: "amendment.cosponsor", amendmentId: "A1" });

    expect(s.state.amendments[0]!.sponsors).toEqual(["FRA", "DNK"]);
    expect(s.err(del("DNK"), { type: "amendment.cosponsor", amendmentId: "A1" })).toBe("amendment.already_sponsor");
    expect(s.err(del("DNK"), { type: "amendment.cosponsor", amendmentId: "A1", member: "GRC" })).toBe("auth.not_yours");
    expect(s.err(del("GRC"), { type: "amendment.cosponsor", amendmentId: "A9" })).toBe("amendment.unknown");
    s.ok(del("FRA"), { type: "amendment.withdraw", amendmentId: "A1" });
    expect(s.err(del("GRC"), { type: "amendment.cosponsor", amendmentId: "A1" })).toBe("amendment.not_pending");
    s.expectReplayMatches();
  });
});

describe("amendment text bounds", () => {
  it("an amendment's text is at most AMENDMENT_LIMITS.textChars characters (several times the longest real clause)", () => {
    const s = gaSession();
    expect(s.err(del("RUS"), { type: "amendment.submit", op: rep("op1", "a ".repeat(2_501)) })).toBe("command.invalid");
    s.ok(del("RUS"), { type: "amendment.submit", op: rep("op1", "a ".repeat(2_499)) });
  });
});
