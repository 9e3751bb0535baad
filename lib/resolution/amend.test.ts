import { describe, expect, it } from "vitest";
import { applyAmendment, applyAmendments, revertAmendment, type AmendmentResult } from "./amend";
import { AMENDMENT_LIMITS, isWithin, type AmendmentOp } from "./op";
import { clauseIds, clauseText, findClause } from "./tree";
import { NESTED_DRAFT, parseDraft } from "./test-utils/drafts";
import { seedReport, seedResolution } from "./test-utils/seeds";
import type { AnyClause, ResolutionDocument } from "./types";

const draft = parseDraft(NESTED_DRAFT);

function ok(result: AmendmentResult): Extract<AmendmentResult, { ok: true }> {
  if (!result.ok) throw new Error(result.error.code);
  return result;
}

function labels(clauses: readonly AnyClause[]): string[] {
  return clauses.map((c) => ("number" in c ? String(c.number) : "label" in c ? c.label : "-"));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function sub(doc: ResolutionDocument, id: string): AnyClause {
  const found = findClause(doc, id);
  if (!found) throw new Error(`no ${id}`);
  return found.clause;
}

describe("add", () => {
  it("adds an operative clause, renumbers, keeps ids; the new id lies inside no clause", () => {
    const op: AmendmentOp = { kind: "add", section: "operative", parentId: null, afterId: "op1", text: "*Exhorte* les États à agir ;" };
    const { document } = ok(applyAmendment(draft, op, "A1"));
    expect(document.operative.map((c) => c.id)).toEqual(["op1", "op+A1", "op2", "op3"]);
    expect(labels(document.operative)).toEqual(["1", "2", "3", "4"]);
    expect(document.operative[1]).toMatchObject({ phrase: "Exhorte", text: "les États à agir ;", subClauses: [] });
    expect(clauseIds(draft).some((id) => isWithin("op+A1", id))).toBe(false);
  });

  it("adds first when afterId is null, and a preambular clause", () => {
    const first = ok(
      applyAmendment(draft, { kind: "add", section: "operative", parentId: null, afterId: null, text: "Décide de se réunir ;" }, "A2"),
    );
    expect(first.document.operative.map((c) => [c.id, c.number])).toEqual([
      ["op+A2", 1],
      ["op1", 2],
      ["op2", 3],
      ["op3", 4],
    ]);
    const pre = ok(
      applyAmendment(
        draft,
        { kind: "add", section: "preamble", parentId: null, afterId: "pp2", text: "Soulignant le rôle des États," },
        "A3",
      ),
    );
    expect(pre.document.preamble.map((c) => [c.id, c.phrase])).toEqual([
      ["pp1", "Rappelant"],
      ["pp2", "Notant avec préoccupation"],
      ["pp+A3", "Soulignant"],
    ]);
  });

  it("adds a sub-clause and relabels a), b), c), d)", () => {
    const { document } = ok(
      applyAmendment(
        draft,
        { kind: "add", section: "operative", parentId: "op2", afterId: "op2/a", text: "b) de partager l'information ;" },
        "A4",
      ),
    );
    const op2 = sub(document, "op2");
    expect(op2.subClauses.map((s) => s.id)).toEqual(["op2/a", "op2/+A4", "op2/b", "op2/c"]);
    expect(labels(op2.subClauses)).toEqual(["a", "b", "c", "d"]);
    expect(sub(document, "op2/+A4").text).toBe("de partager l'information ;");
    expect(isWithin("op2/+A4", "op2")).toBe(true);
    expect(isWithin("op2/+A4", "op2/a")).toBe(false);
  });

  it("adds a sub-sub-clause and relabels i., ii., iii.", () => {
    const { document } = ok(
      applyAmendment(draft, { kind: "add", section: "operative", parentId: "op2/b", afterId: null, text: "au niveau national ;" }, "A5"),
    );
    const b = sub(document, "op2/b");
    expect(b.subClauses.map((s) => [s.id, s.label])).toEqual([
      ["op2/b/+A5", "i"],
      ["op2/b/i", "ii"],
      ["op2/b/ii", "iii"],
    ]);
  });

  it("adds a first sub-clause to a clause that had none", () => {
    const { document } = ok(
      applyAmendment(
        draft,
        { kind: "add", section: "operative", parentId: "op3", afterId: null, text: "sur les progrès accomplis." },
        "A6",
      ),
    );
    expect(sub(document, "op3").subClauses).toEqual([{ id: "op3/+A6", label: "a", text: "sur les progrès accomplis.", subClauses: [] }]);
  });
});

describe("delete", () => {
  it("deletes an operative clause and renumbers the rest", () => {
    const { document } = ok(applyAmendment(draft, { kind: "delete", targetId: "op1" }, "D1"));
    expect(document.operative.map((c) => [c.id, c.number])).toEqual([
      ["op2", 1],
      ["op3", 2],
    ]);
  });

  it("deletes a sub-clause with everything inside it and relabels", () => {
    const { document } = ok(applyAmendment(draft, { kind: "delete", targetId: "op2/b" }, "D2"));
    expect(sub(document, "op2").subClauses.map((s) => [s.id, s.label])).toEqual([
      ["op2/a", "a"],
      ["op2/c", "b"],
    ]);
    expect(findClause(document, "op2/b/i")).toBeNull();
  });

  it("deletes a sub-sub-clause and relabels", () => {
    const { document } = ok(applyAmendment(draft, { kind: "delete", targetId: "op2/b/i" }, "D3"));
    expect(sub(document, "op2/b").subClauses.map((s) => [s.id, s.label])).toEqual([["op2/b/ii", "i"]]);
  });

  it("deletes a preambular clause", () => {
    const { document } = ok(applyAmendment(draft, { kind: "delete", targetId: "pp1" }, "D4"));
    expect(document.preamble.map((c) => c.id)).toEqual(["pp2"]);
  });
});

describe("replace", () => {
  it("replaces an operative clause's text, keeping its opening verb when unchanged", () => {
    const { document } = ok(
      applyAmendment(draft, { kind: "replace", targetId: "op1", text: "Décide de créer deux groupes de travail ;" }, "R1"),
    );
    expect(sub(document, "op1")).toMatchObject({ phrase: "Décide", text: "de créer deux groupes de travail ;" });
  });

  it("takes a new italic opening verb", () => {
    const { document } = ok(
      applyAmendment(draft, { kind: "replace", targetId: "op1", text: "*Décide en outre* de créer un groupe ;" }, "R2"),
    );
    expect(sub(document, "op1")).toMatchObject({ phrase: "Décide en outre", text: "de créer un groupe ;" });
  });

  it("replaces a sub-clause's own text, not its sub-clauses", () => {
    const { document } = ok(applyAmendment(draft, { kind: "replace", targetId: "op2/b", text: "de coopérer étroitement :" }, "R3"));
    const b = sub(document, "op2/b");
    expect(b.text).toBe("de coopérer étroitement :");
    expect(b.subClauses.map((s) => s.id)).toEqual(["op2/b/i", "op2/b/ii"]);
  });

  it("replaces a sub-sub-clause", () => {
    const { document } = ok(applyAmendment(draft, { kind: "replace", targetId: "op2/b/ii", text: "ii. au niveau international ;" }, "R4"));
    expect(sub(document, "op2/b/ii")).toMatchObject({ label: "ii", text: "au niveau international ;" });
  });
});

describe("revert", () => {
  const ops: Array<[string, AmendmentOp]> = [
    ["add clause", { kind: "add", section: "operative", parentId: null, afterId: "op2", text: "Invite les États ;" }],
    ["add sub-clause", { kind: "add", section: "operative", parentId: "op2", afterId: "op2/c", text: "de publier ;" }],
    ["add sub-sub-clause", { kind: "add", section: "operative", parentId: "op2/b", afterId: "op2/b/i", text: "au niveau local ;" }],
    ["delete clause", { kind: "delete", targetId: "op2" }],
    ["delete sub-clause", { kind: "delete", targetId: "op2/a" }],
    ["delete sub-sub-clause", { kind: "delete", targetId: "op2/b/ii" }],
    ["delete preambular", { kind: "delete", targetId: "pp2" }],
    ["replace clause", { kind: "replace", targetId: "op3", text: "*Prie également* le Secrétaire général." }],
    ["replace sub-clause", { kind: "replace", targetId: "op2/c", text: "de rendre compte chaque année ;" }],
    ["replace sub-sub-clause", { kind: "replace", targetId: "op2/b/i", text: "au niveau sous-régional ;" }],
  ];
  for (const [name, op] of ops) {
    it(`restores the original after ${name}`, () => {
      const applied = ok(applyAmendment(draft, op, "X1"));
      expect(applied.document).not.toEqual(draft);
      expect(revertAmendment(applied.document, applied.undo)).toEqual(draft);
    });
  }

  it("edits a copy: applied to a deeply frozen document and reverted on a frozen result, no clause or list is written in place", () => {
    const frozen = deepFreeze(parseDraft(NESTED_DRAFT));
    for (const [, op] of ops) {
      const applied = ok(applyAmendment(frozen, op, "X1"));
      expect(revertAmendment(deepFreeze(applied.document), applied.undo)).toEqual(draft);
    }
  });

  it("restores the seed after a chain of amendments reverted last-first", () => {
    const uk = seedResolution("ukDraft");
    const result = applyAmendments(uk, [
      { amendmentId: "A1", op: { kind: "delete", targetId: "op3" } },
      {
        amendmentId: "A2",
        op: { kind: "add", section: "operative", parentId: null, afterId: "op6", text: "*Décide* de rester saisi de la question." },
      },
      { amendmentId: "A3", op: { kind: "replace", targetId: "pp2", text: "*Rappelant* sa résolution 2722," } },
    ]);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.document.operative.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const back = [...result.undo].reverse().reduce(revertAmendment, result.document);
    expect(back).toEqual(uk);
  });
});

describe("errors", () => {
  const cases: Array<[string, AmendmentOp, string, string]> = [
    ["unknown target", { kind: "delete", targetId: "op9" }, "A1", "amendment.unknown_clause"],
    ["unknown parent", { kind: "add", section: "operative", parentId: "op9", afterId: null, text: "x" }, "A1", "amendment.unknown_clause"],
    [
      "after not a sibling",
      { kind: "add", section: "operative", parentId: "op2", afterId: "op1", text: "x" },
      "A1",
      "amendment.unknown_after",
    ],
    ["wrong section", { kind: "add", section: "preamble", parentId: "op2", afterId: null, text: "x" }, "A1", "amendment.wrong_section"],
    ["empty text", { kind: "replace", targetId: "op1", text: "  " }, "A1", "amendment.empty_text"],
    ["id with a slash", { kind: "delete", targetId: "op1" }, "A/1", "amendment.invalid_id"],
  ];
  for (const [name, op, id, code] of cases) {
    it(name, () => {
      const result = applyAmendment(draft, op, id);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message.length).toBeGreaterThan(10);
      }
    });
  }

  it("refuses the same addition twice and reference documents", () => {
    const op: AmendmentOp = { kind: "add", section: "operative", parentId: null, afterId: null, text: "Décide ;" };
    const once = ok(applyAmendment(draft, op, "A1"));
    const twice = applyAmendment(once.document, op, "A1");
    expect(!twice.ok && twice.error.code).toBe("amendment.duplicate_id");
    const ref = applyAmendment(seedReport(), op, "A1");
    expect(!ref.ok && ref.error.code).toBe("amendment.reference_document");
  });

  it("never modifies its input", () => {
    const before = JSON.stringify(draft);
    ok(applyAmendment(draft, { kind: "delete", targetId: "op2/b" }, "A1"));
    ok(applyAmendment(draft, { kind: "replace", targetId: "op1", text: "Décide ;" }, "A2"));
    expect(JSON.stringify(draft)).toBe(before);
  });

  it("reports which amendment of a chain failed", () => {
    const result = applyAmendments(draft, [
      { amendmentId: "A1", op: { kind: "delete", targetId: "op2" } },
      { amendmentId: "A2", op: { kind: "replace", targetId: "op2/a", text: "x" } },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.amendmentId, result.error.code]).toEqual(["A2", "amendment.unknown_clause"]);
  });
});

describe("clauseText", () => {
  it("joins phrase and text without a space before punctuation", () => {
    const uk = seedResolution("ukDraft");
    expect(clauseText(sub(uk, "pp5")).startsWith("Ayant à l'esprit l'intervention du secrétaire général de l'ONU, Antonio Guterres")).toBe(
      true,
    );
    expect(clauseText(sub(uk, "op1")).startsWith("Invite les États membres")).toBe(true);
  });
});

describe("limits (AMENDMENT_LIMITS: depth and number of clauses)", () => {
  const add = (parentId: string | null, afterId: string | null = null): AmendmentOp => ({
    kind: "add",
    section: "operative",
    parentId,
    afterId,
    text: "Texte ajouté ;",
  });
  it("refuses a sub-paragraph below the third level, and a level that already holds its maximum", () => {
    let doc: ResolutionDocument = draft;
    let parent = "op2";
    for (let level = 1; level <= AMENDMENT_LIMITS.depth; level++) {
      const result = applyAmendment(doc, add(parent), `D${level}`);
      if (!result.ok) throw new Error(result.error.code);
      doc = result.document;
      parent = `${parent}/+D${level}`;
    }
    const deeper = applyAmendment(doc, add(parent), "D9");
    expect(!deeper.ok && deeper.error.code).toBe("amendment.too_deep");

    for (let i = doc.operative.length; i < AMENDMENT_LIMITS.clauses; i++) {
      const result = applyAmendment(doc, add(null), `T${i}`);
      if (!result.ok) throw new Error(result.error.code);
      doc = result.document;
    }
    const oneMore = applyAmendment(doc, add(null), "T99");
    expect(!oneMore.ok && oneMore.error.code).toBe("amendment.too_many_clauses");
    let subs = doc;
    for (let i = subs.operative[0]!.subClauses.length; i < AMENDMENT_LIMITS.subClauses; i++) {
      const result = applyAmendment(subs, add(subs.operative[0]!.id), `S${i}`);
      if (!result.ok) throw new Error(result.error.code);
      subs = result.document;
    }
    const tooMany = applyAmendment(subs, add(subs.operative[0]!.id), "S99");
    expect(!tooMany.ok && tooMany.error.code).toBe("amendment.too_many_clauses");
  });
});
