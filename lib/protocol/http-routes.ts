/**
 * Every HTTP route the Node server answers itself, by name: its method, its path and who may call
 * it. No zod here: the browser's client (lib/client/http-client.ts) builds its requests from this
 * table, and the shapes (lib/protocol/http.ts) reach it as types only. The server's table
 * (server/sessions/http.ts) gives each name its handler; a name without one does not compile.
 */

/**
 * Who may call a route: anyone; the session's chair link; any live link of the session (chair,
 * delegation, screen, observer); or the route checks its own credential (a join code, an owner key,
 * the screen's link).
 */
export type RouteAccess = "open" | "chair" | "any-link" | "own";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteSpec {
  method: HttpMethod;
  /** `:name` is a path parameter (checked by the route's `params` schema). */
  path: string;
  access: RouteAccess;
  /** Also answers HEAD (health checks, downloads). */
  head?: true;
  /** Writes to the database for anyone: limited per address and in all (429 with Retry-After), and the optional CREATE_PASSWORD. */
  limited?: true;
}

export const HTTP_ROUTES = {
  health: { method: "GET", path: "/api/health", access: "open", head: true },
  flag: { method: "GET", path: "/flags/:code.svg", access: "open" },

  "session.create": { method: "POST", path: "/api/sessions", access: "open", limited: true },
  "session.links": { method: "GET", path: "/api/sessions/:id/links", access: "chair" },
  "session.events": { method: "GET", path: "/api/sessions/:id/events", access: "any-link" },
  "session.summary": { method: "GET", path: "/api/sessions/:id/summary", access: "chair" },
  "session.members": { method: "PUT", path: "/api/sessions/:id/members", access: "chair" },
  "session.presence": { method: "GET", path: "/api/sessions/:id/presence", access: "chair" },
  "drafts.table": { method: "POST", path: "/api/sessions/:id/drafts", access: "chair" },
  "ballot.cast": { method: "POST", path: "/api/sessions/:id/ballot", access: "own" },
  "session.export": { method: "GET", path: "/api/sessions/:id/export/:file", access: "any-link", head: true },

  "simulation.status": { method: "GET", path: "/api/sessions/:id/simulation", access: "chair" },
  "simulation.start": { method: "POST", path: "/api/sessions/:id/simulation", access: "chair" },
  "simulation.stop": { method: "DELETE", path: "/api/sessions/:id/simulation", access: "chair" },

  "delegation.reissue": { method: "POST", path: "/api/sessions/:id/delegations/:member/reissue", access: "chair" },
  "access.rotate": { method: "POST", path: "/api/sessions/:id/access/:role/rotate", access: "chair" },
  "invite.get": { method: "GET", path: "/api/sessions/:id/invite", access: "own" },
  "join.seats": { method: "GET", path: "/api/sessions/:id/join", access: "own" },
  "join.claim": { method: "POST", path: "/api/sessions/:id/join", access: "own" },
  "joinCode.status": { method: "GET", path: "/api/sessions/:id/join-code", access: "chair" },
  "joinCode.renew": { method: "POST", path: "/api/sessions/:id/join-code", access: "chair" },
  "joinCode.close": { method: "DELETE", path: "/api/sessions/:id/join-code", access: "chair" },

  "documents.list": { method: "GET", path: "/api/documents", access: "open" },
  "documents.import": { method: "POST", path: "/api/documents", access: "open", limited: true },
  "documents.preview": { method: "POST", path: "/api/documents/preview", access: "open" },
  "documents.get": { method: "GET", path: "/api/documents/:id", access: "open" },
  "documents.rename": { method: "PATCH", path: "/api/documents/:id", access: "own" },
  "documents.delete": { method: "DELETE", path: "/api/documents/:id", access: "own" },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof HTTP_ROUTES;

/** The largest upload the library accepts (a file's bytes, or pasted text): 2 MB. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The path with its parameters filled in (each one URI-encoded). */
export function routePath(route: RouteName, params: Record<string, string> = {}): string {
  return HTTP_ROUTES[route].path.replace(/:([a-z]+)/gi, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route}: missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
