/** The document as it stands: the loaded text with every adopted amendment applied. */
import type { SessionState } from "@/lib/procedure";
import { applyAmendment } from "@/lib/resolution/amend";
import type { AmendmentOp } from "@/lib/resolution/op";
import type { ParsedDocument, ResolutionDocument } from "@/lib/resolution/types";
import type { LiveSessionState } from "./state";

/** Amendments that changed the text, in the order they took effect. */
export function appliedAmendments(procedure: SessionState): Array<{ id: string; op: AmendmentOp }> {
  return procedure.amendments
    .filter((a) => a.parentId === null && (a.status === "adopted" || a.status === "incorporated"))
    .map((a) => ({ id: a.id, op: a.op }));
}

/**
 * The text as amended so far: adopted and incorporated amendments applied, and the parts a
 * division of the question rejected removed. Null for a reference document or none.
 */
export function currentDocument(state: Pick<LiveSessionState, "document" | "procedure">): ResolutionDocument | null {
  if (!state.document || state.document.kind !== "resolution") return null;
  let doc: ParsedDocument = state.document;
  for (const { id, op } of appliedAmendments(state.procedure)) {
    const applied = applyAmendment(doc, op, id);
    if (applied.ok) doc = applied.document; // an amendment made moot by an earlier one changes nothing
  }
  for (const clauseId of state.procedure.draft?.removedParts ?? []) {
    const removed = applyAmendment(doc, { kind: "delete", targetId: clauseId }, `division-${clauseId}`);
    if (removed.ok) doc = removed.document;
  }
  return doc as ResolutionDocument;
}
