import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { isZip, parseBytes, parseDocument, parseDocx } from "./parse-docx";
import { renderDocx } from "./render-docx";
import { htmlToText } from "./html-to-text";
import { NESTED_DRAFT, parseDraft } from "./test-utils/drafts";
import { parseSeed, readSeed, SEED_FILES, type SeedName } from "./test-utils/seeds";

describe("a .docx produced by the exporter re-imports to the same tree", () => {
  for (const name of Object.keys(SEED_FILES) as SeedName[]) {
    it(name, async () => {
      const doc = parseSeed(name);
      const bytes = await renderDocx(doc);
      expect(isZip(bytes)).toBe(true);
      const back = await parseDocx(bytes);
      expect(back.ok && back.document).toEqual(doc);
      expect(back.ok && back.warnings).toEqual([]);
    });
  }

  it("with nested sub-clauses and footnotes", async () => {
    const doc = parseDraft(NESTED_DRAFT);
    const back = await parseDocument({ docx: await renderDocx(doc) });
    expect(back.ok && back.document).toEqual(doc);
  });
});

describe("renderDocx", () => {
  it("uses italics for phrases, and underline / strike for tracked changes", async () => {
    const doc = parseSeed("ukDraft");
    const bytes = await renderDocx(doc, {
      pending: [
        { amendmentId: "A1", op: { kind: "replace", targetId: "op3", text: "*Propose* la création d'un fonds international pour l'IA," } },
      ],
    });
    // mammoth maps strike to <s>; underline needs a style-map entry.
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["u => ins"] });
    expect(html).toContain("<h1>CONSEIL DE SÉCURITÉ</h1><p><strong>FORUM\u202f: Conseil de sécurité</strong></p>");
    expect(html).toContain("<p><em>Le Conseil de sécurité,</em></p><p><em>Réaffirmant</em> sa responsabilité");
    expect(html).toContain(
      "<p>3. <em>Propose</em> la création d'un <s>fond</s><ins>fonds</ins> international pour l'IA<s> en encourageant",
    );
  });
});

describe("parseBytes", () => {
  it("reads UTF-8 text and .docx alike", async () => {
    const text = await parseBytes(new TextEncoder().encode(readSeed("ukDraft")));
    const docx = await parseBytes(await renderDocx(parseSeed("ukDraft")));
    expect(text).toMatchObject({ ok: true });
    expect(docx).toMatchObject({ ok: true });
    expect(docx.ok && docx.document).toEqual(parseSeed("ukDraft"));
    expect(text.ok && text.document).toEqual(parseSeed("ukDraft"));
  });

  it("refuses an oversized upload", async () => {
    const result = await parseBytes(new Uint8Array(2_000_000).fill(65));
    expect(!result.ok && result.error.code).toBe("document.too_large");
  });
});

describe("htmlToText (a user's own Word file through mammoth)", () => {
  it("turns Word numbering into 1., a), i. and keeps emphasis outside spaces", () => {
    const html =
      "<p><em>Le Conseil de sécurité,</em></p><p><em>Rappelant </em>sa résolution,</p>" +
      "<ol><li><em>Demande</em> aux États :<ol><li>de coopérer ;<ol><li>au niveau régional ;</li></ol></li></ol></li><li><strong>Décide</strong> de rester saisi.</li></ol>";
    expect(htmlToText(html)).toBe(
      "*Le Conseil de sécurité,*\n\n*Rappelant* sa résolution,\n\n1. *Demande* aux États :\n\na) de coopérer ;\n\ni. au niveau régional ;\n\n2. **Décide** de rester saisi.",
    );
  });

  it("reads Word footnotes as <sup> references and footnote lines", () => {
    const html =
      '<p><em>Rappelant</em> sa résolution<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>,</p>' +
      '<ol><li id="footnote-1"><p> Voir S/RES/2722. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    const text = htmlToText(html);
    expect(text).toContain("*Rappelant* sa résolution<sup>1</sup>,");
    expect(text).toContain("<sup>1</sup> Voir S/RES/2722.");
  });

  it("decodes entities and headings", () => {
    expect(htmlToText("<h1>Conseil &amp; s&#233;curit&#xE9;</h1><p>a&nbsp;b &lt;c&gt;</p>")).toBe("# Conseil & sécurité\n\na b <c>");
  });
});
