/**
 * .docx export with the `docx` library, from the same blocks as Markdown: the header, the opening
 * line and preambular phrases in italics, numbered operative paragraphs with the verb in italics,
 * indented sub-clauses, footnotes at the end; tracked changes underlined (inserted) and struck
 * (deleted). Numbers and labels are text, not Word numbering, so a re-import reads them back.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { assertNever } from "../util/assert-never";
import { renderBlocks, type RenderBlock, type RenderOptions, type Run } from "./render-model";
import type { ParsedDocument } from "./types";
import { xmlSafe } from "./xml-safe";

const INDENT_TWIPS = 567; // 1 cm per sub-clause level
const INSERT_COLOR = "0B6E4F";
const DELETE_COLOR = "B42318";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function textRun(r: Run, lineBreak = false): TextRun {
  return new TextRun({
    text: xmlSafe(r.text),
    italics: r.italic,
    bold: r.bold,
    ...(r.change === "insert" ? { underline: {}, color: INSERT_COLOR } : {}),
    ...(r.change === "delete" ? { strike: true, color: DELETE_COLOR } : {}),
    ...(lineBreak ? { break: 1 } : {}),
  });
}

function paragraph(block: RenderBlock): Paragraph {
  switch (block.kind) {
    case "heading":
      return new Paragraph({ heading: HEADINGS[block.level - 1], children: block.runs.map((r) => textRun(r)) });
    case "paragraph": {
      const children = [...(block.prefix ? [new TextRun(xmlSafe(block.prefix))] : []), ...block.runs.map((r) => textRun(r))];
      return new Paragraph({
        children,
        spacing: { after: 160 },
        alignment: block.role === "clause" || block.role === "text" ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
        ...(block.indent > 0 ? { indent: { left: INDENT_TWIPS * block.indent } } : {}),
      });
    }
    case "lines":
      return new Paragraph({
        children: block.lines.flatMap((line, i) => line.map((r, j) => textRun(r, i > 0 && j === 0))),
        spacing: { before: 240 },
      });
    case "rule":
      return new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "auto", space: 1 } } });
    default:
      return assertNever(block);
  }
}

/** The document as .docx bytes (original, or with `pending` amendments as tracked changes). */
export async function renderDocx(doc: ParsedDocument, opts: RenderOptions = {}): Promise<Uint8Array> {
  const file = new Document({
    creator: "Hémicycle",
    title: xmlSafe([opts.status, doc.header.title ?? doc.header.question ?? "Résolution"].filter(Boolean).join(" — ")),
    styles: { default: { document: { run: { font: "Times New Roman", size: 24 } } } },
    sections: [{ children: renderBlocks(doc, opts).map(paragraph) }],
  });
  return Packer.pack(file, "uint8array");
}
