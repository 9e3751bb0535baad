/**
 * Operations on a working paper, each one Yjs transaction. A move writes only `order` and
 * `parent`, a deletion only `deleted`: an edit made at the same time by another author is kept.
 */
import * as Y from "yjs";
import { generateKeyBetween } from "fractional-indexing";
import type { DocumentSection } from "@/lib/resolution/op";
import { allClauses, clausesMap, sortClauses, type ClauseMap } from "./doc";

/** A clause id: random, so two authors never pick the same one. */
export function newClauseId(random: () => number = Math.random): string {
  let id = "c";
  for (let i = 0; i < 10; i++) id += "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random() * 36)];
  return id;
}

/** Where a clause goes: under `parent` (null: a clause of the section), after `after` (null: first). */
export interface Place {
  section: DocumentSection;
  parent: string | null;
  after: string | null;
}

/** The fractional index between `after` and the sibling that follows it (the moved clause itself left out). */
function orderAt(doc: Y.Doc, place: Place, moving: string | null = null): string {
  const siblings = sortClauses(
    allClauses(doc).filter((c) => c.section === place.section && c.parent === place.parent && !c.deleted && c.id !== moving),
  );
  const index = place.after === null ? -1 : siblings.findIndex((c) => c.id === place.after);
  const before = index >= 0 ? siblings[index]!.order : null;
  const next = siblings[index + 1]?.order ?? null;
  // Two clauses may share an order (concurrent inserts): between equal keys, go after both.
  if (before !== null && next !== null && before >= next) return generateKeyBetween(before, null);
  return generateKeyBetween(before, next);
}

export interface NewClause extends Place {
  phrase?: string | null;
  text?: string;
  by: string;
  id?: string;
}

export function addClause(doc: Y.Doc, clause: NewClause): string {
  const id = clause.id ?? newClauseId();
  doc.transact(() => {
    const map: ClauseMap = new Y.Map<unknown>();
    map.set("section", clause.section);
    map.set("parent", clause.parent);
    map.set("order", orderAt(doc, clause));
    map.set("phrase", clause.phrase ?? null);
    map.set("text", new Y.Text(clause.text ?? ""));
    map.set("deleted", false);
    map.set("by", clause.by);
    clausesMap(doc).set(id, map);
  });
  return id;
}

function clause(doc: Y.Doc, id: string): ClauseMap {
  const map = clausesMap(doc).get(id);
  if (!map) throw new Error(`no clause ${id}`);
  return map;
}

/** Moves a clause (with its sub-clauses) after `after` among its siblings (null: first). Only `order` changes. */
export function moveClause(doc: Y.Doc, id: string, after: string | null): void {
  const map = clause(doc, id);
  const place = { section: map.get("section") as DocumentSection, parent: (map.get("parent") as string | null) ?? null, after };
  map.set("order", orderAt(doc, place, id));
}

/** Moves a clause one place up (-1) or down (+1) among its siblings; false when it is already at that end. */
export function shiftClause(doc: Y.Doc, id: string, direction: -1 | 1): boolean {
  const map = clause(doc, id);
  const parent = (map.get("parent") as string | null) ?? null;
  const siblings = sortClauses(allClauses(doc).filter((c) => c.section === map.get("section") && c.parent === parent && !c.deleted));
  const index = siblings.findIndex((c) => c.id === id);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= siblings.length) return false;
  // Up: after the one two places before (or first); down: after the next one.
  const after = direction === 1 ? siblings[target]!.id : (siblings[target - 1]?.id ?? null);
  moveClause(doc, id, after);
  return true;
}

export function deleteClause(doc: Y.Doc, id: string): void {
  clause(doc, id).set("deleted", true);
}

export function restoreClause(doc: Y.Doc, id: string): void {
  clause(doc, id).set("deleted", false);
}

export function setPhrase(doc: Y.Doc, id: string, phrase: string | null): void {
  clause(doc, id).set("phrase", phrase);
}

export function clauseText(doc: Y.Doc, id: string): Y.Text {
  return clause(doc, id).get("text") as Y.Text;
}

export function insertText(doc: Y.Doc, id: string, index: number, text: string): void {
  clauseText(doc, id).insert(index, text);
}

export function removeText(doc: Y.Doc, id: string, index: number, length: number): void {
  clauseText(doc, id).delete(index, length);
}

/**
 * A text field's new value as the smallest edit of the shared text: the common start and end are
 * kept, so what another author typed meanwhile elsewhere in the clause is not overwritten.
 */
export function replaceText(doc: Y.Doc, id: string, next: string): void {
  const text = clauseText(doc, id);
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end])
    end++;
  doc.transact(() => {
    const removed = current.length - start - end;
    if (removed > 0) text.delete(start, removed);
    const inserted = next.slice(start, next.length - end);
    if (inserted) text.insert(start, inserted);
  });
}
