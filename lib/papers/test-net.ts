/**
 * A deterministic network for the convergence tests: the server (lib/papers' own tryUpdate) and
 * clients whose updates travel in FIFO queues, delivered one message at a time in the order the
 * test chooses; a client can drop off (its messages in flight are lost) and come back with a
 * state-vector sync, as lib/client does on reconnection.
 */
import * as Y from "yjs";
import { missingFor, tryUpdate } from "./sync";

export interface Peer {
  name: string;
  doc: Y.Doc;
  online: boolean;
  /** Updates to the server, then from it. */
  up: Uint8Array[];
  down: Uint8Array[];
}

export class TestNet {
  readonly server = new Y.Doc();
  readonly peers: Peer[] = [];
  refused: string[] = [];

  constructor(names: string[]) {
    for (const name of names) {
      const peer: Peer = { name, doc: new Y.Doc(), online: true, up: [], down: [] };
      peer.doc.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin !== "remote" && peer.online) peer.up.push(update);
      });
      this.peers.push(peer);
    }
  }

  peer(name: string): Peer {
    const peer = this.peers.find((p) => p.name === name);
    if (!peer) throw new Error(name);
    return peer;
  }

  /** The server receives one update from `peer`: checked, applied, broadcast to the others. */
  deliverUp(peer: Peer): boolean {
    const update = peer.up.shift();
    if (!update) return false;
    this.receive(peer, update);
    return true;
  }

  private receive(peer: Peer, update: Uint8Array): void {
    const accepted = tryUpdate(this.server, update, peer.name);
    if (!accepted.ok) {
      this.refused.push(accepted.problem);
      return;
    }
    for (const other of this.peers) if (other !== peer && other.online) other.down.push(update);
  }

  deliverDown(peer: Peer): boolean {
    const update = peer.down.shift();
    if (!update) return false;
    Y.applyUpdate(peer.doc, update, "remote");
    return true;
  }

  disconnect(peer: Peer): void {
    peer.online = false;
    peer.up = [];
    peer.down = [];
  }

  /** paper:sync: the peer's state vector → what it lacks; then what the server lacks, as one update. */
  reconnect(peer: Peer): void {
    peer.online = true;
    const missing = missingFor(this.server, Y.encodeStateVector(peer.doc));
    if (missing) Y.applyUpdate(peer.doc, missing, "remote");
    const ours = Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(this.server));
    this.receive(peer, ours);
  }

  /** Everything in flight delivered, everyone back online. */
  settle(): void {
    for (const peer of this.peers) if (!peer.online) this.reconnect(peer);
    let moved = true;
    while (moved) {
      moved = false;
      for (const peer of this.peers) moved = this.deliverUp(peer) || moved;
      for (const peer of this.peers) moved = this.deliverDown(peer) || moved;
    }
  }
}
