import { describe, expect, it } from "vitest";
import { candidateStyles, formatLabel, labelForDepth, toRoman, fromRoman } from "./labels";
import { detectPhrase, joinPhrase } from "./phrases";
import { cleanInline, leadingEmphasis, toSuperscript } from "./inline";
import { munField, splitList } from "./header";
import { parsedDocumentSchema, amendmentOpSchema } from "./schema";
import { parseSeed, SEED_FILES, type SeedName } from "./test-utils/seeds";

describe("labels", () => {
  it("generate a), i., A), I. by depth and read both letters and numerals", () => {
    expect([1, 2, 3, 4, 5].map((d) => formatLabel(labelForDepth(2, d), d))).toEqual(["b)", "ii.", "B)", "II.", "b)"]);
    expect(labelForDepth(27, 1)).toBe("aa");
    expect(toRoman(14)).toBe("xiv");
    expect(fromRoman("xiv")).toBe(14);
    expect(candidateStyles("i")).toEqual(["roman", "alpha"]);
    expect(candidateStyles("cf")).toEqual([]);
  });
});

describe("opening phrases without italics", () => {
  it.each([
    ["Réaffirmant également sa résolution", "Réaffirmant également"],
    ["Notant avec préoccupation également que", "Notant avec préoccupation également"],
    ["Prenant note à la fois des avantages", "Prenant note"],
    ["Se déclare résolue à réduire", "Se déclare résolue"],
    ["Se félicite de l'adoption", "Se félicite"],
    ["Est favorable à ce que", "Est favorable"],
    ["Invite instamment les États", "Invite instamment"],
    ["Bearing in mind the Charter", "Bearing in mind"],
    ["Further requests the Secretary-General", "Further requests"],
    ["Décide, en outre, de", "Décide"],
    ["Les États doivent agir", ""],
    ["L'Assemblée générale", ""],
  ])("%s → %s", (text, phrase) => {
    expect(detectPhrase(text).phrase).toBe(phrase);
  });

  it("rejoin phrase and rest without a space before punctuation", () => {
    const split = detectPhrase("Décide, en outre, de");
    expect(joinPhrase(split.phrase, split.rest)).toBe("Décide, en outre, de");
  });
});

describe("inline clean-up", () => {
  it("drops dead links, converts footnote and ordinal superscripts, strips emphasis", () => {
    expect(cleanInline("sa [résolution 2722](#) du 1<sup>er</sup> mai<sup>12</sup>, ^{3} *et al.*  ")).toBe(
      "sa résolution 2722 du 1er mai¹², ³ et al.",
    );
    expect(cleanInline("97^e séance, provisoire*")).toBe("97e séance, provisoire*");
    expect(cleanInline("outcome_document_ctc_final.pdf")).toBe("outcome_document_ctc_final.pdf");
    expect(toSuperscript("36")).toBe("³⁶");
    expect(leadingEmphasis("**Réaffirmant** sa")).toEqual({ phrase: "Réaffirmant", rest: "sa" });
    expect(leadingEmphasis("*Tout en italique,*")).toBeNull();
  });
});

describe("header helpers", () => {
  it("tolerate the PDF's 'SOU MIS PAR' and split sponsor lists", () => {
    expect(munField("SOU MIS PAR: Royaume-Uni")).toEqual({ field: "submittedBy", value: "Royaume-Uni" });
    expect(munField("Original : anglais")).toBeNull();
    expect(splitList("Chine, Iran (République islamique d'), Venezuela (République bolivarienne du) et Zimbabwe")).toEqual([
      "Chine",
      "Iran (République islamique d')",
      "Venezuela (République bolivarienne du)",
      "Zimbabwe",
    ]);
    expect(splitList("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord")).toEqual([
      "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    ]);
  });
});

describe("zod schemas", () => {
  it("accept every parsed seed and the three amendment kinds, reject garbage", () => {
    for (const name of Object.keys(SEED_FILES) as SeedName[]) {
      expect(parsedDocumentSchema.safeParse(parseSeed(name)).success).toBe(true);
    }
    expect(parsedDocumentSchema.safeParse({ kind: "resolution" }).success).toBe(false);
    expect(amendmentOpSchema.safeParse({ kind: "delete", targetId: "op2/a" }).success).toBe(true);
    expect(
      amendmentOpSchema.safeParse({ kind: "add", section: "operative", parentId: null, afterId: "op1", text: "Décide ;" }).success,
    ).toBe(true);
    expect(amendmentOpSchema.safeParse({ kind: "replace", targetId: "op1", text: "" }).success).toBe(false);
  });
});
