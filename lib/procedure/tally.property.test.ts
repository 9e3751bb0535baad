import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PERMANENT_MEMBERS, SECURITY_COUNCIL_2026, UN_MEMBERS } from "./members";
import { tally, type Choice } from "./tally";

const choice = fc.constantFrom<Choice>("yes", "no", "abstain");

describe("tally properties", () => {
  it("Rule 86 (property): in the GA, adding abstentions never changes an outcome", () => {
    fc.assert(
      fc.property(
        fc.nat(193),
        fc.nat(193),
        fc.nat(193),
        fc.nat(193),
        fc.constantFrom("procedural", "substantive", "important" as const),
        (yes, no, abstain, extra, questionKind) => {
          fc.pre(yes + no + abstain + extra <= 193);
          const base = { preset: "general-assembly" as const, questionKind, members: UN_MEMBERS, present: 193 };
          const before = tally({ ...base, totals: { yes, no, abstain } });
          const after = tally({ ...base, totals: { yes, no, abstain: abstain + extra } });
          expect(after.result).toBe(before.result);
          expect(after.required).toBe(before.required);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("Art. 27(3) (property): any SC substantive ballot set with ≥ 9 yes and a P5 no is vetoed", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERMANENT_MEMBERS),
        fc.array(fc.constantFrom<Choice | "absent">("yes", "no", "abstain", "absent"), { minLength: 14, maxLength: 14 }),
        fc.integer({ min: 9, max: 14 }),
        (vetoer, rest, minYes) => {
          const others = SECURITY_COUNCIL_2026.filter((m) => m !== vetoer);
          const ballots: Record<string, Choice> = { [vetoer]: "no" };
          // The first `minYes` of the others vote yes; the rest vote at random or are absent.
          others.forEach((m, i) => {
            const c = i < minYes ? "yes" : rest[i];
            if (c !== undefined && c !== "absent") ballots[m] = c;
          });
          const outcome = tally({
            preset: "security-council",
            questionKind: "substantive",
            ballots,
            members: SECURITY_COUNCIL_2026,
            permanentMembers: PERMANENT_MEMBERS,
          });
          expect(outcome.result).toBe("vetoed");
          expect(outcome.vetoedBy).toContain(vetoer);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("Art. 27(2) (property): a procedural SC question is adopted iff it has at least 9 yes", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...SECURITY_COUNCIL_2026), choice), (ballots) => {
        const yes = Object.values(ballots).filter((c) => c === "yes").length;
        const outcome = tally({
          preset: "security-council",
          questionKind: "procedural",
          ballots,
          members: SECURITY_COUNCIL_2026,
          permanentMembers: PERMANENT_MEMBERS,
        });
        expect(outcome.result === "adopted").toBe(yes >= 9);
      }),
      { numRuns: 300 },
    );
  });
});
