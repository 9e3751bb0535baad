/**
 * A link's view of its session for a page's server rendering (lib/protocol/live-view.ts): the
 * socket's join without the socket — the same check of the token (./open-link.ts), the
 * seat held from the first opening, the state read between two commands and projected for this
 * link. The page then hydrates from it and the socket joins from its `seq`, receiving only what
 * happened since.
 */
import type { LiveView, LiveViewAnswer, LiveViewBridge } from "@/lib/protocol/live-view";
import type { Database } from "../db";
import type { IdleRooms } from "./idle-rooms";
import type { RoomRegistry } from "./registry";
import { openLink } from "./open-link";

export function liveViews<S, C, E extends { type: string }>(deps: {
  db: Database;
  rooms: RoomRegistry<S, C, E>;
  idle?: IdleRooms;
}): LiveViewBridge<S> {
  return {
    async view(sessionId: string, token: string, options: { holdSeat?: boolean } = {}): Promise<LiveViewAnswer<S>> {
      const opened = await openLink(deps.db, sessionId, token);
      if (!opened.ok) return opened;
      const { access, actor } = opened;
      // As the join does: its seat is held from now on, even on a phone that never runs the scripts
      // — unless a chat's link preview or a prefetch is reading the page on someone's behalf.
      const holdSeat = options.holdSeat ?? true;
      if (holdSeat && access.role === "delegation" && access.claimedAt === null) await deps.db.sessions.markUsed(token, new Date());
      deps.idle?.busy(sessionId);
      try {
        const room = await deps.rooms.get(sessionId);
        const { state, seq } = await room.exclusive(() => room.snapshot(actor));
        // openLink never opens the join code: the role is one a page shows.
        const role = access.role as LiveView<S>["role"];
        return { ok: true, view: { sessionId, role, member: access.member, seq, snapshot: state } };
      } finally {
        // Nobody may connect after all (no scripts): the room leaves memory as any idle room does.
        deps.idle?.left(sessionId);
      }
    },
  };
}
