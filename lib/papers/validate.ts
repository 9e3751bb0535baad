/**
 * The server's check of a working paper after an update, before it is accepted: the schema of
 * docs/working-papers.md and the bounds of PAPER_LIMITS. A mischievous update — a foreign root, a
 * clause removed instead of flagged, a cycle of parents, a huge text, a clause signed by someone
 * else — is refused and changes nothing.
 */
import * as Y from "yjs";
import { CLAUSES, PAPER_LIMITS, allClauses, depthOf, type PaperClause } from "./doc";
import { isPhraseId } from "./phrases";

export type PaperProblem =
  | "paper.unknown_root"
  | "paper.bad_clause"
  | "paper.clause_removed"
  | "paper.bad_parent"
  | "paper.too_deep"
  | "paper.too_many_clauses"
  | "paper.text_too_long"
  | "paper.too_large"
  | "paper.not_your_clause"
  | "paper.out_of_sync";

const KEYS = new Set(["section", "parent", "order", "phrase", "text", "deleted", "by"]);
const ID = /^[A-Za-z0-9_-]+$/;

function wellFormed(id: string, map: unknown): boolean {
  if (!(map instanceof Y.Map) || id.length > PAPER_LIMITS.idChars || !ID.test(id)) return false;
  for (const key of map.keys()) if (!KEYS.has(key)) return false;
  const section = map.get("section");
  const parent = map.get("parent");
  const order = map.get("order");
  const phrase = map.get("phrase");
  return (
    (section === "preamble" || section === "operative") &&
    (parent === null || typeof parent === "string") &&
    typeof order === "string" &&
    order.length > 0 &&
    order.length <= PAPER_LIMITS.orderChars &&
    (phrase === null || (typeof phrase === "string" && isPhraseId(phrase))) &&
    map.get("text") instanceof Y.Text &&
    typeof map.get("deleted") === "boolean" &&
    typeof map.get("by") === "string"
  );
}

/** What may not change in a clause once created: who created it, its section, its parent. */
export type Fixed = Pick<PaperClause, "by" | "section" | "parent">;

/**
 * `before`: the clauses the paper had (what is fixed in each); `author`: who sent the update, the
 * only creator a new clause may name. A clause's parent is fixed at creation (moves reorder
 * siblings), so no update, however concurrent, can make a cycle or a clause deeper than allowed.
 */
export function checkPaper(doc: Y.Doc, before: ReadonlyMap<string, Fixed>, author: string, encodedBytes: number): PaperProblem | null {
  // An update that needs what the server has not got (a refused or lost earlier one): the client resyncs.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return "paper.out_of_sync";
  if (encodedBytes > PAPER_LIMITS.docBytes) return "paper.too_large";
  for (const name of doc.share.keys()) if (name !== CLAUSES) return "paper.unknown_root";
  const root = doc.getMap<unknown>(CLAUSES);
  if (root.size > PAPER_LIMITS.clauses) return "paper.too_many_clauses";
  for (const [id, map] of root.entries()) if (!wellFormed(id, map)) return "paper.bad_clause";
  const clauses = new Map<string, PaperClause>(allClauses(doc).map((c) => [c.id, c]));
  for (const [id, fixed] of before) {
    const now = clauses.get(id);
    if (!now) return "paper.clause_removed";
    if (now.by !== fixed.by || now.section !== fixed.section) return "paper.bad_clause";
    if (now.parent !== fixed.parent) return "paper.bad_parent";
  }
  for (const clause of clauses.values()) {
    if (!before.has(clause.id) && clause.by !== author) return "paper.not_your_clause";
    if (clause.parent !== null) {
      const parent = clauses.get(clause.parent);
      if (!parent || parent.section !== clause.section || parent.id === clause.id) return "paper.bad_parent";
    }
    if (clause.text.length > PAPER_LIMITS.textChars) return "paper.text_too_long";
  }
  for (const clause of clauses.values()) {
    const depth = depthOf(clauses, clause.id);
    if (!Number.isFinite(depth)) return "paper.bad_parent";
    if (depth > PAPER_LIMITS.depth) return "paper.too_deep";
  }
  return null;
}

/** The clauses of a paper and what is fixed in each (the `before` of the next check). */
export function fixedParts(doc: Y.Doc): Map<string, Fixed> {
  return new Map(allClauses(doc).map((c) => [c.id, { by: c.by, section: c.section, parent: c.parent }]));
}
