/** What an amendment's text may smuggle into the exports (#9, #13). */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { applyAmendment } from "./amend";
import { renderDocx } from "./render-docx";
import { renderMarkdown } from "./render-markdown";
import { parseText } from "./parse";
import { seedResolution } from "./test-utils/seeds";
import type { ResolutionDocument } from "./types";

function amended(text: string): ResolutionDocument {
  const result = applyAmendment(seedResolution("ukDraft"), { kind: "replace", targetId: "op3", text }, "A1");
  if (!result.ok) throw new Error(result.error.code);
  return result.document;
}

describe("exports of a hostile text", () => {
  it("the .docx drops every character XML forbids: its XML stays well-formed", async () => {
    const doc = amended("Propose\uFFFE un fonds\uFFFF international\u0001\u000B pour l'IA \uD800 ;");
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    for (const name of ["word/document.xml", "docProps/core.xml"]) {
      const xml = await zip.file(name)!.async("string");
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
    }
    expect(await zip.file("word/document.xml")!.async("string")).toContain("un fonds international pour l");
  });

  it("the Markdown escapes the text's HTML (only the export's own <ins> is markup) and reads back the same", () => {
    const doc = amended("Propose <script>alert(1)</script> <img src=x onerror=alert(1)> & co ;");
    const markdown = renderMarkdown(doc);
    expect(markdown).not.toContain("<script>");
    expect(markdown).not.toContain("<img");
    expect(markdown).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp; co");
    const back = parseText(markdown);
    expect(back.ok && (back.document as ResolutionDocument).operative[2]?.text).toBe(doc.operative[2]?.text);
  });
});
