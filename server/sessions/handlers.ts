/**
 * session:join and session:command. The token decides the role; the role is checked before the
 * engine sees a command (screens and observers send none), and the engine checks the rest (a
 * delegation acts only for itself, only the chair opens a vote…).
 */
import { ok, type JoinResult } from "@/lib/protocol";
import type { z } from "zod";
import type { Database } from "../db";
import { memberRoom, sessionRoom } from "../broadcaster";
import { CHAIR_AUDIENCE } from "@/lib/session/events";
import type { Actor, RoomEngine, SubmitResult } from "../room";
import type { RoomRegistry } from "./registry";
import type { IdleRooms } from "./idle-rooms";
import { localizedFail, type Handlers } from "../sockets";
import { trackPresence } from "./presence";
import { firstIssue } from "@/lib/util/zod-issue";
import { openLink } from "./open-link";

/**
 * Devices one link may keep connected at once: each receives every broadcast, so this bounds what
 * one link can cost. A delegation's or the chair's link: a phone, its reconnections, a laptop. The
 * screen's and observers' links are read-only and meant to be opened on several displays — the
 * projector, a second room, the observers' own devices — so they may hold more.
 */
export const MAX_SOCKETS_PER_LINK = 8;
export const MAX_SOCKETS_PER_VIEWING_LINK = 64;
const socketsPerLink = (role: string) => (role === "screen" || role === "observer" ? MAX_SOCKETS_PER_VIEWING_LINK : MAX_SOCKETS_PER_LINK);

/** Past this many missed events, a joining client gets a snapshot instead of the events. */
export const RESYNC_EVENTS_MAX = 1_000;

export const tokenRoom = (token: string) => `token:${token}`;

export interface EngineBundle<S, C, E extends { type: string }> {
  engine: RoomEngine<S, C, E>;
  commandSchema: z.ZodType<C>;
}

export interface SessionDeps<S, C, E extends { type: string }> {
  db: Database;
  rooms: RoomRegistry<S, C, E>;
  bundle: EngineBundle<S, C, E>;
  /** Forgets rooms nobody is connected to (./idle-rooms.ts). */
  idle?: IdleRooms;
  /**
   * Runs the room's decision of a command, completed with what only the server knows (a working
   * paper's text), inside whatever must not change meanwhile (the paper's queue: no update is
   * acknowledged between the text's conversion and the paper's submission).
   */
  around?: <R>(sessionId: string, command: C, submit: (command: C) => Promise<R>) => Promise<R>;
}

/**
 * The one way a link's command reaches its room, over the socket or HTTP (the ballot form): the
 * room decides it (the engine checks who may do what), writes its events, then answers — a
 * command id the actor already used is answered with its original reply, never applied twice.
 */
export async function commit<S, C, E extends { type: string }>(
  deps: Pick<SessionDeps<S, C, E>, "rooms" | "around">,
  sessionId: string,
  command: C,
  commandId: string,
  actor: Actor,
): Promise<SubmitResult> {
  const room = await deps.rooms.get(sessionId);
  const submit = (c: C) => room.submit(c, commandId, actor);
  return deps.around ? deps.around(sessionId, command, submit) : submit(command);
}

export function sessionHandlers<S, C, E extends { type: string }>(
  deps: SessionDeps<S, C, E>,
): Pick<Handlers, "session:join" | "session:command"> {
  return {
    async "session:join"(socket, payload, ack) {
      const locale = socket.data.locale;
      const opened = await openLink(deps.db, payload.sessionId, payload.token);
      if (!opened.ok) return ack(localizedFail(locale, opened.code));
      const { access, actor } = opened;
      // Its seat is held from now on: the join code will not offer it to anyone else.
      if (access.role === "delegation" && access.claimedAt === null) await deps.db.sessions.markUsed(payload.token, new Date());
      deps.idle?.busy(payload.sessionId);
      const room = await deps.rooms.get(payload.sessionId);

      // Inside the room's queue: no command commits between reading and joining, so the client
      // gets every event exactly once (what is broadcast afterwards has a higher sequence).
      const before = socket.data.joined?.sessionId ?? null;
      type Joined = { ok: true; value: JoinResult<S, E> } | { ok: false; code: string; params?: Record<string, number> };
      const result = await room.exclusive(async (): Promise<Joined> => {
        const sameLink = socket.nsp.adapter.rooms.get(tokenRoom(payload.token));
        const max = socketsPerLink(access.role);
        if (sameLink && !sameLink.has(socket.id) && sameLink.size >= max)
          return { ok: false, code: "auth.too_many_devices", params: { max } };
        const previous = socket.data.joined;
        if (previous) for (const r of socket.rooms) if (r !== socket.id) await socket.leave(r);
        if (previous && previous.sessionId !== payload.sessionId) deps.idle?.left(previous.sessionId);
        // Once per socket: its session's room may be forgotten when the last socket has gone.
        if (!previous) socket.once("disconnect", () => socket.data.joined && deps.idle?.left(socket.data.joined.sessionId));
        await socket.join([sessionRoom(payload.sessionId), tokenRoom(payload.token)]);
        // A reissue may have revoked the link since it was read above, and cut off the link's
        // sockets before this one was among them: read it again now that it is (a later
        // revocation finds it in the link's room).
        if ((await deps.db.sessions.access(payload.token))?.revokedAt) {
          for (const r of socket.rooms) if (r !== socket.id) await socket.leave(r);
          socket.data.joined = undefined;
          return { ok: false, code: "auth.revoked" };
        }
        if (actor.role === "delegation") await socket.join(memberRoom(payload.sessionId, actor.member));
        // Events only the chair sees (the simulation's settings) go to the chair's "member" room.
        if (actor.role === "chair") await socket.join(memberRoom(payload.sessionId, CHAIR_AUDIENCE));
        socket.data.joined = { sessionId: payload.sessionId, actor, token: payload.token };

        const behind = room.lastSeq - payload.lastSeq;
        const base = { sessionId: payload.sessionId, role: access.role as JoinResult["role"], member: access.member, seq: room.lastSeq };
        if (payload.lastSeq > 0 && behind >= 0 && behind <= RESYNC_EVENTS_MAX) {
          return { ok: true, value: { ...base, snapshot: null, events: await room.eventsSince(payload.lastSeq, actor) } };
        }
        return { ok: true, value: { ...base, snapshot: room.snapshot(actor).state, events: null } };
      });
      if (!result.ok) return ack(localizedFail(locale, result.code, result.params));
      ack(ok(result.value));
      trackPresence(socket, payload.sessionId, before);
    },

    async "session:command"(socket, payload, ack) {
      const locale = socket.data.locale;
      const joined = socket.data.joined;
      if (!joined || joined.sessionId !== payload.sessionId) return ack(localizedFail(locale, "session.not_joined"));
      if (joined.actor.role === "screen" || joined.actor.role === "observer") return ack(localizedFail(locale, "auth.forbidden"));
      const parsed = deps.bundle.commandSchema.safeParse(payload.command);
      if (!parsed.success) {
        return ack(localizedFail(locale, "protocol.invalid_payload", { path: `command.${firstIssue(parsed.error).path}` }));
      }
      const result = await commit(deps, payload.sessionId, parsed.data, payload.commandId, joined.actor);
      if (!result.ok) return ack(localizedFail(locale, result.error.code, result.error.params));
      ack(ok({ seq: result.seq, events: result.events }));
    },
  };
}
