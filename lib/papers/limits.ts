/** Bounds on one paper (the server refuses an update that would pass them). In its own file, without Yjs, for the protocol's schemas. */
export const PAPER_LIMITS = {
  /** Every clause ever created, deleted ones included (they stay in the document). */
  clauses: 200,
  textChars: 5_000,
  /** Sub-clauses of sub-clauses… as amendments allow (lib/resolution AMENDMENT_LIMITS.depth). */
  depth: 3,
  /** The whole document, encoded. */
  docBytes: 256 * 1024,
  /** One update as sent (base64 characters): under the edge's 64 KB payload limit. */
  updateChars: 48 * 1024,
  /** A state vector as sent (base64): a few bytes per device that ever wrote the paper. */
  stateVectorChars: 16 * 1024,
  idChars: 24,
  orderChars: 64,
} as const;
