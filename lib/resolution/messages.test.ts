import { describe, expect, it } from "vitest";
import fr from "./messages/fr.json" with { type: "json" };
import en from "./messages/en.json" with { type: "json" };
import { formatMessage, lookupMessage, makeError } from "./messages";
import type { AmendmentErrorCode, ParseErrorCode, WarningCode } from "./types";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))),
  );
}

// Every code the module can produce, with the params it sends.
const WARNINGS: Record<WarningCode, string[]> = {
  "clause.preamble_punctuation": ["line", "clause", "found"],
  "clause.operative_punctuation": ["line", "clause", "found"],
  "clause.final_period": ["line", "clause", "found"],
  "clause.subclause_punctuation": ["line", "clause"],
  "clause.no_opening_phrase": ["line", "clause"],
  "clause.no_opening_verb": ["line", "clause"],
  "clause.numbering_gap": ["line", "clause", "expected", "found"],
  "clause.label_gap": ["line", "clause", "expected", "found"],
  "clause.missing_number": ["line", "clause", "number"],
  "clause.empty": ["line", "clause"],
  "clause.orphan_subclause": ["line", "label"],
  "document.no_operative_clauses": ["line"],
  "footnote.undefined": ["line", "clause", "marker"],
};
const ERRORS: Record<ParseErrorCode | AmendmentErrorCode, string[]> = {
  "document.empty": [],
  "document.binary": [],
  "document.too_large": ["size", "limit"],
  "document.no_clauses": [],
  "docx.invalid": [],
  "amendment.reference_document": [],
  "amendment.invalid_id": ["amendmentId"],
  "amendment.duplicate_id": ["clause"],
  "amendment.unknown_clause": ["clause"],
  "amendment.unknown_after": ["clause"],
  "amendment.wrong_section": ["clause", "section"],
  "amendment.empty_text": [],
  "amendment.too_deep": ["clause", "max"],
  "amendment.too_many_clauses": ["max"],
};

describe("messages", () => {
  const frFlat = flatten(fr as Tree);
  const enFlat = flatten(en as Tree);

  it("fr and en have the same keys", () => {
    expect(Object.keys(frFlat).sort()).toEqual(Object.keys(enFlat).sort());
  });

  it("cover every warning and error code, using only the params sent", () => {
    const codes = { ...WARNINGS, ...ERRORS };
    expect(Object.keys(frFlat).sort()).toEqual(Object.keys(codes).sort());
    for (const [code, params] of Object.entries(codes)) {
      for (const message of [frFlat[code], enFlat[code]]) {
        expect(message, code).toBeTypeOf("string");
        const used = [...(message ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        for (const name of used) expect(params, `${code} uses {${name}}`).toContain(name);
      }
    }
    // Warnings point at a line.
    for (const code of Object.keys(WARNINGS)) expect(frFlat[code]).toContain("{line}");
  });

  it("format errors in English for logs", () => {
    expect(makeError("document.too_large", { size: 5, limit: 1 }).message).toBe("The document is too large (5 bytes; limit: 1 bytes).");
    expect(formatMessage("a {x} {y}", { x: 1 })).toBe("a 1 {y}");
    expect(lookupMessage(fr as Tree, "clause")).toBeUndefined();
  });
});
