/**
 * What a page's server rendering may ask the rooms: a link's view of its session, exactly as the
 * socket's join would answer it (the same check of the token, the same projection of the state).
 * Next.js bundles its own copies of our modules, so the page cannot import the server's registry:
 * the custom server (server/app.ts) hands it this bridge through a process-wide symbol instead.
 * A page rendered without it (no custom server) renders as before, from the socket alone.
 */
import type { JoinResult } from "./index";

/** The join's answer without its events: the state as this link may see it, at `seq`. */
export type LiveView<S> = Pick<JoinResult<S>, "sessionId" | "role" | "member" | "seq"> & { snapshot: S };

export type LiveViewAnswer<S> = { ok: true; view: LiveView<S> } | { ok: false; code: "auth.invalid_token" | "auth.revoked" };

export interface LiveViewBridge<S = unknown> {
  /**
   * `holdSeat: false` for a link preview or a prefetch (./link-preview.ts): the view, without
   * holding the delegation's seat as a person's first visit does.
   */
  view(sessionId: string, token: string, options?: { holdSeat?: boolean }): Promise<LiveViewAnswer<S>>;
}

const KEY = Symbol.for("hemicycle.live-view");
type Holder = { [KEY]?: LiveViewBridge };

/** Registers the process's bridge; returns its removal (only if it is still the one registered). */
export function provideLiveView(bridge: LiveViewBridge): () => void {
  (globalThis as Holder)[KEY] = bridge;
  return () => {
    if ((globalThis as Holder)[KEY] === bridge) delete (globalThis as Holder)[KEY];
  };
}

/** The bridge the custom server registered, or null (a page served without it). */
export function liveViewBridge<S>(): LiveViewBridge<S> | null {
  return ((globalThis as Holder)[KEY] as LiveViewBridge<S> | undefined) ?? null;
}
