/**
 * The text a screen puts in front of the room: one clause in its context (its top-level
 * paragraph, number and opening phrase), with an amendment shown as tracked changes — also once
 * it has been adopted or rejected, so the room still sees what was decided.
 */
import type { AmendmentState, SessionState } from "@/lib/procedure/state";
import type { ClauseId } from "@/lib/resolution/op";
import { trackedChanges, type TrackedClause, type TrackedDocument } from "@/lib/resolution/tracked";
import { currentDocument, draftDocument } from "./document";
import type { LiveSessionState } from "./state";

export interface ClauseInContext {
  /** The top-level paragraph holding the focus. */
  clause: TrackedClause;
  /** The clause (or sub-clause) at stake within it. */
  focusId: ClauseId;
  amendmentId: string | null;
}

function walk(nodes: readonly TrackedClause[], visit: (node: TrackedClause, top: TrackedClause) => boolean): TrackedClause | null {
  for (const top of nodes) {
    const stack = [top];
    while (stack.length) {
      const node = stack.pop()!;
      if (visit(node, top)) return top;
      stack.push(...node.subClauses);
    }
  }
  return null;
}

/** The draft as it stood before `amendment` took effect, with only `amendment` tracked in it. */
export function trackedAmendment(
  live: Pick<LiveSessionState, "document" | "procedure"> & Partial<Pick<LiveSessionState, "documents">>,
  amendment: AmendmentState,
): TrackedDocument | null {
  const before: SessionState = {
    ...live.procedure,
    amendments: live.procedure.amendments.map((a) => (a.id === amendment.id ? { ...a, status: "pending" as const } : a)),
  };
  // The amendment's own draft: with several drafts, the chair may project one to a draft not on the floor.
  const other = amendment.draftId !== live.procedure.draft?.id && live.documents ? live.documents[amendment.draftId] : undefined;
  const doc = other
    ? draftDocument({ documents: live.documents!, procedure: before }, amendment.draftId)
    : currentDocument({ document: live.document, procedure: before });
  return doc ? trackedChanges(doc, [{ amendmentId: amendment.id, op: amendment.op }]) : null;
}

/** The clause `amendment` changes, in context, as tracked changes. */
export function amendmentInContext(
  live: Pick<LiveSessionState, "document" | "procedure"> & Partial<Pick<LiveSessionState, "documents">>,
  amendment: AmendmentState,
): ClauseInContext | null {
  const doc = trackedAmendment(live, amendment);
  if (!doc) return null;
  let focusId: ClauseId | null = null;
  const top = walk([...doc.preamble, ...doc.operative], (node) => {
    if (node.amendmentId !== amendment.id) return false;
    focusId = node.id;
    return true;
  });
  return top && focusId ? { clause: top, focusId, amendmentId: amendment.id } : null;
}

/** A clause of the draft as it stands (pending amendments not shown), in context. */
export function clauseInContext(doc: TrackedDocument | null, clauseId: ClauseId): ClauseInContext | null {
  if (!doc) return null;
  const top = walk([...doc.preamble, ...doc.operative], (node) => node.id === clauseId);
  return top ? { clause: top, focusId: clauseId, amendmentId: null } : null;
}

/** The draft as it stands, with nothing tracked: what the room votes on, or reads when nothing else is on the floor. */
export function draftAsItStands(live: Pick<LiveSessionState, "document" | "procedure">): TrackedDocument | null {
  const doc = currentDocument(live);
  return doc ? trackedChanges(doc, []) : null;
}
