import { describe, expect, it } from "vitest";
import { parseText } from "./parse";
import { renderMarkdown } from "./render-markdown";
import { renderPlainText } from "./render-text";
import { ENGLISH_DRAFT, NESTED_DRAFT, parseDraft } from "./test-utils/drafts";
import { parseSeed, SEED_FILES, type SeedName } from "./test-utils/seeds";

describe("parse(renderMarkdown(doc)) equals doc", () => {
  for (const name of Object.keys(SEED_FILES) as SeedName[]) {
    it(`for ${name}`, () => {
      const doc = parseSeed(name);
      const again = parseText(renderMarkdown(doc));
      expect(again.ok).toBe(true);
      if (!again.ok) return;
      expect(again.document).toEqual(doc);
      expect(again.warnings).toEqual([]);
    });
  }

  it("for a draft with nested sub-clauses and co-signatories", () => {
    const doc = parseDraft(NESTED_DRAFT);
    expect(parseDraft(renderMarkdown(doc))).toEqual(doc);
  });

  it("for an English draft with (a) labels", () => {
    const doc = parseDraft(ENGLISH_DRAFT);
    expect(doc.language).toBe("en");
    expect(parseDraft(renderMarkdown(doc))).toEqual(doc);
  });

  it("is stable: rendering the re-parsed document gives the same Markdown", () => {
    const doc = parseSeed("ukDraft");
    const markdown = renderMarkdown(doc);
    const again = parseText(markdown);
    expect(again.ok && renderMarkdown(again.document)).toBe(markdown);
  });
});

describe("renderMarkdown: UN layout", () => {
  const md = renderMarkdown(parseSeed("ukDraft"));

  it("prints the MUN header, italic opening and phrases, numbered operative clauses", () => {
    expect(md).toContain("# CONSEIL DE SÉCURITÉ\n\n**FORUM\u202f: Conseil de sécurité**");
    expect(md).toContain("**SOUMIS PAR\u202f: Royaume-Uni**");
    expect(md).toContain("*Le Conseil de sécurité,*\n\n*Réaffirmant* sa responsabilité première");
    expect(md).toContain("\n\n1. *Invite* les États membres");
    expect(md).toContain("*Ayant à l'esprit l'intervention du secrétaire général de l'ONU*, Antonio Guterres");
    expect(md.endsWith("par exemple.\n")).toBe(true);
  });

  it("prints sub-clauses with their labels and footnotes at the end", () => {
    const nested = renderMarkdown(parseDraft(NESTED_DRAFT));
    expect(nested).toContain("\n\na) de renforcer leurs capacités ;\n\nb) de coopérer :\n\ni. au niveau régional ;");
    expect(nested).toContain("**CO-SIGNATAIRES\u202f: Chine, Royaume-Uni de Grande-Bretagne et d'Irlande du Nord, Brésil**");
    expect(nested.endsWith("---\n\n¹ Voir S/2024/1.\n")).toBe(true);
  });

  it("prints the sponsors line of a UN draft", () => {
    expect(renderMarkdown(parseSeed("gaDraft"))).toContain(
      "Venezuela (République bolivarienne du) et Zimbabwe\u202f: projet de résolution**",
    );
  });
});

describe("renderPlainText", () => {
  it("indents sub-clauses and drops the markup", () => {
    const text = renderPlainText(parseDraft(NESTED_DRAFT));
    expect(text).toContain(
      "\n\n2. Demande aux États :\n\n    a) de renforcer leurs capacités ;\n\n    b) de coopérer :\n\n        i. au niveau régional ;",
    );
    expect(text).not.toContain("*");
  });
});
