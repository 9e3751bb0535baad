/**
 * Tracked changes read as phrases, not word by word: where a whole phrase is rewritten, a word
 * diff interleaves struck and inserted words with the odd unchanged "de" or "la" between them,
 * which nobody can read from the back of a room. Changes separated only by a short run of
 * unchanged words are merged into one deletion followed by one insertion.
 */
import type { DiffSegment } from "@/lib/resolution/types";

/** Unchanged runs of at most this many words between two changes are absorbed into them. */
export const ABSORBED_WORDS = 2;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

export function groupPhrases(segments: readonly DiffSegment[], absorbed = ABSORBED_WORDS): DiffSegment[] {
  const out: DiffSegment[] = [];
  let i = 0;
  while (i < segments.length) {
    const segment = segments[i]!;
    if (segment.kind === "equal") {
      out.push({ ...segment });
      i++;
      continue;
    }
    // A region of changes: extend it over short unchanged runs that are followed by another change.
    let end = i;
    while (end + 1 < segments.length) {
      const next = segments[end + 1]!;
      if (next.kind !== "equal") end++;
      else if (words(next.text) <= absorbed && end + 2 < segments.length && segments[end + 2]!.kind !== "equal") end += 2;
      else break;
    }
    const region = segments.slice(i, end + 1);
    const removed = region
      .filter((s) => s.kind !== "insert")
      .map((s) => s.text)
      .join("");
    const added = region
      .filter((s) => s.kind !== "delete")
      .map((s) => s.text)
      .join("");
    // Spaces at the edges stay outside the marks (an underlined space reads as a stray mark).
    const edge = added.trim() ? added : removed;
    const lead = /^\s*/.exec(edge)![0];
    const trail = /\s*$/.exec(edge)![0];
    if (lead && !/\s$/.test(out.at(-1)?.text ?? "")) out.push({ kind: "equal", text: lead });
    if (removed.trim()) out.push({ kind: "delete", text: removed.trim() });
    if (removed.trim() && added.trim()) out.push({ kind: "equal", text: " " });
    if (added.trim()) out.push({ kind: "insert", text: added.trim() });
    if (trail && !/^\s/.test(segments[end + 1]?.text ?? "")) out.push({ kind: "equal", text: trail });
    i = end + 1;
  }
  return out;
}
