/**
 * A teacher's draft, uploaded (.docx, .md, .txt) or pasted, read by lib/resolution's importer.
 * Nothing is stored here: the preview and the save both call this, so what the teacher saw is
 * what is saved. A .docx is stored as the text the importer read from it (the same tree again).
 */
import { docxToText, isZip } from "@/lib/resolution/parse-docx";
import { parseText } from "@/lib/resolution/parse";
import type { ParseWarning, ResolutionDocument } from "@/lib/resolution/types";
import { sponsorNames } from "@/lib/session/create";
import { codeForCountryName } from "@/lib/session/country-names";

/** Upload limit (the file as sent), and the text limit once a .docx is unzipped. */
import { MAX_IMPORT_BYTES } from "@/lib/protocol/http";

export { MAX_IMPORT_BYTES };

export type ImportResult =
  | {
      ok: true;
      text: string;
      document: ResolutionDocument;
      warnings: ParseWarning[];
      /** Each state the header names, with its member code when the name is recognised. */
      sponsors: Array<{ name: string; code: string | null }>;
    }
  | { ok: false; code: string; params?: Record<string, string | number> };

export async function importDraft(input: { bytes: Uint8Array; fileName?: string } | { text: string }): Promise<ImportResult> {
  let text: string;
  if ("text" in input) text = input.text;
  else {
    const { bytes, fileName = "" } = input;
    if (bytes.byteLength === 0) return { ok: false, code: "document.empty" };
    if (bytes.byteLength > MAX_IMPORT_BYTES)
      return { ok: false, code: "document.too_large", params: { size: bytes.byteLength, limit: MAX_IMPORT_BYTES } };
    if (isZip(bytes)) {
      const read = await docxToText(bytes);
      if (read === null) return { ok: false, code: "docx.invalid" };
      text = read;
    } else if (/\.docx$/i.test(fileName)) {
      // Named .docx but not a zip (an image renamed, a truncated download): say it plainly.
      return { ok: false, code: "docx.invalid" };
    } else text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  }
  const parsed = parseText(text, { maxBytes: MAX_IMPORT_BYTES });
  // Text with no clause at all is, for the teacher, simply not a draft resolution.
  if (!parsed.ok && parsed.error.code === "document.no_clauses") return { ok: false, code: "library.not_a_resolution" };
  if (!parsed.ok) return { ok: false, code: parsed.error.code, params: parsed.error.params };
  if (parsed.document.kind !== "resolution" || parsed.document.operative.length === 0)
    return { ok: false, code: "library.not_a_resolution" };
  const sponsors = sponsorNames(parsed.document.header).map((name) => ({ name, code: codeForCountryName(name) }));
  return { ok: true, text, document: parsed.document, warnings: parsed.warnings, sponsors };
}
