/**
 * A session page's store: the state is only ever what `reduceLive` makes of the server's events
 * (the same reducer as the server's); the page sends commands and waits for the events.
 */
import { createStore } from "zustand/vanilla";
import { newCommandId, type SendOptions, type SessionStatus } from "@/lib/client/session-client";
import type { ProtocolError, Reply } from "@/lib/protocol/reply";
import type { LiveCommand, LiveSessionState } from "@/lib/session";
import type { PaperSession } from "@/lib/client/paper-client";

export type Role = "chair" | "delegation" | "screen" | "observer";

export interface SessionStoreState {
  status: SessionStatus;
  error: ProtocolError | null;
  role: Role | null;
  member: string | null;
  live: LiveSessionState | null;
  seq: number;
  /** Server time minus this device's, so clocks (timers) agree with the server. */
  clockOffset: number;
  /**
   * When the server rendered the page (its clock), or null: the clocks read it until the page has
   * hydrated, so a running timer renders the same text on the server and on hydration.
   */
  renderedAt: number | null;
  /** The chair's view of which delegations have a connected device (null until the server says; never in the log). */
  presence: string[] | null;
  send(command: LiveCommand, options?: SendOptions): Promise<Reply<{ seq: number; events: number }>>;
  /** The page's connection, for the working papers' documents (lib/client/paper-client.ts); null until connected. */
  paperSession: PaperSession | null;
  /** The page's link (its ballot form posts it). */
  link: { sessionId: string; token: string } | null;
  /**
   * The ballot form (POST /api/sessions/:id/ballot): the id the server rendered it with, and the
   * refusal of the last ballot it posted (from the page's address), said until the next one.
   */
  ballot: { formId: string; refused: Omit<ProtocolError, "message"> | null };
}

/** What a page's server rendering gives its store: the state as the join would answer it, or why the link opens nothing. */
export type SessionSeed = Partial<
  Pick<SessionStoreState, "status" | "error" | "role" | "member" | "live" | "seq" | "ballot" | "renderedAt">
>;

export type SessionStore = ReturnType<typeof createSessionStore>;

/** One store per page instance (never a module's): on the server, one per request. */
export function createSessionStore(seed: SessionSeed = {}, link: SessionStoreState["link"] = null) {
  return createStore<SessionStoreState>()(() => ({
    status: "connecting",
    error: null,
    role: null,
    member: null,
    live: null,
    seq: 0,
    clockOffset: 0,
    renderedAt: null,
    presence: null,
    send: async () => ({ ok: false, error: { code: "session.not_joined", message: "" } }),
    paperSession: null,
    link,
    ballot: { formId: newCommandId(), refused: null },
    ...seed,
  }));
}
