import { describe, expect, it } from "vitest";
import { describeCounts, describeOutcome } from "./describe";
import { PERMANENT_MEMBERS, SECURITY_COUNCIL_2026, UN_MEMBERS } from "./members";
import { adoptedWithoutVote, quorumCount, tally, type Choice } from "./tally";
import { ballots } from "./test-utils/session";

const SC = SECURITY_COUNCIL_2026;
const ELECTED = SC.filter((m) => !PERMANENT_MEMBERS.includes(m));
const sc = (questionKind: "procedural" | "substantive", b: Record<string, Choice>) =>
  tally({ preset: "security-council", questionKind, ballots: b, members: SC, permanentMembers: PERMANENT_MEMBERS });
/** All 15 vote yes except the overrides. */
const allYes = (overrides: Record<string, Choice> = {}): Record<string, Choice> => ({
  ...Object.fromEntries(SC.map((m) => [m, "yes"])),
  ...overrides,
});

describe("Security Council tally (Charter Art. 27)", () => {
  it("Art. 27(1): each member has one vote — duplicate or foreign ballots are not counted", () => {
    const outcome = tally({
      preset: "security-council",
      questionKind: "substantive",
      ballots: { ...allYes(), DEU: "no" },
      members: SC,
      permanentMembers: PERMANENT_MEMBERS,
    });
    expect(outcome.counts).toEqual({ yes: 15, no: 0, abstain: 0, notVoting: 0 });
  });

  it("Art. 27(2): procedural matter adopted with 9 yes despite a P5 no", () => {
    const b: Record<string, Choice> = { ...ballots([...ELECTED, ...PERMANENT_MEMBERS], 9, 6) };
    expect(b.RUS).toBe("no");
    const outcome = sc("procedural", b);
    expect(outcome.result).toBe("adopted");
    expect(outcome.required).toBe(9);
    expect(outcome.vetoedBy).toEqual([]);
  });

  it("Art. 27(2): procedural matter with 8 yes is not adopted", () => {
    const outcome = sc("procedural", ballots(SC, 8, 0, 7));
    expect(outcome.result).toBe("not-adopted");
    expect(describeOutcome(outcome, "en")).toBe("Not adopted: insufficient votes in favour");
  });

  it("Art. 27(3): a P5 no on a substantive matter with 14 yes is a veto naming the member", () => {
    const outcome = sc("substantive", allYes({ RUS: "no" }));
    expect(outcome.result).toBe("vetoed");
    expect(outcome.vetoedBy).toEqual(["RUS"]);
    expect(describeOutcome(outcome, "fr")).toBe(
      "Le projet n'a pas été adopté en raison du vote négatif d'un membre permanent du Conseil (Fédération de Russie)",
    );
    expect(describeOutcome(outcome, "en")).toBe(
      "The draft was not adopted owing to the negative vote of a permanent member of the Council (Russian Federation)",
    );
  });

  it("Art. 27(3): two vetoes are both named, in plural", () => {
    const outcome = sc("substantive", allYes({ CHN: "no", RUS: "no" }));
    expect(outcome.vetoedBy).toEqual(["CHN", "RUS"]);
    expect(describeOutcome(outcome, "fr")).toContain("de membres permanents du Conseil (Chine, Fédération de Russie)");
  });

  it("Art. 27(3): a P5 abstention is not a veto", () => {
    expect(sc("substantive", allYes({ USA: "abstain" })).result).toBe("adopted");
  });

  it("Art. 27(3): a P5 absence is not a veto (ICJ Namibia, 1971)", () => {
    const b = allYes();
    delete b.GBR;
    const outcome = sc("substantive", b);
    expect(outcome.result).toBe("adopted");
    expect(outcome.counts.notVoting).toBe(1);
  });

  it("Art. 27(3): fewer than 9 yes is 'insufficient votes' even with a P5 no — not a veto", () => {
    const outcome = sc("substantive", { ...ballots(ELECTED, 8, 0, 2), FRA: "no", CHN: "abstain" });
    expect(outcome.result).toBe("not-adopted");
    expect(outcome.reason).toBe("insufficient-votes");
    expect(outcome.vetoedBy).toEqual([]);
    expect(describeOutcome(outcome, "fr")).toBe("Non adopté : nombre de voix pour insuffisant");
  });

  it("Art. 27(3): with totals only (show of hands), the permanent members seen voting no are named", () => {
    const outcome = tally({
      preset: "security-council",
      questionKind: "substantive",
      totals: { yes: 13, no: 1, abstain: 1, noFromPermanent: ["USA"] },
      members: SC,
      permanentMembers: PERMANENT_MEMBERS,
    });
    expect(outcome.result).toBe("vetoed");
    expect(outcome.vetoedBy).toEqual(["USA"]);
  });
});

describe("General Assembly tally (Art. 18, rules 67, 83–86, 95)", () => {
  const ga = (questionKind: "substantive" | "important", yes: number, no: number, abstain: number, present?: number) =>
    tally({
      preset: "general-assembly",
      questionKind,
      totals: { yes, no, abstain },
      members: UN_MEMBERS,
      ...(present === undefined ? {} : { present }),
    });

  it("Art. 18(2): 93 yes, 24 no, 58 abstentions → adopted (two-thirds of present and voting)", () => {
    const outcome = ga("important", 93, 24, 58);
    expect(outcome.result).toBe("adopted");
    expect(outcome.presentAndVoting).toBe(117);
    expect(outcome.required).toBe(78);
    expect(describeOutcome(outcome, "fr")).toBe("Adopté");
    expect(describeCounts(outcome, "fr")).toBe("Pour : 93 · Contre : 24 · Abstentions : 58");
  });

  it("Art. 18(2): 90 yes, 46 no on an important question → rejected (90 < 92)", () => {
    const outcome = ga("important", 90, 46, 0);
    expect(outcome.result).toBe("not-adopted");
    expect(describeOutcome(outcome, "fr")).toBe("Rejeté");
    expect(describeOutcome(outcome, "en")).toBe("Rejected");
  });

  it("Art. 18(2): exactly two to one is enough (yes = 2·no)", () => {
    expect(ga("important", 100, 50, 0).result).toBe("adopted");
  });

  it("Art. 18(3): other questions by simple majority: 60 yes, 59 no, 70 abstentions → adopted", () => {
    const outcome = ga("substantive", 60, 59, 70);
    expect(outcome.result).toBe("adopted");
    expect(outcome.required).toBe(60);
  });

  it("Rule 86: abstainers are not 'present and voting'", () => {
    const outcome = ga("substantive", 10, 5, 150);
    expect(outcome.presentAndVoting).toBe(15);
    expect(outcome.result).toBe("adopted");
  });

  it("Rule 95: equally divided vote is rejected", () => {
    const outcome = ga("substantive", 80, 80, 10);
    expect(outcome.result).toBe("not-adopted");
    expect(outcome.reason).toBe("tie");
    expect(describeOutcome(outcome, "fr")).toBe("Rejeté : partage égal des voix");
  });

  it("Rule 86: everyone abstaining adopts nothing, even under two thirds", () => {
    const outcome = ga("important", 0, 0, 150);
    expect(outcome.result).toBe("not-adopted");
    expect(outcome.reason).toBe("no-votes");
    expect(describeOutcome(outcome, "en")).toBe("Rejected: no votes in favour");
  });

  it("Rule 67: a decision needs a majority of the members present (97 of 193)", () => {
    expect(quorumCount({ num: 1, den: 2, comparison: "more-than" }, 193)).toBe(97);
    const outcome = ga("substantive", 60, 20, 10, 96);
    expect(outcome.result).toBe("no-quorum");
    expect(describeOutcome(outcome, "en")).toBe("No decision: quorum not met (96 present, 97 required)");
    expect(ga("substantive", 60, 20, 10, 97).result).toBe("adopted");
  });

  it("Rule 67 / rule 108: one third to open (65 of 193), one quarter in a Main Committee (49)", () => {
    expect(quorumCount({ num: 1, den: 3, comparison: "at-least" }, 193)).toBe(65);
    expect(quorumCount({ num: 1, den: 4, comparison: "at-least" }, 193)).toBe(49);
  });

  it("Rule 125 (Main Committees): even an important question needs only a simple majority", () => {
    const outcome = tally({
      preset: "main-committee",
      questionKind: "important",
      totals: { yes: 60, no: 50, abstain: 0 },
      members: UN_MEMBERS,
    });
    expect(outcome.result).toBe("adopted");
    expect(outcome.majority).toEqual({ kind: "simple" });
  });

  it("Rule 81: a majority override (two thirds to reconsider) replaces the preset's", () => {
    const outcome = tally({
      preset: "general-assembly",
      questionKind: "procedural",
      majority: { kind: "two-thirds" },
      totals: { yes: 60, no: 40, abstain: 0 },
      members: UN_MEMBERS,
    });
    expect(outcome.result).toBe("not-adopted");
  });

  it("adoption without a vote is worded as such", () => {
    const outcome = adoptedWithoutVote("substantive", { kind: "simple" }, 193);
    expect(describeOutcome(outcome, "fr")).toBe("Adopté sans vote");
    expect(describeOutcome(outcome, "en")).toBe("Adopted without a vote");
    expect(describeCounts(outcome, "en")).toBe("");
  });

  it("tally accepts a preset object and no ballots at all", () => {
    const outcome = tally({ preset: "model-un", questionKind: "procedural", members: ["FRA"] });
    expect(outcome.counts).toEqual({ yes: 0, no: 0, abstain: 0, notVoting: 1 });
    expect(outcome.result).toBe("not-adopted");
  });
});
