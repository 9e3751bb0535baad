/** A draft's document as it stands: the loaded text with every adopted amendment applied. */
import type { SessionState } from "@/lib/procedure";
import { draftById } from "@/lib/procedure/drafts";
import { applyAmendment } from "@/lib/resolution/amend";
import type { AmendmentOp } from "@/lib/resolution/op";
import type { ParsedDocument, ResolutionDocument } from "@/lib/resolution/types";
import type { LiveSessionState } from "./state";

/** Amendments that changed a draft's text (by default the draft on the floor's), in the order they took effect. */
export function appliedAmendments(
  procedure: SessionState,
  draftId: string | null = procedure.draft?.id ?? null,
): Array<{ id: string; op: AmendmentOp }> {
  return procedure.amendments
    .filter((a) => a.draftId === draftId && a.parentId === null && (a.status === "adopted" || a.status === "incorporated"))
    .map((a) => ({ id: a.id, op: a.op }));
}

/**
 * The text as amended so far: adopted and incorporated amendments applied, and the parts a
 * division of the question rejected removed. Null for a reference document or none.
 */
function amended(loaded: ParsedDocument | null | undefined, procedure: SessionState, draftId: string | null): ResolutionDocument | null {
  if (!loaded || loaded.kind !== "resolution") return null;
  let doc: ParsedDocument = loaded;
  for (const { id, op } of appliedAmendments(procedure, draftId)) {
    const applied = applyAmendment(doc, op, id);
    if (applied.ok) doc = applied.document; // an amendment made moot by an earlier one changes nothing
  }
  for (const clauseId of draftById(procedure, draftId)?.removedParts ?? []) {
    const removed = applyAmendment(doc, { kind: "delete", targetId: clauseId }, `division-${clauseId}`);
    if (removed.ok) doc = removed.document;
  }
  return doc as ResolutionDocument;
}

/** The document of the draft on the floor, as amended so far. */
export function currentDocument(state: Pick<LiveSessionState, "document" | "procedure">): ResolutionDocument | null {
  return amended(state.document, state.procedure, state.procedure.draft?.id ?? null);
}

/** Any draft's document, as amended so far (null when the draft has no document). */
export function draftDocument(state: Pick<LiveSessionState, "documents" | "procedure">, draftId: string): ResolutionDocument | null {
  return amended(state.documents[draftId]?.document, state.procedure, draftId);
}
