/**
 * A session as a client sees it: joins with its link's token, keeps the state by reducing the
 * server's events with the same `reduce` as the server, resyncs from its last sequence number
 * after any reconnection (a server restart included) and whenever a broadcast shows it missed one
 * (a gap in the sequence), and sends commands that are retried under the same id until
 * acknowledged — so a retry never applies twice. Broadcasts that arrive while it joins are kept
 * and applied after the join's answer, not dropped.
 * Used by the browser's store, by the tests and by scripts (simulated delegations).
 */
import type { CommandAccepted, EventsMessage, JoinResult, WireEvent } from "@/lib/protocol";
import type { ProtocolError, Reply } from "@/lib/protocol/reply";
import { connect, type ConnectionStatus, type HemicycleClientSocket } from "./connection";

export type { WireEvent };

export type SessionStatus = ConnectionStatus | "joining" | "resynced" | "revoked" | "join-failed";

export interface SessionClientOptions<S, E> {
  url?: string;
  sessionId: string;
  token: string;
  locale?: string;
  reduce(state: S, event: E): S;
  onChange?(state: S, seq: number): void;
  onStatus?(status: SessionStatus, error?: ProtocolError): void;
  onEvents?(events: WireEvent<E>[]): void;
  transports?: ("websocket" | "polling")[];
  /**
   * The state the page was rendered with on the server (lib/protocol/live-view.ts): the client
   * starts from it and joins from its `seq`, receiving only the events since.
   */
  initial?: { state: S; seq: number; role: JoinResult<S, E>["role"]; member: string | null };
}

export interface SendOptions {
  /** Per attempt. */
  timeoutMs?: number;
  /** The command's id, when the caller names it (a form's ballot: the id the same form would post over HTTP). */
  commandId?: string;
  attempts?: number;
}

/** A command id from the browser's (or Node's) random source; works outside secure contexts too. */
export function newCommandId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** `S`, `E`, `C`: the session engine's state, event and command types (lib/session's in the app). */
export class SessionClient<S, E, C = unknown> {
  readonly socket: HemicycleClientSocket<C, S, E>;
  state: S | null = null;
  seq = 0;
  role: JoinResult<S, E>["role"] | null = null;
  member: string | null = null;
  status: SessionStatus = "connecting";
  private joinedOnce = false;
  private joining = false;
  /** Broadcasts received while joining (or past a gap), applied once the join has answered. */
  private held: EventsMessage<E>[] = [];
  private waiters = new Set<() => void>();
  private joinedListeners = new Set<() => void>();

  constructor(private readonly options: SessionClientOptions<S, E>) {
    if (options.initial) {
      this.state = options.initial.state;
      this.seq = options.initial.seq;
      this.role = options.initial.role;
      this.member = options.initial.member;
    }
    this.socket = connect<C, S, E>({
      url: options.url,
      locale: options.locale,
      transports: options.transports,
      onStatus: (status) => {
        if (status === "connected") return; // "connected" is announced once the join succeeded
        // After a refused join the socket is closed on purpose: keep saying why.
        if (this.status === "revoked" || this.status === "join-failed") return;
        this.setStatus(status);
      },
    });
    const socket = this.socket;
    socket.on("connect", () => void this.join());
    socket.on("session:events", (message) => {
      if (message.sessionId === options.sessionId) this.receive(message as EventsMessage<E>);
    });
    socket.on("session:revoked", () => {
      this.setStatus("revoked");
      this.socket.disconnect();
    });
    // The server does not reconnect a socket it closed itself (a revoked link, a restart behind a
    // proxy…): ask again — the join's answer says whether this link still works.
    socket.on("disconnect", (reason) => {
      if (reason === "io server disconnect" && this.status !== "revoked") setTimeout(() => this.socket.connect(), 250);
    });
  }

  /** Sends a command; resolves with the server's reply (never rejects: transport failures become errors). */
  async send(command: C, options: SendOptions = {}): Promise<Reply<CommandAccepted>> {
    const commandId = options.commandId ?? newCommandId();
    const attempts = options.attempts ?? 4;
    const timeoutMs = options.timeoutMs ?? 5_000;
    const lastError: ProtocolError = { code: "client.timeout", message: "No answer from the server" };
    // Sent once this connection has joined: a socket back from a restart but not joined yet would be
    // answered session.not_joined, and the tap lost.
    const ready = () => this.socket.connected && this.joined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (!ready()) await this.waitFor(ready, timeoutMs).catch(() => {});
      try {
        const reply = await this.socket
          .timeout(timeoutMs)
          .emitWithAck("session:command", { sessionId: this.options.sessionId, commandId, command });
        // The server restarted between our check and its reading: send again once joined (same id, so never twice).
        if (!reply.ok && reply.error.code === "session.not_joined" && attempt + 1 < attempts) continue;
        if (reply.ok) await this.waitFor(() => this.seq >= reply.seq, timeoutMs).catch(() => {});
        return reply;
      } catch {
        // Timed out or disconnected: the command may or may not have been applied. Retrying
        // with the same id is safe — the server answers a known id with its original reply.
      }
    }
    return { ok: false, error: lastError };
  }

  /** Resolves once `predicate` holds (checked after every change), or rejects after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`waitFor: condition not met within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  close(): void {
    this.socket.disconnect();
  }

  private async join(): Promise<void> {
    if (this.joining) return;
    this.joining = true;
    try {
      await this.joinOnce();
    } finally {
      this.joining = false;
    }
    // What arrived meanwhile, in order: applied past the join's sequence, or the next resync.
    const held = this.held.sort((a, b) => (a.fromSeq ?? a.lastSeq) - (b.fromSeq ?? b.lastSeq));
    this.held = [];
    if (this.state !== null && this.status !== "revoked" && this.status !== "join-failed")
      for (const message of held) this.receive(message);
  }

  private async joinOnce(): Promise<void> {
    this.setStatus("joining");
    let reply: Reply<JoinResult<S, E>>;
    try {
      reply = await this.socket
        .timeout(10_000)
        .emitWithAck("session:join", { sessionId: this.options.sessionId, token: this.options.token, lastSeq: this.seq });
    } catch {
      if (this.socket.connected) this.socket.disconnect().connect(); // try the whole handshake again
      return;
    }
    if (!reply.ok) {
      this.setStatus(reply.error.code === "auth.revoked" ? "revoked" : "join-failed", reply.error);
      this.socket.disconnect();
      return;
    }
    this.role = reply.role;
    this.member = reply.member;
    if (reply.snapshot !== null) {
      this.state = reply.snapshot;
      this.seq = reply.seq;
      this.changed();
    } else if (reply.events) {
      this.apply(reply.events, reply.seq);
    }
    this.setStatus(this.joinedOnce ? "resynced" : "connected");
    this.joinedOnce = true;
    for (const listener of [...this.joinedListeners]) listener();
  }

  /** Calls `listener` after every successful join (the first and each after a reconnection); returns its removal. */
  onJoined(listener: () => void): () => void {
    this.joinedListeners.add(listener);
    return () => this.joinedListeners.delete(listener);
  }

  get sessionId(): string {
    return this.options.sessionId;
  }

  get joined(): boolean {
    return this.state !== null && (this.status === "connected" || this.status === "resynced");
  }

  private receive(message: EventsMessage<E>): void {
    if (this.joining || this.state === null) {
      this.held.push(message);
      return;
    }
    // A batch that follows a later sequence than ours: one was missed. Join again from our
    // sequence (the server answers what we lack) rather than apply past the hole.
    if (message.fromSeq !== undefined && message.fromSeq > this.seq) {
      this.held.push(message);
      void this.join();
      return;
    }
    this.apply(message.events, message.lastSeq);
  }

  private apply(events: WireEvent<E>[], lastSeq: number): void {
    if (this.state === null) return;
    const fresh = events.filter((e) => e.seq > this.seq).sort((a, b) => a.seq - b.seq);
    for (const { event } of fresh) this.state = this.options.reduce(this.state, event);
    this.seq = Math.max(this.seq, lastSeq);
    if (fresh.length) this.options.onEvents?.(fresh);
    this.changed();
  }

  private changed(): void {
    if (this.state !== null) this.options.onChange?.(this.state, this.seq);
    for (const waiter of [...this.waiters]) waiter();
  }

  private setStatus(status: SessionStatus, error?: ProtocolError): void {
    this.status = status;
    this.options.onStatus?.(status, error);
    for (const waiter of [...this.waiters]) waiter();
  }
}
