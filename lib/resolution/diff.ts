/**
 * Word-level diff as data, and how far an amendment is "removed in substance" from the draft (the
 * rules engine votes first on the furthest removed, rules of procedure art. 90 / rule 131).
 */
import { diffWordsWithSpace } from "diff";
import type { AmendmentOp } from "./op";
import { clauseText, findClause, subtreeText, wordCount } from "./tree";
import { replacementText } from "./amend";
import { assertNever } from "../util/assert-never";
import type { DiffSegment, ResolutionDocument } from "./types";

/**
 * Word diff of two texts. Concatenating "equal" + "delete" segments gives `original` back exactly,
 * "equal" + "insert" gives `amended`: renderers never lose a character.
 */
export function wordDiff(original: string, amended: string): DiffSegment[] {
  if (original === amended) return original === "" ? [] : [{ kind: "equal", text: original }];
  const out: DiffSegment[] = [];
  for (const change of diffWordsWithSpace(original, amended)) {
    const kind: DiffSegment["kind"] = change.added ? "insert" : change.removed ? "delete" : "equal";
    if (change.value === "") continue;
    const previous = out[out.length - 1];
    if (previous && previous.kind === kind) previous.text += change.value;
    else out.push({ kind, text: change.value });
  }
  return out;
}

/** The original side of a diff. */
export function diffOriginal(segments: readonly DiffSegment[]): string {
  return segments.filter((s) => s.kind !== "insert").map((s) => s.text).join("");
}

/** The amended side of a diff. */
export function diffAmended(segments: readonly DiffSegment[]): string {
  return segments.filter((s) => s.kind !== "delete").map((s) => s.text).join("");
}

/** Share of words changed: (inserted + deleted words) / (words before + words after). */
export function changedShare(original: string, amended: string): number {
  const total = wordCount(original) + wordCount(amended);
  if (total === 0) return 0;
  let changed = 0;
  for (const s of wordDiff(original, amended)) if (s.kind !== "equal") changed += wordCount(s.text);
  return Math.min(1, changed / total);
}

/** What an addition weighs: small, a little more for a long new clause, never above 0.3. */
const ADD_BASE = 0.1;

/**
 * Distance in [0, 1] of an amendment from the draft: deleting a whole clause is 1; deleting a
 * sub-clause is 0.5 plus half its share of its clause's words; a replacement is the share of words
 * changed; an addition is small (0.1 to 0.3 with its length). Unknown targets weigh 0.
 */
export function distance(doc: ResolutionDocument, op: AmendmentOp): number {
  switch (op.kind) {
    case "delete": {
      const location = findClause(doc, op.targetId);
      if (!location) return 0;
      if (location.depth === 0) return 1;
      const topId = op.targetId.split("/")[0] ?? op.targetId;
      const top = findClause(doc, topId);
      const whole = top ? wordCount(subtreeText(top.clause)) : 0;
      const part = wordCount(subtreeText(location.clause));
      return whole === 0 ? 0.5 : Math.min(1, 0.5 + 0.5 * (part / whole));
    }
    case "replace": {
      const location = findClause(doc, op.targetId);
      return location ? changedShare(clauseText(location.clause), replacementText(location.clause, op.text)) : 0;
    }
    case "add":
      return Math.min(0.3, ADD_BASE + wordCount(op.text) / 500);
    default:
      return assertNever(op);
  }
}
