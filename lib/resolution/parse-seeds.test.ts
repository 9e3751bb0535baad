import { describe, expect, it } from "vitest";
import { parseText } from "./parse";
import { readSeed, seedReport, seedResolution, SEED_FILES, type SeedName } from "./test-utils/seeds";
import type { AnyClause, ResolutionDocument } from "./types";

function countSubClauses(clauses: readonly AnyClause[]): number {
  return clauses.reduce((n, c) => n + c.subClauses.length + countSubClauses(c.subClauses), 0);
}

function counts(doc: ResolutionDocument) {
  return {
    preamble: doc.preamble.length,
    operative: doc.operative.length,
    subClauses: countSubClauses([...doc.preamble, ...doc.operative]),
    footnotes: doc.footnotes.length,
  };
}

describe("the five bundled documents parse without warnings", () => {
  for (const name of Object.keys(SEED_FILES) as SeedName[]) {
    it(name, () => {
      const result = parseText(readSeed(name));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.warnings).toEqual([]);
    });
  }
});

describe("United Kingdom draft (Security Council, MUN header)", () => {
  const doc = seedResolution("ukDraft");

  it("has 6 preambular and 6 operative clauses, no sub-clauses, no footnotes", () => {
    expect(counts(doc)).toEqual({ preamble: 6, operative: 6, subClauses: 0, footnotes: 0 });
  });

  it("reads FORUM / QUESTION / SOU MIS PAR (sic) and the opening line", () => {
    expect(doc.language).toBe("fr");
    expect(doc.header).toMatchObject({
      organ: "CONSEIL DE SÉCURITÉ",
      forum: "Conseil de sécurité",
      question: "L'I.A. : un nouvel enjeu dans les stratégies de sécurité mondiale ?",
      submittedBy: "Royaume-Uni",
      coSignatories: [],
      sponsors: [],
    });
    expect(doc.opening).toBe("Le Conseil de sécurité,");
    expect(doc.closing).toEqual([]);
  });

  it("gives ids pp1…pp6 / op1…op6 and reads the italic opening phrases", () => {
    expect(doc.preamble.map((c) => c.id)).toEqual(["pp1", "pp2", "pp3", "pp4", "pp5", "pp6"]);
    expect(doc.operative.map((c) => [c.id, c.number, c.phrase])).toEqual([
      ["op1", 1, "Invite"],
      ["op2", 2, "Décide"],
      ["op3", 3, "Propose"],
      ["op4", 4, "Prie"],
      ["op5", 5, "Recommande"],
      ["op6", 6, "Propose"],
    ]);
    expect(doc.preamble.map((c) => c.phrase)).toEqual([
      "Réaffirmant",
      "Rappelant",
      "Prenant note",
      "Se référant",
      "Ayant à l'esprit l'intervention du secrétaire général de l'ONU",
      "Notant",
    ]);
  });

  it("drops dead links but keeps their text", () => {
    const pp2 = doc.preamble[1];
    expect(pp2?.text).toContain("sa résolution 2722 du 10 janvier 2024");
    expect(pp2?.text).toContain("ainsi que son annexe,");
    expect(pp2?.text).not.toContain("](#)");
    expect(doc.preamble[4]?.text.startsWith(", Antonio Guterres, au sein de la réunion du conseil de sécurité")).toBe(true);
  });

  it("keeps the final punctuation as written", () => {
    expect(doc.operative.slice(0, 5).every((c) => c.text.endsWith(","))).toBe(true);
    expect(doc.operative[5]?.text.endsWith("par exemple.")).toBe(true);
  });
});

describe("General Assembly First Committee draft A/C.1/78 (UN header, sponsors)", () => {
  const doc = seedResolution("gaDraft");

  it("has 18 preambular and 9 operative paragraphs, 2 footnotes", () => {
    expect(counts(doc)).toEqual({ preamble: 18, operative: 9, subClauses: 0, footnotes: 2 });
  });

  it("reads the 19 sponsors and the UN header", () => {
    expect(doc.header.sponsors).toHaveLength(19);
    expect(doc.header.sponsors[0]).toBe("Azerbaïdjan");
    expect(doc.header.sponsors).toContain("Iran (République islamique d')");
    expect(doc.header.sponsors.slice(-2)).toEqual(["Venezuela (République bolivarienne du)", "Zimbabwe"]);
    expect(doc.header).toMatchObject({
      organ: "Assemblée générale",
      distribution: "Distr. limitée",
      date: "12 octobre 2023",
      language: "Français",
      originalLanguage: "anglais/russe",
      session: "Soixante-dix-huitième session",
      committee: "Première Commission",
      agendaItem: "Point 94 de l'ordre du jour",
      agendaTitle: "Progrès de l'informatique et des télécommunications et sécurité internationale",
      documentType: "projet de résolution",
      title: "Progrès de l'informatique et des télécommunications et sécurité internationale",
      symbol: null,
      forum: null,
      submittedBy: null,
    });
    expect(doc.opening).toBe("L'Assemblée générale,");
  });

  it("joins paragraphs cut by a page break and keeps footnote references", () => {
    expect(doc.preamble[12]?.text).toContain("une vaste coopération internationale permettra");
    expect(doc.operative[3]?.text).toContain("mis en place pour améliorer le répertoire");
    expect(doc.operative[2]?.text).toContain("non limitée¹ et prend note");
    expect(doc.footnotes).toEqual([
      { marker: "1", text: "Voir A/78/265." },
      { marker: "2", text: "A/AC.292/2023/INF/5." },
    ]);
    expect(doc.preamble[4]?.phrase).toBe("Se déclarant préoccupée");
  });
});

describe("GA resolution 79/239 (adopted text, <sup> footnotes)", () => {
  const doc = seedResolution("res79239");

  it("has 18 preambular and 9 operative paragraphs, 4 footnotes", () => {
    expect(counts(doc)).toEqual({ preamble: 18, operative: 9, subClauses: 0, footnotes: 4 });
  });

  it("reads the UN header with resolution number and basis", () => {
    expect(doc.header).toMatchObject({
      organ: "Assemblée générale",
      distribution: "Distr. générale",
      date: "31 décembre 2024",
      session: "Soixante-dix-neuvième session",
      agendaItem: "Point 98 de l'ordre du jour",
      agendaTitle: "Désarmement général et complet",
      documentType: "Résolution adoptée par l'Assemblée générale le 24 décembre 2024",
      basis: "sur la base du rapport de la Première Commission (A/79/408, par. 114)",
      resolutionNumber: "79/239",
      title: "L'intelligence artificielle dans le domaine militaire et ses conséquences pour la paix et la sécurité internationales",
    });
    expect(doc.closing).toEqual(["55e séance plénière (reprise)", "24 décembre 2024"]);
  });

  it("reads footnotes wherever the page break put them", () => {
    expect(doc.footnotes.map((f) => f.marker)).toEqual(["1", "2", "3", "4"]);
    expect(doc.footnotes[2]?.text).toBe("Nations Unies, Recueil des Traités, vol. 1342, n° 22495.");
    expect(doc.preamble[9]?.text.endsWith("désarmement¹,")).toBe(true);
    expect(doc.operative[4]?.text).toContain("notamment à l'Organisation des Nations Unies, en coopération");
    expect(doc.operative[5]?.phrase).toBe("Se déclare résolue");
    expect(doc.operative[8]?.text.endsWith("internationales ».")).toBe(true);
  });
});

describe("GA resolution 78/311 (no emphasis on preambular phrases, ^{er})", () => {
  const doc = seedResolution("res78311");

  it("has 15 preambular and 15 operative paragraphs, 1 footnote", () => {
    expect(counts(doc)).toEqual({ preamble: 15, operative: 15, subClauses: 0, footnotes: 1 });
  });

  it("detects the opening phrases without italics", () => {
    expect(doc.preamble.map((c) => c.phrase)).toEqual([
      "Réaffirmant",
      "Réaffirmant également",
      "Réaffirmant",
      "Considérant",
      "Considérant",
      "Soulignant",
      "Soulignant également",
      "Notant avec préoccupation",
      "Notant avec préoccupation également",
      "Prenant note",
      "Consciente",
      "Soulignant",
      "Notant",
      "Soulignant",
      "Considérant",
    ]);
    expect(doc.opening).toBe("L'Assemblée générale,");
  });

  it("reads the header, superscripts and the wrapped agenda title", () => {
    expect(doc.header).toMatchObject({
      date: "5 juillet 2024",
      session: "Soixante-dix-huitième session",
      agendaItem: "Point 13 de l'ordre du jour",
      documentType: "Résolution adoptée par l'Assemblée générale le 1er juillet 2024",
      basis: "sans renvoi à une grande commission (A/78/L.86)",
      resolutionNumber: "78/311",
    });
    expect(doc.header.agendaTitle?.startsWith("Application et suivi intégrés et coordonnés des textes issus des grandes")).toBe(true);
    expect(doc.header.agendaTitle?.endsWith("dans les domaines connexes")).toBe(true);
    expect(doc.closing).toEqual(["97e séance plénière", "1er juillet 2024"]);
    expect(doc.footnotes).toEqual([{ marker: "1", text: "Résolution 217 A (III)." }]);
  });

  it("joins paragraphs split by page breaks", () => {
    expect(doc.preamble[2]?.text).toContain("au service du développement durable »");
    expect(doc.operative[1]?.text).toContain("tout en veillant à respecter pleinement");
    expect(doc.operative[14]?.text.endsWith("relever ces défis.")).toBe(true);
  });
});

describe("Secretary-General's report A/80/… (reference document)", () => {
  const doc = seedReport();
  const headings = (level: number) => doc.blocks.filter((b) => b.type === "heading" && b.level === level);

  it("is a reference document with sections I–IV and subsections A–G", () => {
    expect(doc.kind).toBe("reference");
    expect(headings(1).map((h) => (h.type === "heading" ? h.label : null))).toEqual(["I", "II", "III", "IV"]);
    expect(headings(2).map((h) => (h.type === "heading" ? h.label : null))).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    expect(headings(3)).toHaveLength(27);
    expect(headings(1)[0]).toEqual({ type: "heading", level: 1, label: "I", text: "Introduction" });
  });

  it("has 91 numbered paragraphs in order, one summary paragraph and a)–d) items", () => {
    const numbered = doc.blocks.flatMap((b) => (b.type === "paragraph" && b.number !== null ? [b.number] : []));
    expect(numbered).toEqual(Array.from({ length: 91 }, (_, i) => i + 1));
    expect(doc.blocks.filter((b) => b.type === "paragraph" && b.number === null)).toHaveLength(1);
    expect(doc.blocks.filter((b) => b.type === "item").map((b) => (b.type === "item" ? b.label : ""))).toEqual(["a", "b", "c", "d"]);
  });

  it("reads the header and 37 footnotes (1–36 and *)", () => {
    expect(doc.header).toMatchObject({
      organ: "Assemblée générale",
      date: "22 juillet 2025",
      session: "Quatre-vingtième session",
      agendaItem: "Point 99 de l'ordre du jour provisoire*",
      documentType: "Rapport du Secrétaire général",
      title:
        "Dernières évolutions scientifiques et techniques et leurs incidences éventuelles sur l'action menée en matière de sécurité internationale et de désarmement",
    });
    expect(doc.footnotes).toHaveLength(37);
    expect(doc.footnotes[0]).toEqual({ marker: "*", text: "A/80/150." });
    expect(doc.footnotes.slice(1).map((f) => f.marker)).toEqual(Array.from({ length: 36 }, (_, i) => String(i + 1)));
  });

  it("joins paragraphs cut by page breaks, even when the next page starts a sentence", () => {
    const p66 = doc.blocks.find((b) => b.type === "paragraph" && b.number === 66);
    expect(p66?.text).toContain("classiques³³. Les techniques de fabrication additive");
    const p6 = doc.blocks.find((b) => b.type === "paragraph" && b.number === 6);
    expect(p6?.text).toContain("à assurer la sécurité des frontières, entre autres applications¹.");
  });
});
