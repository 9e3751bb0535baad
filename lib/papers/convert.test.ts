import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseText } from "@/lib/resolution/parse";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { addClause, deleteClause, shiftClause } from "./ops";
import { fromParsedDocument, toParsedDocument } from "./convert";
import { liveWarnings } from "./warnings";
import { PHRASES, expectedEnding, phraseChoices, phraseIdOf } from "./phrases";
import { sectionTree } from "./doc";

const fr = (organ: "security-council" | "general-assembly") => ({ organ, language: "fr", title: "L'IA", sponsors: ["France"] }) as const;

function paper(): { doc: Y.Doc; ids: Record<string, string> } {
  const doc = new Y.Doc();
  const p1 = addClause(doc, {
    section: "preamble",
    parent: null,
    after: null,
    phrase: "deeply-concerned",
    text: "par les risques,",
    by: "FRA",
  });
  const p2 = addClause(doc, { section: "preamble", parent: null, after: p1, phrase: "recalling", text: "sa résolution 2722,", by: "FRA" });
  const o1 = addClause(doc, { section: "operative", parent: null, after: null, phrase: "invites", text: "les États :", by: "GBR" });
  const a = addClause(doc, { section: "operative", parent: o1, after: null, text: "à coopérer ;", by: "GBR" });
  const b = addClause(doc, { section: "operative", parent: o1, after: a, text: "à partager,", by: "GBR" });
  const o2 = addClause(doc, {
    section: "operative",
    parent: null,
    after: o1,
    phrase: "decides",
    text: "de rester saisi de la question.",
    by: "FRA",
  });
  return { doc, ids: { p1, p2, o1, a, b, o2 } };
}

describe("a working paper as a ParsedDocument", () => {
  it("numbers, labels and ids clauses as the importer does, and agrees its phrases with the organ", () => {
    const { doc } = paper();
    const council = toParsedDocument(doc, fr("security-council")).document;
    expect(council.opening).toBe("Le Conseil de sécurité,");
    expect(council.preamble.map((c) => [c.id, c.phrase])).toEqual([
      ["pp1", "Profondément préoccupé"],
      ["pp2", "Rappelant"],
    ]);
    expect(council.operative.map((c) => [c.id, c.number, c.phrase])).toEqual([
      ["op1", 1, "Invite"],
      ["op2", 2, "Décide"],
    ]);
    expect(council.operative[0]!.subClauses.map((s) => [s.id, s.label, s.text])).toEqual([
      ["op1/a", "a", "à coopérer ;"],
      ["op1/b", "b", "à partager,"],
    ]);
    const assembly = toParsedDocument(doc, fr("general-assembly")).document;
    expect(assembly.opening).toBe("L'Assemblée générale,");
    expect(assembly.preamble[0]!.phrase).toBe("Profondément préoccupée");
    expect(toParsedDocument(doc, { ...fr("general-assembly"), language: "en" }).document.preamble[0]!.phrase).toBe("Deeply concerned");
  });

  it("says who wrote each clause, by the document's ids (the minutes' record of the writing)", () => {
    expect(toParsedDocument(paper().doc, fr("security-council")).writers).toEqual({
      pp1: "FRA",
      pp2: "FRA",
      op1: "GBR",
      "op1/a": "GBR",
      "op1/b": "GBR",
      op2: "FRA",
    });
  });

  it("follows moves and leaves deleted clauses (and what is inside them) out", () => {
    const { doc, ids } = paper();
    shiftClause(doc, ids.p2!, -1);
    deleteClause(doc, ids.o1!);
    const { document } = toParsedDocument(doc, fr("security-council"));
    expect(document.preamble.map((c) => c.phrase)).toEqual(["Rappelant", "Profondément préoccupé"]);
    expect(document.operative.map((c) => [c.id, c.phrase, c.subClauses.length])).toEqual([["op1", "Décide", 0]]);
  });

  it("gives the importer's warnings on the paper's own clauses", () => {
    const { doc, ids } = paper();
    const o3 = addClause(doc, { section: "operative", parent: null, after: ids.o2!, text: "sans verbe", by: "FRA" });
    const warnings = liveWarnings(toParsedDocument(doc, fr("security-council")));
    // op2 is no longer the last: its full stop should now be a semicolon.
    expect(warnings.map((w) => [w.code, w.clauseId])).toEqual([
      ["clause.operative_punctuation", ids.o2],
      ["clause.no_opening_verb", o3],
      ["clause.final_period", o3],
    ]);
  });

  it("starts from an imported draft, phrases of the list recognised", () => {
    const parsed = parseText(
      "*Le Conseil de sécurité,*\n\n*Rappelant* sa résolution,\n\n1. *Invite* les États :\n\na) à coopérer ;\n\nb) à partager ;\n\n2. *Exige* la paix.\n",
    );
    if (!parsed.ok) throw new Error("parse");
    const doc = new Y.Doc();
    fromParsedDocument(doc, parsed.document as ResolutionDocument, "FRA");
    const ops = sectionTree(doc, "operative");
    expect(ops.map((c) => [c.phrase, c.text, c.children.length])).toEqual([
      ["invites", "les États :", 2],
      [null, "Exige la paix.", 0],
    ]);
    const back = toParsedDocument(doc, fr("security-council")).document;
    expect(back.preamble[0]).toMatchObject({ phrase: "Rappelant", text: "sa résolution," });
    expect(back.operative[0]!.subClauses.map((s) => s.text)).toEqual(["à coopérer ;", "à partager ;"]);
  });
});

describe("phrase lists", () => {
  it("have unique keys, French and English forms, both genders where French agrees", () => {
    expect(new Set(PHRASES.map((p) => p.id)).size).toBe(PHRASES.length);
    for (const p of PHRASES) {
      expect(p.en).toMatch(/^[A-Z]/);
      for (const form of typeof p.fr === "string" ? [p.fr] : p.fr) expect(form).toMatch(/^[A-ZÉ]/);
      // The feminine form differs from the masculine by its agreement only ("préoccupé" → "préoccupée").
      if (typeof p.fr !== "string") expect(p.fr[1]).not.toBe(p.fr[0]);
    }
    expect(phraseChoices("preamble", "fr", "general-assembly").map((c) => c.text)).toContain("Gravement préoccupée");
    expect(phraseChoices("preamble", "fr", "security-council").map((c) => c.text)).toContain("Gravement préoccupé");
    expect(phraseIdOf("Profondément préoccupée", "preamble")).toBe("deeply-concerned");
    expect(phraseIdOf("Décide", "preamble")).toBeNull();
  });

  it("end preambular clauses with a comma, operative with a semicolon, the last with a full stop", () => {
    expect(expectedEnding("preamble", false)).toBe(",");
    expect(expectedEnding("operative", false)).toBe(";");
    expect(expectedEnding("operative", true)).toBe(".");
  });
});
