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

/**
 * `unchanged`: the update adds nothing the paper has not got (an old update sent again, an empty
 * one): the server acknowledges it without storing it again, nor sending it to anyone — else a
 * student replaying one update grew the paper's stored history, and every rebuild, without end.
 */
export type Accepted = { ok: true; unchanged?: true } | { ok: false; problem: PaperProblem | "paper.bad_update" };

/** Whether `update` may be applied to `doc`: tried on a copy, which is then checked; `doc` is not touched. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, author: string): Accepted {
  const trial = new PaperTrial(doc);
  try {
    return trial.check(update, author);
  } finally {
    trial.drop();
  }
}

/**
 * The server's paper and a trial copy of it kept in step: checking an update then costs the update
 * and the check, not a copy of the whole paper each time. A refused update spoils the copy, which
 * is dropped and made again from the paper on the next check.
 */
export class PaperTrial {
  private copy: Y.Doc | null = null;

  constructor(readonly doc: Y.Doc) {}

  /** As checkUpdate. When it accepts, give the paper the update (`apply`) or, should that fail, `drop` the copy. */
  check(update: Uint8Array, author: string): Accepted {
    const trial = this.copy ?? copyOf(this.doc);
    this.copy = null;
    let changed = false;
    const seen = () => {
      changed = true;
    };
    trial.on("update", seen);
    try {
      Y.applyUpdate(trial, update);
      const problem = checkPaper(trial, fixedParts(this.doc), author, Y.encodeStateAsUpdate(trial).byteLength);
      if (problem) {
        trial.destroy();
        return { ok: false, problem };
      }
    } catch {
      trial.destroy();
      return { ok: false, problem: "paper.bad_update" };
    } finally {
      trial.off("update", seen);
    }
    this.copy = trial;
    return changed ? { ok: true } : { ok: true, unchanged: true };
  }

  /** An accepted or stored update, applied to the paper and its copy (which may have it already: applying an update twice changes nothing). */
  apply(update: Uint8Array, origin: unknown = "stored"): void {
    Y.applyUpdate(this.doc, update, origin);
    if (this.copy) Y.applyUpdate(this.copy, update);
  }

  drop(): void {
    this.copy?.destroy();
    this.copy = null;
  }
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc({ gc: doc.gc });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
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
