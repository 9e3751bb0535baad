/**
 * Who a link's token is: the one check of a link, shared by the socket's join (./handlers.ts), the
 * HTTP routes that take a link (the ballot form, the exports) and the delegate page's server
 * rendering (./live-view.ts).
 */
import type { Database } from "../db";
import type { AccessRecord } from "../db/sessions";
import type { Actor } from "../room";

export function actorFor(access: { role: string; member: string | null }): Actor {
  switch (access.role) {
    case "chair":
      return { role: "chair" };
    case "delegation":
      return { role: "delegation", member: access.member ?? "" };
    case "screen":
      return { role: "screen" };
    default:
      return { role: "observer" };
  }
}

/** What opens a link: its record, for this session, neither the join code nor revoked (the join's own check). */
export type OpenedLink = { ok: true; access: AccessRecord; actor: Actor } | { ok: false; code: "auth.invalid_token" | "auth.revoked" };

/**
 * The one check of a link, shared by the socket's join, the page's server rendering and the
 * ballot over HTTP: a token of another session, the join code or an unknown token open nothing.
 */
export async function openLink(db: Database, sessionId: string, token: string): Promise<OpenedLink> {
  const access = await db.sessions.access(token);
  // The join code only lets a student take a seat (server/sessions/http.ts): it opens nothing here.
  if (!access || access.sessionId !== sessionId || access.role === "join") return { ok: false, code: "auth.invalid_token" };
  if (access.revokedAt) return { ok: false, code: "auth.revoked" };
  return { ok: true, access, actor: actorFor(access) };
}
