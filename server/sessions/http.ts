/**
 * Every HTTP route the Node server answers (the rest goes to Next.js), in one table: the routes'
 * names, methods, paths and access are in lib/protocol/http-routes.ts, their shapes in
 * lib/protocol/http.ts, and HANDLERS below gives each its handler — a session's own routes
 * (./session-routes.ts), the join code and the other links (./access-http.ts), the composition
 * (./members-http.ts), another draft (./drafts-http.ts), the summary (./summary-http.ts), the exports (./exports.ts), the document
 * library (./library-http.ts), and the health check and flags (../http.ts).
 * A link travels as `Authorization: Bearer <token>` (or `?key=` for a printable page).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { HTTP_SHAPES, type CreateSessionRequest } from "@/lib/protocol/http";
import { HTTP_ROUTES, type RouteName } from "@/lib/protocol/http-routes";
import { issueParams } from "@/lib/util/zod-issue";
import type { LiveCommand } from "@/lib/session";
import type { TokenBucket } from "../rate-limit";
import type { Actor, SubmitResult } from "../room";
import type { Database } from "../db";
import type { AccessRecord } from "../db/sessions";
import { flag, health, sendJson } from "../http";
import type { SimulationService } from "../bots/service";
import { ACCESS_HANDLERS } from "./access-http";
import type { CreateGate } from "./create-limit";
import { exportFile } from "./exports";
import { anyAccess, chairAccess, error, methodNotAllowed, readForm, readJson, requestLocale } from "./http-kit";
import { LIBRARY_HANDLERS } from "./library-http";
import { tableDraft } from "./drafts-http";
import { castBallot } from "./ballot-http";
import { changeMembers } from "./members-http";
import { refuse, reply, type Answer, type Handler, type RouteContext } from "./route-kit";
import { createSession, eventLog, links, reissue, startSimulation, stopSimulation } from "./session-routes";
import { summary } from "./summary-http";

/** What the session layer needs to start a session: the first events of its log. */
export interface SessionFactory {
  /** The rules engine's version, recorded with the session's first events. */
  readonly engineVersion: string;
  /**
   * Checks the request against the rules and the library, and returns the session's title and
   * first events, or an error code (e.g. unknown member, unknown document).
   */
  prepare(
    request: CreateSessionRequest,
    ctx: { now: number; db: Database },
  ): Promise<
    /** `events` are the engine's events, stored as they are (each one's payload is the event itself). */
    | { ok: true; title: string; members: string[]; documentId?: string | null; events: Array<{ type: string }> }
    | { ok: false; code: string; params?: Record<string, string | number> }
  >;
}

export interface SessionsHttpDeps {
  db: Database;
  factory: SessionFactory;
  now(): number;
  /** Cuts off every device using these tokens (revoked links). */
  revoke(sessionId: string, tokens: string[]): void;
  /** The address the server listens on: on loopback only, links cannot use the LAN address. */
  listenHost?: string;
  /** Simulated delegations run by this process. */
  simulation: SimulationService;
  /** The delegations with a connected device (ephemeral: the sockets' state, not the log). */
  presence(sessionId: string): Promise<string[]>;
  /** Who may create sessions, how often (./create-limit.ts). */
  createGate: CreateGate;
  /**
   * A link's own command over HTTP (the ballot form), through the room's one commit path
   * (./handlers.ts commit) with the same per-link budget as its sockets.
   */
  commands: {
    /** The link's budget, shared with every socket it opens (server/sockets.ts). */
    budget(token: string): TokenBucket;
    commit(sessionId: string, command: LiveCommand, commandId: string, actor: Actor): Promise<SubmitResult>;
  };
  /** Sends a command to a session as the chair (the simulation's settings go into the log). */
  asChair(
    sessionId: string,
    command: LiveCommand,
    /** Accepted: the last event's seq and how many events the command wrote (they end at `seq`). */
  ): Promise<{ ok: true; seq: number; events: number } | { ok: false; code: string; params?: Record<string, string | number> }>;
}

/**
 * Every route's handler, by the route's name (lib/protocol/http-routes.ts): a route without a
 * handler, or a handler whose reply does not match its schema, does not compile.
 */
const HANDLERS: { [R in RouteName]: Handler<R> } = {
  health,
  flag,
  "session.create": createSession,
  "session.links": links,
  "session.events": eventLog,
  "session.summary": summary,
  "session.members": changeMembers,
  "session.presence": async ({ deps, params }) => reply({ ok: true, connected: await deps.presence(params.id) }),
  "session.export": exportFile,
  "simulation.status": async ({ deps, params }) => reply({ ok: true, ...deps.simulation.status(params.id) }),
  "simulation.start": startSimulation,
  "simulation.stop": stopSimulation,
  "delegation.reissue": reissue,
  "drafts.table": tableDraft,
  "ballot.cast": castBallot,
  ...ACCESS_HANDLERS,
  ...LIBRARY_HANDLERS,
};

/** A path template as a pattern: `:name` matches one segment. */
function pattern(path: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split(/(:[a-z]+)/i)
    .map((part) => (part.startsWith(":") ? (names.push(part.slice(1)), "([^/]+?)") : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return { regex: new RegExp(`^${source}$`), names };
}

const TABLE = (Object.keys(HTTP_ROUTES) as RouteName[]).map((name) => ({ name, ...HTTP_ROUTES[name], ...pattern(HTTP_ROUTES[name].path) }));

/**
 * Answers the request if one of the routes matches its path; false lets Next.js have it. The first
 * path that matches decides (a literal path comes before one with a parameter in HTTP_ROUTES),
 * then the method (405 with `allow`), the path's parameters (404), the caller's link (403), the
 * query and the body (400, nothing done): the handler runs on valid input only.
 */
export async function handleSessionsApi(req: IncomingMessage, res: ServerResponse, url: URL, deps: SessionsHttpDeps): Promise<boolean> {
  const first = TABLE.find((route) => route.regex.test(url.pathname));
  if (!first) return false;
  const locale = requestLocale(req);
  const samePath = TABLE.filter((route) => route.path === first.path);
  const method = req.method ?? "";
  const route = samePath.find((r) => r.method === method || (method === "HEAD" && r.method === "GET" && "head" in r && r.head));
  if (!route) {
    const allowed = samePath.flatMap((r) => (r.method === "GET" && "head" in r && r.head ? ["GET", "HEAD"] : [r.method]));
    req.resume();
    return (methodNotAllowed(res, locale, allowed.join(", ")), true);
  }
  const answer = await run(route.name, route, { req, res, url, deps, locale });
  if (answer === "sent") return true;
  if ("refuse" in answer) {
    for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
    if (!req.readableEnded) req.resume();
    error(res, answer.status, answer.locale ?? locale, answer.refuse, answer.params);
  } else sendJson(res, answer.status ?? 200, answer.reply);
  return true;
}

async function run<R extends RouteName>(
  name: R,
  route: (typeof TABLE)[number],
  ctx: Pick<RouteContext<R>, "req" | "res" | "url" | "deps" | "locale">,
): Promise<Answer<R>> {
  const shape = HTTP_SHAPES[name] as unknown as RouteShapeOf;
  const captured = ctx.url.pathname.match(route.regex)!.slice(1);
  let raw: Record<string, string>;
  try {
    raw = Object.fromEntries(route.names.map((key, i) => [key, decodeURIComponent(captured[i]!)]));
  } catch {
    return refuse(404, "http.not_found");
  }
  const params = shape.params ? shape.params.safeParse(raw) : { success: true as const, data: undefined };
  if (!params.success) return refuse(404, "http.not_found");
  const sessionId = (params.data as { id?: string } | undefined)?.id ?? "";
  let access: AccessRecord | null = null;
  if (route.access === "chair" || route.access === "any-link") {
    access = await (route.access === "chair" ? chairAccess : anyAccess)(ctx.req, ctx.url, sessionId, ctx.deps.db);
    if (!access) return refuse(403, "auth.invalid_token");
  }
  if ("limited" in route && route.limited) {
    // Before the body is read: a refused caller costs nothing.
    const refused = ctx.deps.createGate.admit(ctx.req);
    if (refused) {
      const headers: Record<string, string> = refused.retryAfterSeconds ? { "retry-after": String(refused.retryAfterSeconds) } : {};
      return refuse(refused.status, refused.code, refused.params, headers);
    }
  }
  const query = shape.query ? shape.query.safeParse(Object.fromEntries(ctx.url.searchParams)) : { success: true as const, data: undefined };
  if (!query.success) return refuse(400, "http.invalid_body", issueParams(query.error));
  let body: unknown = undefined;
  if (shape.body && !shape.upload) {
    const read = shape.form ? await readForm(ctx.req) : await readJson(ctx.req);
    if (!read.ok) return refuse(read.status, read.code);
    const parsed = shape.body.safeParse(read.value);
    if (!parsed.success) return refuse(400, "http.invalid_body", issueParams(parsed.error));
    body = parsed.data;
  }
  const handler = HANDLERS[name] as Handler<R>;
  return handler({ ...ctx, params: params.data, query: query.data, body, access } as RouteContext<R>);
}

type RouteShapeOf = { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType; upload?: true; form?: true };
