/**
 * The contract between the document (lib/resolution) and the rules engine (lib/procedure):
 * what an amendment does to a draft, addressed by stable clause ids, never by numbers.
 *
 * Clause ids are hierarchical: a sub-clause's id is its parent's id, "/", and its own part
 * (e.g. "op2/b/ii"). Ids are given once, at import, from the original structure, and never
 * change when clauses are renumbered; a clause added by an amendment gets an id derived from the
 * amendment's id. So "X is inside Y" is `isWithin(X, Y)`, which the engine uses to find amendments
 * made moot by an adopted deletion without knowing the document.
 */
export type ClauseId = string;

/**
 * Bounds on what one amendment may write, so that no valid command is expensive: a clause's text
 * (the longest clause of the five seeds is ~1 450 characters: over three times that), the depth of
 * a sub-clause (a clause's sub-clauses, theirs, and one level more: "op2/b/ii/A"), and how many
 * clauses one level may hold (the seeds have at most 18 in a part and none with more than a dozen
 * sub-clauses).
 */
export const AMENDMENT_LIMITS = { textChars: 5_000, depth: 3, subClauses: 26, clauses: 60 } as const;

export type DocumentSection = "preamble" | "operative";

export type AmendmentOp =
  /** Insert a new clause (parentId null) or sub-clause (parentId = the clause it belongs to). */
  | {
      kind: "add";
      section: DocumentSection;
      parentId: ClauseId | null;
      /** Insert after this sibling; null inserts first. */
      afterId: ClauseId | null;
      text: string;
    }
  /** Delete a clause or sub-clause, with everything inside it. */
  | { kind: "delete"; targetId: ClauseId }
  /** Replace the whole text of a clause or sub-clause (its own text, not its sub-clauses). */
  | { kind: "replace"; targetId: ClauseId; text: string };

export type AmendmentKind = AmendmentOp["kind"];

export const CLAUSE_ID_SEPARATOR = "/";

/** True when `id` is `ancestor` itself or lies inside it. */
export function isWithin(id: ClauseId, ancestor: ClauseId): boolean {
  return id === ancestor || id.startsWith(ancestor + CLAUSE_ID_SEPARATOR);
}

/** The clause an operation touches: its target, or for an addition the parent it adds into. */
export function touchedClause(op: AmendmentOp): ClauseId | null {
  return op.kind === "add" ? op.parentId : op.targetId;
}
