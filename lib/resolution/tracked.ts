/**
 * The draft with every pending amendment shown in place (tracked changes): added clauses where
 * they would go, deleted ones struck through, replaced ones as a word diff. The original numbering
 * is kept ("3 bis" for a clause added after 3) so delegates can still say "paragraph 3".
 */
import type { AmendmentOp, ClauseId, DocumentSection } from "./op";
import { addedClauseId, cleanSubClauseText, replacementText, splitClauseText } from "./amend";
import { wordDiff } from "./diff";
import { LATIN_ADVERBS } from "./labels";
import { joinPhrase } from "./phrases";
import { clauseText, isTopLevel } from "./tree";
import type { AnyClause, DiffSegment, DocumentHeader, DocumentLanguage, Footnote, ResolutionDocument } from "./types";

export interface PendingAmendment {
  amendmentId: string;
  op: AmendmentOp;
}

export type TrackedStatus = "unchanged" | "added" | "deleted" | "replaced";

export interface TrackedProposal {
  amendmentId: string;
  kind: "delete" | "replace";
  segments: DiffSegment[];
  /** Opening phrase after this proposal ("" for sub-clauses). */
  newPhrase: string;
}

export interface TrackedClause {
  id: ClauseId;
  section: DocumentSection;
  /** 0 for a paragraph, 1 for a), 2 for i., … */
  depth: number;
  /** Printed label: "3", "b"; "3 bis" for an added clause; null for one added before the first. */
  label: string | null;
  status: TrackedStatus;
  /** The amendment the status and segments come from; null when unchanged. */
  amendmentId: string | null;
  /** Opening phrase before the change (of the new text for an added clause); "" for sub-clauses. */
  phrase: string;
  /** Opening phrase after the change shown. */
  newPhrase: string;
  /** Text after the phrase, before any change. */
  text: string;
  /** The change shown in place: equal / insert / delete runs of the clause's full text. */
  segments: DiffSegment[];
  /** Every pending deletion or replacement of this clause, in order (competing amendments). */
  proposals: TrackedProposal[];
  subClauses: TrackedClause[];
}

export interface TrackedDocument {
  kind: "tracked";
  language: DocumentLanguage;
  header: DocumentHeader;
  opening: string | null;
  preamble: TrackedClause[];
  operative: TrackedClause[];
  closing: string[];
  footnotes: Footnote[];
  /** Pending amendments that could not be placed (unknown clause, wrong section, duplicate). */
  unresolved: string[];
}

function fromClause(clause: AnyClause, section: DocumentSection, depth: number): TrackedClause {
  const phrase = isTopLevel(clause) ? clause.phrase : "";
  const full = clauseText(clause);
  return {
    id: clause.id,
    section,
    depth,
    label: "number" in clause ? String(clause.number) : "label" in clause ? clause.label : null,
    status: "unchanged",
    amendmentId: null,
    phrase,
    newPhrase: phrase,
    text: clause.text,
    segments: full === "" ? [] : [{ kind: "equal", text: full }],
    proposals: [],
    subClauses: clause.subClauses.map((s) => fromClause(s, section, depth + 1)),
  };
}

function asClause(node: TrackedClause): AnyClause {
  return node.depth === 0
    ? { id: node.id, phrase: node.phrase, text: node.text, subClauses: [] }
    : { id: node.id, label: node.label ?? "", text: node.text, subClauses: [] };
}

/** Labels of added clauses: the previous original label + bis, ter, … */
function labelAdded(list: TrackedClause[]): void {
  let previous: string | null = null;
  let added = 0;
  for (const node of list) {
    if (node.status === "added") {
      node.label = previous === null ? null : `${previous} ${LATIN_ADVERBS[added] ?? String(added + 2)}`;
      added++;
    } else {
      previous = node.label;
      added = 0;
    }
    labelAdded(node.subClauses);
  }
}

/** A deletion takes everything inside the clause with it: show its sub-clauses struck too. */
function propagateDeletion(node: TrackedClause, deletedBy: string | null): void {
  if (deletedBy !== null && node.status === "unchanged") {
    node.status = "deleted";
    node.amendmentId = deletedBy;
    node.segments = node.segments.map((s) => ({ kind: "delete", text: s.text }));
    node.newPhrase = "";
  }
  const next = node.status === "deleted" ? node.amendmentId : null;
  node.subClauses.forEach((child) => propagateDeletion(child, next));
}

export function trackedChanges(doc: ResolutionDocument, pending: readonly PendingAmendment[]): TrackedDocument {
  const preamble = doc.preamble.map((c) => fromClause(c, "preamble", 0));
  const operative = doc.operative.map((c) => fromClause(c, "operative", 0));
  const index = new Map<ClauseId, TrackedClause>();
  const register = (node: TrackedClause) => {
    index.set(node.id, node);
    node.subClauses.forEach(register);
  };
  [...preamble, ...operative].forEach(register);
  const unresolved: string[] = [];

  for (const { amendmentId, op } of pending) {
    if (op.kind === "add") {
      const parent = op.parentId === null ? null : index.get(op.parentId);
      const list = op.parentId === null ? (op.section === "preamble" ? preamble : operative) : parent?.subClauses;
      const id = addedClauseId(op.section, op.parentId, amendmentId);
      if (!list || (parent && parent.section !== op.section) || index.has(id) || op.text.trim() === "") {
        unresolved.push(amendmentId);
        continue;
      }
      let at = op.afterId === null ? 0 : list.findIndex((n) => n.id === op.afterId) + 1;
      if (op.afterId !== null && at === 0) {
        unresolved.push(amendmentId);
        continue;
      }
      // Several additions at one place keep the order in which they were moved.
      while (list[at]?.status === "added") at++;
      const depth = parent ? parent.depth + 1 : 0;
      const split = depth === 0 ? splitClauseText(op.text, null) : { phrase: "", text: cleanSubClauseText(op.text) };
      const full = joinPhrase(split.phrase, split.text);
      const node: TrackedClause = {
        id,
        section: op.section,
        depth,
        label: null,
        status: "added",
        amendmentId,
        phrase: split.phrase,
        newPhrase: split.phrase,
        text: split.text,
        segments: [{ kind: "insert", text: full }],
        proposals: [],
        subClauses: [],
      };
      list.splice(at, 0, node);
      index.set(id, node);
      continue;
    }
    const node = index.get(op.targetId);
    if (!node || (op.kind === "replace" && op.text.trim() === "")) {
      unresolved.push(amendmentId);
      continue;
    }
    const original = clauseText(asClause(node));
    const proposal: TrackedProposal =
      op.kind === "delete"
        ? { amendmentId, kind: "delete", segments: original === "" ? [] : [{ kind: "delete", text: original }], newPhrase: "" }
        : {
            amendmentId,
            kind: "replace",
            segments: wordDiff(original, replacementText(asClause(node), op.text)),
            newPhrase: node.depth === 0 ? splitClauseText(op.text, node.phrase).phrase : "",
          };
    node.proposals.push(proposal);
    if (node.status === "unchanged") {
      node.status = op.kind === "delete" ? "deleted" : "replaced";
      node.amendmentId = amendmentId;
      node.segments = proposal.segments;
      node.newPhrase = proposal.newPhrase;
    }
  }
  [...preamble, ...operative].forEach((node) => propagateDeletion(node, null));
  labelAdded(preamble);
  labelAdded(operative);
  return {
    kind: "tracked",
    language: doc.language,
    header: doc.header,
    opening: doc.opening,
    preamble,
    operative,
    closing: doc.closing,
    footnotes: doc.footnotes,
    unresolved,
  };
}
