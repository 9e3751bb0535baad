/** Clause numbering for people (no messages: safe to import in the browser). */
import type { ClauseRef } from "./types";

/** ["5", "b", "ii"] → "5 b) ii)". */
export function formatPath(path: readonly string[]): string {
  return path.map((part, i) => (i === 0 ? part : `${part})`)).join(" ");
}

/** Parameters of the `section`/`path` messages for a clause (its id when it is no longer in the text). */
export function clauseParams(ref: ClauseRef): { section: string; path: string } {
  return { section: ref.section, path: ref.path ? formatPath(ref.path) : ref.id };
}
