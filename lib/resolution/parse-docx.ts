/**
 * .docx import: mammoth turns the Word file into HTML, ./html-to-text into the text the importer
 * reads. Asynchronous (mammoth unzips); never throws.
 */
import mammoth from "mammoth";
import { htmlToText } from "./html-to-text";
import { makeError } from "./messages";
import { DEFAULT_MAX_BYTES, parseText } from "./parse";
import type { ParseOptions, ParseResult } from "./types";

/** A zip file (.docx is one) starts with "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The .docx's text in the importer's format, or null when mammoth cannot read it. */
export async function docxToText(bytes: Uint8Array): Promise<string | null> {
  try {
    const input =
      typeof Buffer !== "undefined"
        ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
        : { arrayBuffer: bytes.slice().buffer };
    const { value } = await mammoth.convertToHtml(input);
    return htmlToText(value);
  } catch {
    return null;
  }
}

/** .docx bytes → the same tree as the text importer. A zipped .docx may be 10 × its text. */
export async function parseDocx(bytes: Uint8Array, opts: ParseOptions = {}): Promise<ParseResult> {
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength === 0) return { ok: false, error: makeError("document.empty") };
  if (bytes.byteLength > limit * 10)
    return { ok: false, error: makeError("document.too_large", { size: bytes.byteLength, limit: limit * 10 }) };
  if (!isZip(bytes)) return { ok: false, error: makeError("docx.invalid") };
  const text = await docxToText(bytes);
  if (text === null) return { ok: false, error: makeError("docx.invalid") };
  return parseText(text, opts);
}

/** Bytes of an uploaded file: a .docx (zip) or UTF-8 text. */
export async function parseBytes(bytes: Uint8Array, opts: ParseOptions = {}): Promise<ParseResult> {
  if (isZip(bytes)) return parseDocx(bytes, opts);
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > limit) return { ok: false, error: makeError("document.too_large", { size: bytes.byteLength, limit }) };
  return parseText(new TextDecoder("utf-8", { fatal: false }).decode(bytes), opts);
}

/** The entry point: text, or `{ docx: bytes }`. */
export async function parseDocument(input: string | { docx: Uint8Array }, opts: ParseOptions = {}): Promise<ParseResult> {
  return typeof input === "string" ? parseText(input, opts) : parseDocx(input.docx, opts);
}
