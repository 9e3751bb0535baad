/**
 * Clauses named for people, never by their ids: « paragraphe 5 du dispositif », « 3e alinéa du
 * préambule », « alinéa a) du paragraphe 1 du dispositif » — the parameters of the `clause*`
 * messages (minutes namespace), which decline them (« du paragraphe », « de l'alinéa »).
 */
import type { ClauseRef } from "./types";

export interface ClauseArgs {
  [key: string]: string | number;
  section: "preamble" | "operative";
  /** 1: a paragraph; 2: its sub-paragraph; 3: deeper. */
  depth: number;
  top: number;
  sub: string;
  sub2: string;
  /** "l": the phrase starts with « alinéa » (l'alinéa, de l'alinéa); "le" otherwise. */
  form: "le" | "l";
}

/** A clause no longer in the text keeps the number its id gives when there is one (op5 → 5). */
function pathOf(ref: ClauseRef): string[] | null {
  if (ref.path) return ref.path;
  const number = /^(?:op|pp)(\d+)$/.exec(ref.id)?.[1];
  return number ? [number] : null;
}

/** The parameters of `clause`, or null when nothing but an internal id is known. */
export function clauseArgs(ref: ClauseRef): ClauseArgs | null {
  const path = pathOf(ref);
  if (!path || path.length === 0) return null;
  const top = Number.parseInt(path[0]!, 10);
  if (!Number.isFinite(top)) return null;
  const depth = Math.min(path.length, 3);
  return { section: ref.section, depth, top, sub: path[1] ?? "", sub2: path[2] ?? "", form: depth === 1 ? "le" : depth === 2 ? "l" : "le" };
}
