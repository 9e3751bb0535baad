import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTextUnchecked } from "./parse";
import { parseBytes } from "./parse-docx";
import { renderMarkdown } from "./render-markdown";
import { labelForDepth } from "./labels";
import type { OperativeClause, ParseResult, PreambularClause, ResolutionDocument, SubClause } from "./types";
import { emptyHeader } from "./header";
import { readSeed, SEED_FILES, type SeedName } from "./test-utils/seeds";

const ERROR_CODES = ["document.empty", "document.binary", "document.too_large", "document.no_clauses", "docx.invalid"];

function wellFormed(result: ParseResult): boolean {
  if (!result.ok) return ERROR_CODES.includes(result.error.code) && result.error.message !== "";
  // Documents are JSON data: serialising loses nothing (no undefined field, Date, NaN, class instance…).
  return (
    isDeepStrictEqual(JSON.parse(JSON.stringify(result.document)), result.document) &&
    result.warnings.every((w) => Number.isInteger(w.line) && w.line >= 1)
  );
}

/** Pieces of the seed syntax, to reach deep into the parser rather than stop at "no clauses". */
const FRAGMENTS = [
  "1. ",
  "2. ",
  "12) ",
  "a) ",
  "b) ",
  "(c) ",
  "i. ",
  "ii. ",
  "A) ",
  "- ",
  "* ",
  "*",
  "**",
  "_",
  "\n",
  "\n\n",
  "\n\n\n\n",
  "Rappelant ",
  "*Notant*",
  "*Décide*",
  " de ",
  " ;",
  ",",
  ".",
  ":",
  "<sup>1</sup>",
  "<sup>e</sup>",
  "^{er}",
  "¹",
  "²³",
  "[texte](#)",
  "# ",
  "## ",
  "---",
  "FORUM: ",
  "SOU MIS PAR: ",
  "QUESTION: ",
  "Le Conseil de sécurité,",
  "L'Assemblée générale,",
  "Distr. générale",
  "12 octobre 2023",
  "Point 4 de l'ordre du jour",
  "A, B et C : projet de résolution",
  "79/239. Titre",
  "I. Introduction",
  "Résumé",
  "Rapport du Secrétaire général",
  "[sur la base]",
  "« ",
  " »",
  "\u00a0",
  "\t",
  "\r\n",
  "é",
];

const markdownish = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...FRAGMENTS), weight: 6 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 }), {
    maxLength: 150,
  })
  .map((parts) => parts.join(""));

/** A bundled document with random cuts and insertions (a damaged or half-edited draft). */
const SEEDS = (Object.keys(SEED_FILES) as SeedName[]).map(readSeed);
const mutatedSeed = fc
  .tuple(
    fc.nat({ max: SEEDS.length - 1 }),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 400 }), fc.constantFrom(...FRAGMENTS)), { maxLength: 12 }),
  )
  .map(([index, edits]) =>
    edits.reduce((text, [at, cut, insert]) => {
      const pos = Math.floor(at * text.length);
      return text.slice(0, pos) + insert + text.slice(pos + cut);
    }, SEEDS[index] ?? ""),
  );

describe("the importer never throws", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000, unit: "binary" }), (s) => wellFormed(parseTextUnchecked(s, {}))),
      { numRuns: 300 },
    );
  });

  it("on Markdown-ish strings made of the seed syntax", () => {
    fc.assert(
      fc.property(markdownish, (s) => wellFormed(parseTextUnchecked(s, {}))),
      { numRuns: 500 },
    );
  });

  it("on damaged copies of the bundled documents", () => {
    fc.assert(
      fc.property(mutatedSeed, (s) => wellFormed(parseTextUnchecked(s, {}))),
      { numRuns: 150 },
    );
  });

  it("on arbitrary bytes, zipped or not", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, zip) => {
        const input = zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        return wellFormed(await parseBytes(input));
      }),
      { numRuns: 200 },
    );
  });
});

// ——— generated drafts round-trip through Markdown ———

const WORDS = [
  "les",
  "États",
  "membres",
  "de",
  "la",
  "paix",
  "sécurité",
  "internationale",
  "coopération",
  "(UIT)",
  "2024",
  "l'IA",
  "« Pacte »",
  "A/78/265",
  "et",
  "notamment",
  "à",
];
const PREAMBLE = ["Rappelant", "Réaffirmant également", "Notant avec préoccupation", "Prenant note", "Consciente", "Soulignant"];
const OPERATIVE = ["Décide", "Invite", "Prie également", "Se félicite", "Encourage vivement", "Demande"];

const words = (min: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: 12 }).map((w) => w.join(" "));

function subClauses(depth: number, parentId: string): fc.Arbitrary<SubClause[]> {
  if (depth > 3) return fc.constant([]);
  return fc.array(fc.tuple(words(1), fc.constantFrom(" ;", " :", ",")), { maxLength: depth === 1 ? 3 : 2 }).chain((items) =>
    fc.tuple(...items.map((_, i) => subClauses(depth + 1, `${parentId}/${labelForDepth(i + 1, depth)}`))).map((children) =>
      items.map(([text, end], i) => {
        const label = labelForDepth(i + 1, depth);
        return { id: `${parentId}/${label}`, label, text: text + end, subClauses: children[i] ?? [] };
      }),
    ),
  );
}

const resolution: fc.Arbitrary<ResolutionDocument> = fc
  .record({
    forum: fc.constantFrom("Conseil de sécurité", "Assemblée générale"),
    submittedBy: fc.constantFrom("France", "Royaume-Uni", "Brésil"),
    preamble: fc.array(fc.tuple(fc.constantFrom(...PREAMBLE), words(1)), { minLength: 1, maxLength: 4 }),
    operative: fc.array(fc.tuple(fc.constantFrom(...OPERATIVE), words(1)), { minLength: 1, maxLength: 4 }),
    notes: fc.array(words(1), { maxLength: 2 }),
  })
  .chain((r) =>
    fc.tuple(...r.operative.map((_, i) => subClauses(1, `op${i + 1}`))).map((subs): ResolutionDocument => {
      const preamble: PreambularClause[] = r.preamble.map(([phrase, text], i) => ({
        id: `pp${i + 1}`,
        phrase,
        text: `${text},`,
        subClauses: [],
      }));
      const operative: OperativeClause[] = r.operative.map(([phrase, text], i) => ({
        id: `op${i + 1}`,
        number: i + 1,
        phrase,
        text: `${text}${i === r.operative.length - 1 ? "." : " ;"}`,
        subClauses: subs[i] ?? [],
      }));
      return {
        kind: "resolution",
        language: "fr",
        header: { ...emptyHeader(), forum: r.forum, submittedBy: r.submittedBy },
        opening: "Le Conseil de sécurité,",
        preamble,
        operative,
        closing: [],
        footnotes: r.notes.map((text, i) => ({ marker: String(i + 1), text: `${text}.` })),
      };
    }),
  );

describe("export then import is stable on damaged drafts", () => {
  // Edits after the header (header lines are matched by position and are not meant to survive
  // arbitrary garbage); fixed seed so the suite is deterministic.
  const bodyEdits = fc
    .tuple(
      fc.nat({ max: SEEDS.length - 1 }),
      fc.array(fc.tuple(fc.double({ min: 0.35, max: 1, noNaN: true }), fc.nat({ max: 200 }), fc.constantFrom(...FRAGMENTS)), {
        maxLength: 6,
      }),
    )
    .map(([index, edits]) =>
      edits.reduce((text, [at, cut, insert]) => {
        const pos = Math.floor(at * text.length);
        return text.slice(0, pos) + insert + text.slice(pos + cut);
      }, SEEDS[index] ?? ""),
    );

  it("parse(render(parse(x))) equals parse(x)", () => {
    fc.assert(
      fc.property(bodyEdits, (text) => {
        const first = parseTextUnchecked(text, {});
        if (!first.ok) return;
        const second = parseTextUnchecked(renderMarkdown(first.document), {});
        expect(second.ok && second.document).toEqual(first.document);
      }),
      { numRuns: 200, seed: 20240101 },
    );
  });
});

describe("generated drafts", () => {
  it("round-trip through Markdown", () => {
    fc.assert(
      fc.property(resolution, (doc) => {
        const result = parseTextUnchecked(renderMarkdown(doc), {});
        expect(result.ok && result.document).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });
});
