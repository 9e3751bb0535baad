/**
 * Applying an AmendmentOp (./op.ts, the contract with the rules engine) to a resolution:
 * add / delete / replace, then renumber. Ids never change; an added clause's id comes from the
 * amendment's id. Each application returns an undo record so the change can be reverted exactly.
 */
import type { AmendmentOp, ClauseId, DocumentSection } from "./op";
import { AMENDMENT_LIMITS, CLAUSE_ID_SEPARATOR } from "./op";
import { cleanInline, leadingEmphasis } from "./inline";
import { splitOpening } from "./clause-builder";
import { makeError } from "./messages";
import { assertNever } from "../util/assert-never";
import { cloneDocument, copyClauseTree, findClause, isTopLevel, renumber, siblingsOf } from "./tree";
import { joinPhrase } from "./phrases";
import type {
  AmendmentErrorCode,
  AnyClause,
  DocumentError,
  OperativeClause,
  ParsedDocument,
  PreambularClause,
  ResolutionDocument,
  SubClause,
} from "./types";

/** What reverts one application: remove an added clause, restore a deleted one, or re-text. */
export type AmendmentUndo =
  | { kind: "remove"; id: ClauseId }
  | { kind: "restore"; section: DocumentSection; parentId: ClauseId | null; index: number; clause: AnyClause }
  | { kind: "retext"; id: ClauseId; phrase: string | null; text: string };

export type AmendmentResult =
  { ok: true; document: ResolutionDocument; undo: AmendmentUndo } | { ok: false; error: DocumentError<AmendmentErrorCode> };

/** Amendment ids become part of clause ids: no separator, no spaces. */
const AMENDMENT_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Id of a clause added by an amendment: "op+A7" at top level, "op2/+A7" inside op2. */
export function addedClauseId(section: DocumentSection, parentId: ClauseId | null, amendmentId: string): ClauseId {
  if (parentId !== null) return `${parentId}${CLAUSE_ID_SEPARATOR}+${amendmentId}`;
  return `${section === "preamble" ? "pp" : "op"}+${amendmentId}`;
}

function fail(code: AmendmentErrorCode, params: Record<string, string | number> = {}): AmendmentResult {
  return { ok: false, error: makeError(code, params) };
}

/**
 * The new text of a top-level clause split into phrase and rest: an italic opening wins; else a
 * replacement starting with the old opening phrase keeps it; else detection decides (as at import). A leading
 * "3." the delegate may have typed is dropped: numbers are the document's business.
 */
export function splitClauseText(text: string, previousPhrase: string | null): { phrase: string; text: string } {
  const raw = text.trim().replace(/^\d{1,3}[.)]\s+/, "");
  const cleaned = cleanInline(raw);
  const emphasised = leadingEmphasis(raw);
  if (emphasised) return { phrase: emphasised.phrase, text: emphasised.rest };
  if (previousPhrase && previousPhrase !== "" && (cleaned === previousPhrase || cleaned.startsWith(previousPhrase))) {
    const rest = cleaned.slice(previousPhrase.length);
    if (rest === "" || /^[\s,;:.)]/.test(rest)) return { phrase: previousPhrase, text: rest.trim() };
  }
  const split = splitOpening(raw);
  return { phrase: split.phrase, text: split.rest };
}

/** A sub-clause's new text, without a label the delegate may have typed ("b) …"). */
export function cleanSubClauseText(text: string): string {
  return cleanInline(text.trim().replace(/^\(?[a-zA-Z]{1,4}[.)]\s+/, ""));
}

/** The full text a clause would have after a replacement (what diffs and distances compare). */
export function replacementText(clause: AnyClause, text: string): string {
  if (!isTopLevel(clause)) return cleanSubClauseText(text);
  const next = splitClauseText(text, clause.phrase);
  return joinPhrase(next.phrase, next.text);
}

function makeClause(section: DocumentSection, parentId: ClauseId | null, id: ClauseId, text: string): AnyClause {
  if (parentId !== null) return { id, label: "", text: cleanSubClauseText(text), subClauses: [] } satisfies SubClause;
  const { phrase, text: rest } = splitClauseText(text, null);
  if (section === "preamble") return { id, phrase, text: rest, subClauses: [] } satisfies PreambularClause;
  return { id, number: 0, phrase, text: rest, subClauses: [] } satisfies OperativeClause;
}

/** Apply one amendment. The input document is not modified. */
export function applyAmendment(input: ParsedDocument, op: AmendmentOp, amendmentId: string): AmendmentResult {
  if (input.kind !== "resolution") return fail("amendment.reference_document");
  if (!AMENDMENT_ID.test(amendmentId)) return fail("amendment.invalid_id", { amendmentId });
  const doc = copyClauseTree(input);
  switch (op.kind) {
    case "add": {
      if (op.text.trim() === "") return fail("amendment.empty_text");
      let siblings: AnyClause[] = op.section === "preamble" ? doc.preamble : doc.operative;
      if (op.parentId !== null) {
        const parent = findClause(doc, op.parentId);
        if (!parent) return fail("amendment.unknown_clause", { clause: op.parentId });
        if (parent.section !== op.section) return fail("amendment.wrong_section", { clause: op.parentId, section: op.section });
        if (parent.depth >= AMENDMENT_LIMITS.depth) return fail("amendment.too_deep", { clause: op.parentId, max: AMENDMENT_LIMITS.depth });
        siblings = parent.clause.subClauses;
      }
      const most = op.parentId === null ? AMENDMENT_LIMITS.clauses : AMENDMENT_LIMITS.subClauses;
      if (siblings.length >= most) return fail("amendment.too_many_clauses", { max: most });
      const index = op.afterId === null ? 0 : siblings.findIndex((c) => c.id === op.afterId) + 1;
      if (index === 0 && op.afterId !== null) return fail("amendment.unknown_after", { clause: op.afterId });
      const id = addedClauseId(op.section, op.parentId, amendmentId);
      if (findClause(doc, id)) return fail("amendment.duplicate_id", { clause: id });
      siblings.splice(index, 0, makeClause(op.section, op.parentId, id, op.text));
      return { ok: true, document: renumber(doc), undo: { kind: "remove", id } };
    }
    case "delete": {
      const location = findClause(doc, op.targetId);
      if (!location) return fail("amendment.unknown_clause", { clause: op.targetId });
      siblingsOf(doc, location).splice(location.index, 1);
      const undo: AmendmentUndo = {
        kind: "restore",
        section: location.section,
        parentId: location.parent?.id ?? null,
        index: location.index,
        clause: location.clause,
      };
      return { ok: true, document: renumber(doc), undo };
    }
    case "replace": {
      if (op.text.trim() === "") return fail("amendment.empty_text");
      const location = findClause(doc, op.targetId);
      if (!location) return fail("amendment.unknown_clause", { clause: op.targetId });
      const clause = location.clause;
      let undo: AmendmentUndo;
      if ("phrase" in clause) {
        undo = { kind: "retext", id: clause.id, phrase: clause.phrase, text: clause.text };
        const next = splitClauseText(op.text, clause.phrase);
        clause.phrase = next.phrase;
        clause.text = next.text;
      } else {
        undo = { kind: "retext", id: clause.id, phrase: null, text: clause.text };
        clause.text = cleanSubClauseText(op.text);
      }
      return { ok: true, document: renumber(doc), undo };
    }
    default:
      return assertNever(op);
  }
}

/** Revert one application (undo records are reverted last-applied first). */
export function revertAmendment(input: ResolutionDocument, undo: AmendmentUndo): ResolutionDocument {
  const doc = copyClauseTree(input);
  switch (undo.kind) {
    case "remove": {
      const location = findClause(doc, undo.id);
      if (location) siblingsOf(doc, location).splice(location.index, 1);
      break;
    }
    case "restore": {
      const parent = undo.parentId === null ? null : findClause(doc, undo.parentId);
      const siblings: AnyClause[] = parent ? parent.clause.subClauses : undo.section === "preamble" ? doc.preamble : doc.operative;
      siblings.splice(Math.min(undo.index, siblings.length), 0, cloneDocument(undo.clause));
      break;
    }
    case "retext": {
      const clause = findClause(doc, undo.id)?.clause;
      if (clause && "phrase" in clause && undo.phrase !== null) clause.phrase = undo.phrase;
      if (clause) clause.text = undo.text;
      break;
    }
    default:
      assertNever(undo);
  }
  return renumber(doc);
}

export interface AppliedAmendment {
  amendmentId: string;
  op: AmendmentOp;
}

/**
 * The document as adopted: every amendment applied in order. Stops at the first that fails and
 * says which (a later amendment can be made moot by an earlier adopted deletion).
 */
export function applyAmendments(
  doc: ResolutionDocument,
  amendments: readonly AppliedAmendment[],
):
  | { ok: true; document: ResolutionDocument; undo: AmendmentUndo[] }
  | { ok: false; amendmentId: string; error: DocumentError<AmendmentErrorCode> } {
  let current = doc;
  const undo: AmendmentUndo[] = [];
  for (const { amendmentId, op } of amendments) {
    const result = applyAmendment(current, op, amendmentId);
    if (!result.ok) return { ok: false, amendmentId, error: result.error };
    current = result.document;
    undo.push(result.undo);
  }
  return { ok: true, document: current, undo };
}
