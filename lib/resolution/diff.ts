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
 * The diff's cost is bounded, whatever a client sends: the common words at both ends are set aside
 * in linear time, and the words left in between are diffed only when they are few enough (and the
 * diff gives up past a number of edits). Past either bound the middle is shown as deleted and
 * inserted whole — what a rewrite that long is anyway. Real clauses (≤ 1 500 characters in the seeds)
 * stay well inside both bounds.
 */
export const DIFF_MAX_TOKENS = 1_000;
export const DIFF_MAX_EDITS = 250;

/**
 * Word diff of two texts. Concatenating "equal" + "delete" segments gives `original` back exactly,
 * "equal" + "insert" gives `amended`: renderers never lose a character.
 */
export function wordDiff(original: string, amended: string): DiffSegment[] {
  if (original === amended) return original === "" ? [] : [{ kind: "equal", text: original }];
  const out: DiffSegment[] = [];
  const push = (kind: DiffSegment["kind"], text: string) => {
    if (text === "") return;
    const previous = out[out.length - 1];
    if (previous && previous.kind === kind) previous.text += text;
    else out.push({ kind, text });
  };
  const a = tokens(original);
  const b = tokens(amended);
  // Texts of real size are diffed whole, as the library aligns them; longer ones lose their common ends first.
  let head = 0;
  let tail = 0;
  if (a.length + b.length > DIFF_MAX_TOKENS) {
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  }
  const middleA = a.slice(head, a.length - tail).join("");
  const middleB = b.slice(head, b.length - tail).join("");
  const bounded = a.length + b.length - 2 * (head + tail) <= DIFF_MAX_TOKENS;
  const changes =
    bounded && middleA !== "" && middleB !== "" ? diffWordsWithSpace(middleA, middleB, { maxEditLength: DIFF_MAX_EDITS }) : undefined;
  push("equal", a.slice(0, head).join(""));
  if (changes) for (const change of changes) push(change.added ? "insert" : change.removed ? "delete" : "equal", change.value);
  else {
    push("delete", middleA);
    push("insert", middleB);
  }
  push("equal", a.slice(a.length - tail).join(""));
  return out;
}

/** Words and the spaces between them, in order: joined, the text again. */
function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((t) => t !== "");
}

/** The original side of a diff. */
export function diffOriginal(segments: readonly DiffSegment[]): string {
  return segments
    .filter((s) => s.kind !== "insert")
    .map((s) => s.text)
    .join("");
}

/** The amended side of a diff. */
export function diffAmended(segments: readonly DiffSegment[]): string {
  return segments
    .filter((s) => s.kind !== "delete")
    .map((s) => s.text)
    .join("");
}

/**
 * Share of words changed: (inserted + deleted words) / (words before + words after), counting each
 * word as often as it occurs on each side — the words a diff would mark, without a diff: linear in
 * the texts' length, so the server's measure of a submission costs little whatever its text (a
 * word moved elsewhere counts as changed only if its count changes).
 */
export function changedShare(original: string, amended: string): number {
  const before = words(original);
  const after = words(amended);
  const total = before.length + after.length;
  if (total === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of before) counts.set(w, (counts.get(w) ?? 0) + 1);
  let kept = 0;
  for (const w of after) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      kept++;
      counts.set(w, n - 1);
    }
  }
  return Math.min(1, (total - 2 * kept) / total);
}

function words(text: string): string[] {
  const t = text.trim();
  return t === "" ? [] : t.split(/\s+/);
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
