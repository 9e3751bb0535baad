/**
 * One working paper's Yjs document on a device, kept in step with the server over the session's
 * own socket (docs/working-papers.md): a state-vector sync after every join (the first and each
 * reconnection: the server answers what we lack, we send what it lacks), local changes sent as
 * they happen — one request in flight, the rest merged behind it — and the other authors'
 * updates applied as they arrive. An update the server refuses (too long a text…) leaves the
 * device's copy unlike the server's: the copy is then rebuilt from the server and the refusal
 * reported, so nobody keeps typing into text that will never be saved.
 */
import * as Y from "yjs";
import type { ProtocolError } from "@/lib/protocol/reply";
import { fromBase64, toBase64 } from "@/lib/papers/sync";
import { PAPER_LIMITS } from "@/lib/papers/limits";
import type { HemicycleClientSocket } from "./connection";

export interface PaperSession {
  socket: HemicycleClientSocket<unknown, unknown, unknown>;
  readonly sessionId: string;
  readonly joined: boolean;
  onJoined(listener: () => void): () => void;
}

export type PaperSyncStatus = "syncing" | "saving" | "saved" | "offline";

export interface PaperClientOptions {
  /** A change of the document (local or remote) or of the status; `reset`: the document was replaced. */
  onChange?(client: PaperClient, reset: boolean): void;
  onError?(error: ProtocolError): void;
  timeoutMs?: number;
}

/** Updates from the server are applied with this origin, so that they are not sent back. */
const REMOTE = "remote";

export class PaperClient {
  doc = new Y.Doc();
  status: PaperSyncStatus = "syncing";
  private pending: Uint8Array[] = [];
  private inFlight = false;
  private synced = false;
  private closed = false;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly session: PaperSession,
    readonly sessionId: string,
    readonly paperId: string,
    private readonly options: PaperClientOptions = {},
  ) {
    this.watch(this.doc);
    const onRemote = (message: { sessionId: string; paperId: string; update: string }) => {
      if (message.sessionId !== sessionId || message.paperId !== paperId) return;
      const update = fromBase64(message.update);
      if (update) Y.applyUpdate(this.doc, update, REMOTE);
    };
    const socket = session.socket;
    socket.on("paper:update", onRemote);
    const onDisconnect = () => this.setStatus("offline");
    socket.on("disconnect", onDisconnect);
    this.unsubscribe.push(
      () => socket.off("paper:update", onRemote),
      () => socket.off("disconnect", onDisconnect),
      session.onJoined(() => void this.sync()),
    );
    if (session.joined) void this.sync();
  }

  private watch(doc: Y.Doc): void {
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) {
        this.pending.push(update);
        void this.flush();
      }
      this.options.onChange?.(this, false);
    });
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? 8_000;
  }

  /** paper:sync: what the server has that we lack, then what we have that it lacks. */
  async sync(): Promise<void> {
    if (this.closed) return;
    this.synced = false;
    this.setStatus("syncing");
    let reply;
    try {
      reply = await this.session.socket.timeout(this.timeoutMs).emitWithAck("paper:sync", {
        sessionId: this.sessionId,
        paperId: this.paperId,
        stateVector: toBase64(Y.encodeStateVector(this.doc)),
      });
    } catch {
      return; // disconnected or no answer: the next join syncs again
    }
    if (!reply.ok) {
      this.options.onError?.(reply.error);
      return;
    }
    const missing = fromBase64(reply.update);
    if (missing) Y.applyUpdate(this.doc, missing, REMOTE);
    const vector = fromBase64(reply.stateVector);
    // Whatever we wrote that the server lacks (typed offline, or lost in flight) replaces the queue.
    const ours = vector ? Y.encodeStateAsUpdate(this.doc, vector) : null;
    // An update with nothing in it is two bytes (no structs, no deletions).
    this.pending = ours && ours.byteLength > 2 ? [ours] : [];
    this.synced = true;
    await this.flush();
  }

  /** Sends what is waiting, merged, one request at a time. */
  private async flush(): Promise<void> {
    if (this.inFlight || !this.synced || this.closed || this.pending.length === 0) {
      if (this.synced && !this.inFlight && this.pending.length === 0) this.setStatus("saved");
      return;
    }
    this.inFlight = true;
    this.setStatus("saving");
    const batch = this.takeBatch();
    let retry = false;
    try {
      const reply = await this.session.socket
        .timeout(this.timeoutMs)
        .emitWithAck("paper:update", { sessionId: this.sessionId, paperId: this.paperId, update: toBase64(batch) });
      if (!reply.ok) {
        if (reply.error.code === "rate.limited") {
          this.pending.unshift(batch);
          retry = true;
        } else if (reply.error.code === "paper.out_of_sync") {
          void this.sync();
        } else {
          this.options.onError?.(reply.error);
          await this.reset();
        }
      }
    } catch {
      // No answer: the update may or may not be stored. The next sync sends whatever the server lacks.
      this.pending.unshift(batch);
      retry = this.session.socket.connected;
    } finally {
      this.inFlight = false;
    }
    if (retry) setTimeout(() => void this.flush(), 400);
    else await this.flush();
  }

  /** The waiting updates merged, as many as fit in one request. */
  private takeBatch(): Uint8Array {
    let batch = this.pending.shift()!;
    while (this.pending.length) {
      const merged = Y.mergeUpdates([batch, this.pending[0]!]);
      if (((merged.byteLength + 2) / 3) * 4 > PAPER_LIMITS.updateChars) break;
      batch = merged;
      this.pending.shift();
    }
    return batch;
  }

  /** Replaces the document with the server's (after a refusal). */
  private async reset(): Promise<void> {
    this.doc.destroy();
    this.doc = new Y.Doc();
    this.watch(this.doc);
    this.pending = [];
    this.options.onChange?.(this, true);
    await this.sync();
  }

  private setStatus(status: PaperSyncStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onChange?.(this, false);
  }

  close(): void {
    this.closed = true;
    for (const off of this.unsubscribe) off();
    this.doc.destroy();
  }
}
