/**
 * What the server does with a paper's updates, pure so the convergence tests run it as is: an
 * update is tried on a copy of the document, checked (./validate.ts), and only then applied; and
 * the state-vector sync a client runs when it (re)connects. Updates travel as base64 text.
 */
import * as Y from "yjs";
import { PAPER_LIMITS } from "./doc";
import { checkPaper, fixedParts, type PaperProblem } from "./validate";

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export type Accepted = { ok: true } | { ok: false; problem: PaperProblem | "paper.bad_update" };

/** Whether `update` may be applied to `doc`: tried on a copy, which is then checked; `doc` is not touched. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, author: string): Accepted {
  const trial = new Y.Doc({ gc: doc.gc });
  try {
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(trial, update);
    return ((problem) => (problem ? { ok: false as const, problem } : { ok: true as const }))(
      checkPaper(trial, fixedParts(doc), author, Y.encodeStateAsUpdate(trial).byteLength),
    );
  } catch {
    return { ok: false, problem: "paper.bad_update" };
  } finally {
    trial.destroy();
  }
}

/** Applies `update` to `doc` only when it passes checkUpdate. */
export function tryUpdate(doc: Y.Doc, update: Uint8Array, author: string): Accepted {
  const checked = checkUpdate(doc, update, author);
  if (checked.ok) Y.applyUpdate(doc, update, "remote");
  return checked;
}

/** The part of `doc` a peer with state vector `stateVector` lacks (null: not a state vector). */
export function missingFor(doc: Y.Doc, stateVector: Uint8Array): Uint8Array | null {
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } catch {
    return null;
  }
}

/** An update is sent whole; past this size (base64) it is refused unread. */
export function updateFits(base64: string): boolean {
  return base64.length <= PAPER_LIMITS.updateChars;
}
