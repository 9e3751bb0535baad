/**
 * The working paper's Yjs document (docs/working-papers.md): one root map `clauses`, clause id →
 * Y.Map { section, parent, order, phrase, text: Y.Text, deleted, by }. Plain reads of it for the
 * editor, the conversion and the server's checks.
 */
import * as Y from "yjs";
import type { DocumentSection } from "@/lib/resolution/op";
import { PAPER_LIMITS } from "./limits";

export const CLAUSES = "clauses";

export { PAPER_LIMITS } from "./limits";

export type ClauseMap = Y.Map<unknown>;

/** A clause as read from the document. */
export interface PaperClause {
  id: string;
  section: DocumentSection;
  parent: string | null;
  order: string;
  phrase: string | null;
  text: string;
  deleted: boolean;
  by: string;
}

/** A clause with its visible sub-clauses, in order. */
export interface PaperNode extends PaperClause {
  children: PaperNode[];
}

export function clausesMap(doc: Y.Doc): Y.Map<ClauseMap> {
  return doc.getMap<ClauseMap>(CLAUSES);
}

export function readClause(id: string, map: ClauseMap): PaperClause {
  const text = map.get("text");
  return {
    id,
    section: map.get("section") === "operative" ? "operative" : "preamble",
    parent: typeof map.get("parent") === "string" ? (map.get("parent") as string) : null,
    order: typeof map.get("order") === "string" ? (map.get("order") as string) : "",
    phrase: typeof map.get("phrase") === "string" ? (map.get("phrase") as string) : null,
    text: text instanceof Y.Text ? text.toString() : "",
    deleted: map.get("deleted") === true,
    by: typeof map.get("by") === "string" ? (map.get("by") as string) : "",
  };
}

export function allClauses(doc: Y.Doc): PaperClause[] {
  return [...clausesMap(doc).entries()].map(([id, map]) => readClause(id, map));
}

const byOrder = (a: PaperClause, b: PaperClause) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Siblings in order: by fractional index, then id (two authors who inserted at the same place). */
export function sortClauses<T extends PaperClause>(clauses: T[]): T[] {
  return [...clauses].sort(byOrder);
}

/** The visible tree of one section: deleted clauses and everything inside them left out. */
export function sectionTree(doc: Y.Doc, section: DocumentSection): PaperNode[] {
  const live = allClauses(doc).filter((c) => !c.deleted && c.section === section);
  const children = new Map<string | null, PaperClause[]>();
  for (const c of live) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);
  const build = (parent: string | null, depth: number): PaperNode[] =>
    depth > PAPER_LIMITS.depth ? [] : sortClauses(children.get(parent) ?? []).map((c) => ({ ...c, children: build(c.id, depth + 1) }));
  return build(null, 0);
}

/** How deep a clause sits: 0 for a clause, 1 for its sub-clause… (Infinity on a cycle). */
export function depthOf(clauses: ReadonlyMap<string, PaperClause>, id: string): number {
  let depth = 0;
  const seen = new Set<string>();
  for (let c = clauses.get(id); c?.parent; c = clauses.get(c.parent)) {
    if (seen.has(c.id)) return Number.POSITIVE_INFINITY;
    seen.add(c.id);
    depth++;
  }
  return depth;
}
