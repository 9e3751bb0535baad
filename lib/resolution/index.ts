/**
 * lib/resolution — the document: import (text, Markdown, .docx) into one typed tree, amendments,
 * word diffs and tracked changes, exports (Markdown, plain text, .docx), the bundled library.
 * Pure: no I/O beyond the docx / mammoth libraries working on bytes.
 */
export * from "./op";
export type * from "./types";

export { parseText, DEFAULT_MAX_BYTES } from "./parse";
export { parseDocument, parseDocx, parseBytes, isZip } from "./parse-docx";

export {
  applyAmendment,
  applyAmendments,
  revertAmendment,
  addedClauseId,
  replacementText,
  type AmendmentResult,
  type AmendmentUndo,
  type AppliedAmendment,
} from "./amend";
export { wordDiff, diffOriginal, diffAmended, changedShare, distance } from "./diff";
export {
  trackedChanges,
  type PendingAmendment,
  type TrackedClause,
  type TrackedDocument,
  type TrackedProposal,
  type TrackedStatus,
} from "./tracked";
export { findClause, clauseIds, clauseText, walkClauses, renumber, type ClauseLocation } from "./tree";

export { renderMarkdown } from "./render-markdown";
export { renderPlainText } from "./render-text";
export { renderDocx } from "./render-docx";
export { renderBlocks, type RenderBlock, type RenderOptions, type Run } from "./render-model";
export { formatLabel } from "./labels";

export { makeError, formatMessage, lookupMessage } from "./messages";
export { DOCUMENT_LIBRARY, LIBRARY_DIR, defaultDraftFor, libraryEntry, type LibraryEntry, type SessionOrgan } from "./library";
export {
  parsedDocumentSchema,
  resolutionDocumentSchema,
  referenceDocumentSchema,
  amendmentOpSchema,
  subClauseSchema,
  headerSchema,
} from "./schema";
