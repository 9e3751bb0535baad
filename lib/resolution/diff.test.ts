import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedShare, diffAmended, diffOriginal, distance, wordDiff } from "./diff";
import { NESTED_DRAFT, parseDraft } from "./test-utils/drafts";
import { seedResolution } from "./test-utils/seeds";

describe("wordDiff", () => {
  it("shows the words inserted and deleted by a replacement", () => {
    expect(
      wordDiff("Invite les États membres à renforcer leurs capacités,", "Invite instamment les États à renforcer leurs capacités,"),
    ).toEqual([
      { kind: "equal", text: "Invite " },
      { kind: "insert", text: "instamment " },
      { kind: "equal", text: "les États " },
      { kind: "delete", text: "membres " },
      { kind: "equal", text: "à renforcer leurs capacités," },
    ]);
  });

  it("treats a replaced word as a deletion and an insertion", () => {
    expect(wordDiff("un fond international", "un fonds international")).toEqual([
      { kind: "equal", text: "un " },
      { kind: "delete", text: "fond" },
      { kind: "insert", text: "fonds" },
      { kind: "equal", text: " international" },
    ]);
  });

  it("handles identical and empty texts", () => {
    expect(wordDiff("Décide ;", "Décide ;")).toEqual([{ kind: "equal", text: "Décide ;" }]);
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("", "Ajoute")).toEqual([{ kind: "insert", text: "Ajoute" }]);
  });

  it("loses no character: each side of the diff rebuilds its text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const segments = wordDiff(a, b);
        return diffOriginal(segments) === a && diffAmended(segments) === b;
      }),
      { numRuns: 200 },
    );
  });
});

describe("distance", () => {
  const uk = seedResolution("ukDraft");
  const nested = parseDraft(NESTED_DRAFT);

  it("is 1 for deleting a clause", () => {
    expect(distance(uk, { kind: "delete", targetId: "op3" })).toBe(1);
  });

  it("is between 0.5 and 1 for deleting a sub-clause, more for a bigger one", () => {
    const small = distance(nested, { kind: "delete", targetId: "op2/b/i" });
    const big = distance(nested, { kind: "delete", targetId: "op2/b" });
    expect(small).toBeGreaterThan(0.5);
    expect(big).toBeGreaterThan(small);
    expect(big).toBeLessThan(1);
  });

  it("is the share of words changed for a replacement", () => {
    const op1 = "Décide de créer un groupe de travail ;";
    expect(distance(nested, { kind: "replace", targetId: "op1", text: op1 })).toBe(0);
    const one = distance(nested, { kind: "replace", targetId: "op1", text: "Décide de créer un comité de travail ;" });
    expect(one).toBeCloseTo(2 / 16, 5);
    expect(distance(nested, { kind: "replace", targetId: "op1", text: "Exige tout autre chose maintenant." })).toBe(1);
  });

  it("is small for an addition, and 0 for an unknown clause", () => {
    const add = distance(uk, {
      kind: "add",
      section: "operative",
      parentId: null,
      afterId: "op6",
      text: "Décide de rester saisi de la question.",
    });
    expect(add).toBeGreaterThan(0);
    expect(add).toBeLessThanOrEqual(0.3);
    expect(distance(uk, { kind: "delete", targetId: "op42" })).toBe(0);
  });

  it("orders amendments as the voting-order heuristic expects: delete > big replace > small replace > add", () => {
    const del = distance(uk, { kind: "delete", targetId: "op2" });
    const big = distance(uk, { kind: "replace", targetId: "op2", text: "*Décide* de ne rien faire." });
    const small = distance(uk, {
      kind: "replace",
      targetId: "op2",
      text: "Décide de la création d'un comité sur l'IA au sein de l'Union Internationale des Télécommunications (UIT), composé d'experts en matière d'intelligence artificielle au sein de chaque États membres, chargés d'évaluer les risques émergents liés à l'IA, de les communiquer aux autres états membres ainsi qu'à leurs armées, de proposer des mesures préventives, et de promouvoir la coopération entre les États membres pour garantir que l'IA contribue à la paix et à la sécurité internationales,",
    });
    const add = distance(uk, { kind: "add", section: "operative", parentId: null, afterId: null, text: "Décide ;" });
    expect(del).toBeGreaterThan(big);
    expect(big).toBeGreaterThan(small);
    expect(small).toBeGreaterThan(0);
    expect(changedShare("a b", "a b")).toBe(0);
    expect(add).toBeLessThan(big);
  });
});

describe("bounded cost (a student's 5 000 one-letter words)", () => {
  const uk = seedResolution("ukDraft");
  const flood = Array.from({ length: 2_500 }, (_, i) => "abcdefghij"[i % 10]).join(" ");
  const clause = `${uk.operative[4]!.phrase} ${uk.operative[4]!.text}`;

  it("diffs a flood against a clause in a few milliseconds, losing no character", () => {
    wordDiff(clause, "warm up");
    const start = performance.now();
    const segments = wordDiff(clause, `${clause.slice(0, 40)} ${flood} ${clause.slice(-40)}`);
    const distanceOf = distance(uk, { kind: "replace", targetId: "op5", text: flood });
    const elapsed = performance.now() - start;
    // The unbounded word diff took 270–510 ms here; bounded, ~2 ms (100 ms leaves room for a loaded machine).
    expect(elapsed).toBeLessThan(100);
    expect(diffOriginal(segments)).toBe(clause);
    expect(diffAmended(segments)).toBe(`${clause.slice(0, 40)} ${flood} ${clause.slice(-40)}`);
    expect(segments[0]).toMatchObject({ kind: "equal" });
    expect(distanceOf).toBeGreaterThan(0.9);
  });

  it("past its bounds a diff shows the middle deleted and inserted whole, ends kept", () => {
    const segments = wordDiff(`Décide ${"a ".repeat(600)}fin`, `Décide ${"b ".repeat(600)}fin`);
    expect(segments.map((s) => s.kind)).toEqual(["equal", "delete", "insert", "equal"]);
    expect(segments[0]!.text).toBe("Décide ");
    expect(segments[3]!.text).toBe(" fin");
  });
});
