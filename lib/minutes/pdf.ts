/**
 * minutes.pdf (server only): the procès-verbal drawn by pdfkit in Noto Serif (embedded, so every
 * accent and « » prints as written), A4, page numbers, from the same outline as minutes.md.
 */
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { MinutesOutline } from "./outline";

const require = createRequire(import.meta.url);
export const FONTS = {
  regular: require.resolve("@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff"),
  bold: require.resolve("@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff"),
  italic: require.resolve("@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff"),
};
const MARGIN = 56;
const TIME_WIDTH = 52;
const INK = "#111827";
const GREY = "#4b5563";

/**
 * The Latin subset of Noto Serif has no narrow no-break space (U+202F): pdfkit would draw an empty
 * box before every « : » of French typography. The no-break space (U+00A0) it has keeps the same
 * rule — the sign never starts a line — a little wider.
 */
export function printable<T>(value: T): T {
  if (typeof value === "string") return value.replace(/\u202f/g, "\u00a0") as T;
  if (Array.isArray(value)) return value.map(printable) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printable(v)])) as T;
  }
  return value;
}

export function minutesPdf(source: MinutesOutline, options: { lang: string; now?: Date }): Promise<Uint8Array> {
  const outline = printable(source);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: options.lang,
    displayTitle: true,
    info: { Title: `${outline.heading} — ${outline.title}`, Creator: "Hémicycle", ...(options.now ? { CreationDate: options.now } : {}) },
  });
  doc.registerFont("regular", FONTS.regular);
  doc.registerFont("bold", FONTS.bold);
  doc.registerFont("italic", FONTS.italic);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  doc.font("bold").fontSize(10).fillColor(GREY).text(outline.heading.toLocaleUpperCase(options.lang), { characterSpacing: 0.5 });
  doc.moveDown(0.3).font("bold").fontSize(18).fillColor(INK).text(outline.title);
  doc.moveDown(0.4).font("regular").fontSize(10).fillColor(GREY);
  for (const line of outline.meta) doc.text(line);
  doc.moveDown(0.3).font("bold").fillColor(INK).text(outline.textStatus);
  if (outline.drafts) {
    doc.moveDown(0.6).font("bold").fontSize(12).text(outline.drafts.heading);
    doc.font("regular").fontSize(10);
    for (const line of outline.drafts.lines) doc.text(`• ${line}`);
  }

  doc.moveDown(1).font("bold").fontSize(14).text(outline.sections.record);
  doc.moveDown(0.4);
  for (const entry of outline.entries) {
    const y = doc.y;
    if (y > doc.page.height - MARGIN - 40) doc.addPage();
    const top = doc.y;
    doc.font("regular").fontSize(9).fillColor(GREY).text(entry.time, MARGIN, top, { width: TIME_WIDTH });
    doc.y = top;
    for (const line of entry.lines) {
      const font = line.style === "strong" ? "bold" : line.style === "quote" ? "italic" : "regular";
      doc
        .font(font)
        .fontSize(line.style === "note" ? 9 : 10.5)
        .fillColor(line.style === "note" ? GREY : INK);
      doc.text(line.text, MARGIN + TIME_WIDTH, doc.y, { width: width - TIME_WIDTH, indent: line.style === "quote" ? 8 : 0 });
    }
    doc.x = MARGIN;
    doc.moveDown(0.35);
  }

  doc.addPage().font("bold").fontSize(14).fillColor(INK).text(outline.sections.votes);
  if (outline.votes.length === 0) doc.moveDown(0.4).font("regular").fontSize(10.5).text(outline.noVotes);
  for (const vote of outline.votes) {
    if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
    doc.moveDown(0.8).font("bold").fontSize(11.5).fillColor(INK).text(vote.caption);
    doc.font("regular").fontSize(9).fillColor(GREY).text(vote.detail);
    doc.moveDown(0.2).font("bold").fontSize(10.5).fillColor(INK).text(vote.verdict);
    doc.font("regular").fontSize(10);
    for (const line of [vote.counts, vote.majority, ...vote.groups]) if (line) doc.text(line);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Inside the bottom margin: lift it, or pdfkit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(GREY)
      .text(`${i + 1} / ${range.count}`, MARGIN, doc.page.height - MARGIN / 2, { width, align: "center", lineBreak: false });
  }
  doc.end();
  return done;
}
