import { describe, expect, it } from "vitest";
import { parseText } from "./parse";
import { parseDocx } from "./parse-docx";
import type { ParseWarning, WarningCode } from "./types";

/** Parse lines (joined with "\n") and return the warnings. */
function warningsOf(lines: readonly string[]): ParseWarning[] {
  const result = parseText(lines.join("\n"));
  if (!result.ok) throw new Error(result.error.code);
  return result.warnings;
}

function only(lines: readonly string[], code: WarningCode): ParseWarning {
  const warnings = warningsOf(lines);
  expect(warnings.map((w) => w.code)).toEqual([code]);
  return warnings[0] as ParseWarning;
}

const OPENING = ["Le Conseil de sécurité,", ""];
const GOOD_END = ["", "1. *Décide* de rester saisi de la question."];

describe("a warning per imperfection, with its line and clause", () => {
  it("clause.preamble_punctuation", () => {
    const w = only([...OPENING, "*Rappelant* sa résolution 2722", "", "*Notant* les progrès,", ...GOOD_END], "clause.preamble_punctuation");
    expect([w.line, w.clauseId]).toEqual([3, "pp1"]);
    expect(w.params).toMatchObject({ line: 3, clause: "pp1" });
  });

  it('clause.operative_punctuation (";" and "," both accepted)', () => {
    const w = only(
      [
        ...OPENING,
        "1. *Décide* de créer un groupe ;",
        "2. *Invite* les États,",
        "3. *Prie* le Secrétaire général",
        "4. *Décide* de rester saisi.",
      ],
      "clause.operative_punctuation",
    );
    expect([w.line, w.clauseId]).toEqual([5, "op3"]);
  });

  it("clause.final_period", () => {
    const w = only(
      [...OPENING, "1. *Décide* de créer un groupe ;", "", "2. *Prie* le Secrétaire général de faire rapport ;"],
      "clause.final_period",
    );
    expect([w.line, w.clauseId, w.params.found]).toEqual([5, "op2", ";"]);
  });

  it("clause.subclause_punctuation", () => {
    const w = only(
      [...OPENING, "1. *Demande* aux États :", "a) de renforcer leurs capacités", "b) de coopérer."],
      "clause.subclause_punctuation",
    );
    expect([w.line, w.clauseId]).toEqual([4, "op1/a"]);
  });

  it("clause.no_opening_phrase", () => {
    const w = only(
      [...OPENING, "*Rappelant* sa résolution,", "", "Les États rappellent leurs engagements,", ...GOOD_END],
      "clause.no_opening_phrase",
    );
    expect([w.line, w.clauseId]).toEqual([5, "pp2"]);
  });

  it("clause.no_opening_verb", () => {
    const w = only([...OPENING, "1. *Décide* de créer un groupe ;", "", "2. Les États doivent agir."], "clause.no_opening_verb");
    expect([w.line, w.clauseId]).toEqual([5, "op2"]);
  });

  it("clause.numbering_gap", () => {
    const w = only(
      [...OPENING, "1. *Décide* de créer un groupe ;", "2. *Invite* les États ;", "4. *Prie* le Secrétaire général."],
      "clause.numbering_gap",
    );
    expect([w.line, w.clauseId, w.params.expected, w.params.found]).toEqual([5, "op4", 3, 4]);
  });

  it("clause.label_gap", () => {
    const w = only([...OPENING, "1. *Demande* aux États :", "a) de renforcer leurs capacités ;", "c) de coopérer."], "clause.label_gap");
    expect([w.line, w.clauseId, w.params.found]).toEqual([5, "op1/c", "c"]);
  });

  it("clause.missing_number", () => {
    const w = only(
      [...OPENING, "1. *Décide* de créer un groupe ;", "", "*Prie* le Secrétaire général de faire rapport."],
      "clause.missing_number",
    );
    expect([w.line, w.clauseId, w.params.number]).toEqual([5, "op2", 2]);
  });

  it("clause.empty", () => {
    const w = only(
      [...OPENING, "1. *Demande* aux États :", "a) [](#)", "b) de coopérer ;", "2. *Décide* de rester saisi."],
      "clause.empty",
    );
    expect([w.line, w.clauseId]).toEqual([4, "op1/a"]);
  });

  it("clause.orphan_subclause", () => {
    const w = only([...OPENING, "a) Rappelant sa résolution,", ...GOOD_END], "clause.orphan_subclause");
    expect([w.line, w.clauseId, w.params.label]).toEqual([3, null, "a"]);
  });

  it("document.no_operative_clauses", () => {
    const w = only([...OPENING, "*Rappelant* sa résolution,", "", "*Notant* les progrès,"], "document.no_operative_clauses");
    expect(w.line).toBe(5);
  });

  it("footnote.undefined", () => {
    const w = only([...OPENING, "*Rappelant* sa résolution<sup>2</sup>,", ...GOOD_END], "footnote.undefined");
    expect([w.line, w.clauseId, w.params.marker]).toEqual([3, "pp1", "2"]);
  });

  it("several warnings come sorted by line", () => {
    const warnings = warningsOf([
      ...OPENING,
      "*Rappelant* sa résolution",
      "",
      "1. Les États doivent agir",
      "3. *Prie* le Secrétaire général ;",
    ]);
    expect(warnings.map((w) => [w.line, w.code])).toEqual([
      [3, "clause.preamble_punctuation"],
      [5, "clause.no_opening_verb"],
      [5, "clause.operative_punctuation"],
      [6, "clause.numbering_gap"],
      [6, "clause.final_period"],
    ]);
  });
});

describe("errors on garbage", () => {
  it("document.empty", () => {
    const result = parseText("  \n\n \t\n");
    expect(!result.ok && result.error.code).toBe("document.empty");
  });

  it("document.binary", () => {
    const result = parseText("PNG\u0000\u0001\u0002\u0003 data");
    expect(!result.ok && result.error).toMatchObject({ code: "document.binary", params: {} });
  });

  it("document.too_large (5 MB of text), with size and limit", () => {
    const result = parseText("1. *Décide* de tout.\n".repeat(250_000));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("document.too_large");
      expect(result.error.params.limit).toBe(1_000_000);
      expect(Number(result.error.params.size)).toBeGreaterThan(5_000_000);
      expect(result.error.message).toContain("1000000");
    }
  });

  it("document.no_clauses", () => {
    const result = parseText("# Titre\n\nDistr. générale\n");
    expect(!result.ok && result.error.code).toBe("document.no_clauses");
  });

  it("docx.invalid", async () => {
    const notZip = await parseDocx(new TextEncoder().encode("hello"));
    expect(!notZip.ok && notZip.error.code).toBe("docx.invalid");
    const brokenZip = await parseDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    expect(!brokenZip.ok && brokenZip.error.code).toBe("docx.invalid");
  });
});
