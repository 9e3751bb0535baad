/**
 * The importer's entry point for text: guards (empty, binary, too large), then lines → blocks →
 * header + body, for a resolution or a reference document. Never throws: bad input is an error
 * code, imperfect input a list of warnings.
 */
import { lex, type Block } from "./lexer";
import { cleanInline, leadingEmphasis } from "./inline";
import { headerLines, munField, parseHeader } from "./header";
import { detectPhrase } from "./phrases";
import { isOpeningLine, rawText } from "./clause-builder";
import { parseResolutionBody } from "./parse-resolution";
import { checkResolution } from "./check-resolution";
import { looksLikeHeading, parseReferenceBody } from "./parse-reference";
import { makeError } from "./messages";
import { isRoman } from "./labels";
import type { DocumentLanguage, Footnote, ParseErrorCode, ParseOptions, ParseResult, ReferenceDocument, ResolutionDocument } from "./types";

export const DEFAULT_MAX_BYTES = 1_000_000;

function fail(code: ParseErrorCode, params: Record<string, string | number> = {}): ParseResult {
  return { ok: false, error: makeError(code, params) };
}

/** UTF-8 size without allocating for huge strings. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** NUL bytes, or many control / replacement characters: a binary file read as text. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 20_000);
  let odd = 0;
  for (const c of sample) {
    const code = c.codePointAt(0) ?? 0;
    if ((code < 32 && c !== "\n" && c !== "\r" && c !== "\t" && c !== "\f") || code === 0xfffd || (code >= 0x7f && code < 0xa0)) odd++;
  }
  return odd > 8 && odd / Math.max(1, sample.length) > 0.02;
}

/** BOM, line endings, form feeds (page breaks) and tabs normalised; line numbers unchanged. */
function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\f\v]/g, "")
    .replace(/\t/g, " ");
}

function detectLanguage(text: string): DocumentLanguage {
  const sample = text.slice(0, 50_000).toLowerCase();
  const fr = sample.match(/\b(?:le|la|les|des|du|et|une|dans|pour)\b/g)?.length ?? 0;
  const en = sample.match(/\b(?:the|of|and|to|in|its|with|for)\b/g)?.length ?? 0;
  return en > fr ? "en" : "fr";
}

function footnotesOf(blocks: readonly Block[]): Footnote[] {
  return blocks.filter((b) => b.kind === "footnote").map((b) => ({ marker: b.footnoteMarker, text: cleanInline(rawText(b)) }));
}

/** Where a resolution's body starts: its opening line, its first clause, or its first number. */
function resolutionBodyStart(blocks: readonly Block[]): number {
  const index = blocks.findIndex((b) => {
    if (b.kind === "numbered") return true;
    if (b.kind !== "text" && b.kind !== "heading") return false;
    const raw = rawText(b);
    const text = cleanInline(raw);
    if (isOpeningLine(text)) return true;
    if (b.kind === "heading" || munField(text) !== null) return false;
    // An italic opening phrase ("*Rappelant* …"): single-star emphasis, not a bold header line.
    if (/^[*_](?![*_])/.test(raw.trim()) && leadingEmphasis(raw) !== null) return true;
    return /,$/.test(text) && detectPhrase(text).phrase !== "";
  });
  return index < 0 ? blocks.length : index;
}

const SUMMARY = /^(?:résumé|summary|introduction)$/i;

/** Where a report's body starts: its summary, first section heading or numbered paragraph. */
function referenceBodyStart(blocks: readonly Block[]): number {
  const index = blocks.findIndex((b) => {
    if (b.kind === "numbered") return true;
    const text = cleanInline(rawText(b));
    if (b.kind === "label") return isRoman(b.label) && b.label === b.label.toUpperCase() && looksLikeHeading(text);
    if (b.kind === "heading") return SUMMARY.test(text) || /^[IVX]{1,5}\.\s/.test(text);
    return b.kind === "text" && SUMMARY.test(text);
  });
  return index < 0 ? blocks.length : index;
}

function decideKind(blocks: readonly Block[], opts: ParseOptions): "resolution" | "reference" {
  if (opts.kind === "resolution" || opts.kind === "reference") return opts.kind;
  const start = resolutionBodyStart(blocks);
  const head = blocks.slice(0, start);
  const opening = blocks[start] !== undefined && isOpeningLine(cleanInline(rawText(blocks[start] as Block)));
  if (opening || head.some((b) => munField(cleanInline(rawText(b))) !== null)) return "resolution";
  const header = parseHeader(headerLines(head));
  if (header.documentType !== null && /^(?:rapport|report|note|lettre|letter)/i.test(header.documentType)) return "reference";
  const sectionHeading = blocks.some((b) => b.kind === "label" && /^[IVX]+$/.test(b.label) && looksLikeHeading(cleanInline(rawText(b))));
  return sectionHeading ? "reference" : "resolution";
}

/** Parse text (the seed format, plain text or Markdown). Synchronous; never throws. */
export function parseText(input: string, opts: ParseOptions = {}): ParseResult {
  try {
    return parseTextUnchecked(input, opts);
  } catch {
    // A bug must not take the server down with a user's file: report it as unreadable.
    return fail("document.no_clauses");
  }
}

/** Same as parseText without the safety net; the fuzz tests call it to see real exceptions. */
export function parseTextUnchecked(input: string, opts: ParseOptions): ParseResult {
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.length > limit) return fail("document.too_large", { size: utf8Length(input), limit });
  const size = utf8Length(input);
  if (size > limit) return fail("document.too_large", { size, limit });
  if (looksBinary(input)) return fail("document.binary");
  const text = normalise(input);
  if (text.trim() === "") return fail("document.empty");

  const blocks = lex(text);
  const kind = decideKind(blocks, opts);
  const language = detectLanguage(text);
  const footnotes = footnotesOf(blocks);

  if (kind === "reference") {
    const start = referenceBodyStart(blocks);
    const header = parseHeader(headerLines(blocks.slice(0, start)));
    const body = parseReferenceBody(blocks.slice(start));
    if (!body.some((b) => b.type === "paragraph")) return fail("document.no_clauses");
    const document: ReferenceDocument = { kind: "reference", language, header, blocks: body, footnotes };
    return { ok: true, document, warnings: [] };
  }

  const start = resolutionBodyStart(blocks);
  const header = parseHeader(headerLines(blocks.slice(0, start)));
  const body = parseResolutionBody(blocks.slice(start));
  if (body.preamble.length === 0 && body.operative.length === 0) return fail("document.no_clauses");
  const document: ResolutionDocument = {
    kind: "resolution",
    language,
    header,
    opening: body.opening,
    preamble: body.preamble,
    operative: body.operative,
    closing: body.closing,
    footnotes,
  };
  const warnings = [...body.warnings, ...checkResolution(document, body.lines)].sort((a, b) => a.line - b.line);
  return { ok: true, document, warnings };
}
