/** Clause numbering for people (no messages: safe to import in the browser). */
import type { ClauseRef, VoteSubjectRef } from "./types";

/** ["5", "b", "ii"] → "5 b) ii)". */
export function formatPath(path: readonly string[]): string {
  return path.map((part, i) => (i === 0 ? part : `${part})`)).join(" ");
}

/** Parameters of the `section`/`path` messages for a clause (its id when it is no longer in the text). */
export function clauseParams(ref: ClauseRef): { section: string; path: string } {
  return { section: ref.section, path: ref.path ? formatPath(ref.path) : ref.id };
}

/**
 * The message naming a vote's subject, under `subject.*` (within a sentence: "l'amendement A1") or
 * `subjectTitle.*` (a heading: "Amendement A1") of the `minutes` namespace; `motion` names a motion.
 */
export function subjectMessage(subject: VoteSubjectRef, motion: (kind: string | null, id: string) => string): { key: VoteSubjectRef["kind"]; params: Record<string, string> } {
  switch (subject.kind) {
    case "draft":
      return { key: "draft", params: {} };
    case "amendment":
      return { key: "amendment", params: { id: subject.amendmentId } };
    case "part":
      return { key: "part", params: clauseParams(subject.clause) };
    case "motion":
      return { key: "motion", params: { motion: motion(subject.motionKind, subject.motionId) } };
  }
}
