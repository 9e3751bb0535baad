/**
 * Sessions over HTTP, for the home page and for scripts. This file's routes are the table ROUTES
 * below (path, methods, who may call, handler); the request and answer shapes are in
 * lib/protocol/http.ts. The other session routes live in their own modules, tried after it: the
 * document library (./library-http.ts), the join code and the other links (./access-http.ts), the
 * members (./members-http.ts), the summary (./summary-http.ts) and the exports (./exports.ts).
 * A link travels as `Authorization: Bearer <token>` (or `?key=` for a printable page).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import QRCode from "qrcode";
import type { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import {
  createSessionSchema,
  simulationSchema,
  type CreateSessionRequest,
  type LinksResponse,
  type ReissuedLink,
  type SessionLinks,
} from "@/lib/protocol/http";
import { MEMBER_CODE } from "@/lib/procedure/members";
import { issueParams } from "@/lib/util/zod-issue";
import type { Database } from "../db";
import type { AccessRecord } from "../db/sessions";
import { sendJson } from "../http";
import { newSessionId, newToken } from "./tokens";
import { requestLinkBase } from "./link-base";
import { actorFor } from "./handlers";
import { canSee } from "../room";
import { handleExports } from "./exports";
import { handleAccessApi } from "./access-http";
import type { CreateGate } from "./create-limit";
import { anyAccess, baseUrl, chairAccess, delegationUrl, error, methodNotAllowed, readJson, requestLocale } from "./http-kit";
import { handleSummary } from "./summary-http";
import { handleMembers } from "./members-http";
import { handleLibraryApi } from "./library-http";
import { tableDraft } from "./drafts-http";
import type { SimulationService } from "../bots/service";
import type { LiveCommand } from "@/lib/session";

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
  /** Sends a command to a session as the chair (the simulation's settings go into the log). */
  asChair(
    sessionId: string,
    command: LiveCommand,
  ): Promise<{ ok: true } | { ok: false; code: string; params?: Record<string, string | number> }>;
}

const ID = "([A-Za-z0-9_-]{1,64})";

interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  deps: SessionsHttpDeps;
  locale: Locale;
  /** The path's captures: the session id first. */
  params: string[];
  /** The caller's link, checked against the route's `access` (null for an open route). */
  access: AccessRecord | null;
}

interface Route {
  methods: readonly string[];
  path: RegExp;
  /** Who may call it: anyone, the session's chair, or any live link of the session. */
  access: "open" | "chair" | "any-link";
  handle(ctx: RouteContext): Promise<unknown>;
}

/**
 * This file's routes. A request is matched on its path, then its method (405 with `allow`), then
 * the caller's link (403), before its handler runs.
 */
const ROUTES: readonly Route[] = [
  {
    methods: ["POST"],
    path: /^\/api\/sessions$/,
    access: "open",
    handle: ({ req, res, deps, locale }) => createSession(req, res, deps, locale),
  },
  { methods: ["GET"], path: new RegExp(`^/api/sessions/${ID}/links$`), access: "chair", handle: links },
  { methods: ["GET"], path: new RegExp(`^/api/sessions/${ID}/events$`), access: "any-link", handle: eventLog },
  { methods: ["GET", "POST", "DELETE"], path: new RegExp(`^/api/sessions/${ID}/simulation$`), access: "chair", handle: simulation },
  { methods: ["GET"], path: new RegExp(`^/api/sessions/${ID}/presence$`), access: "chair", handle: presence },
  { methods: ["POST"], path: new RegExp(`^/api/sessions/${ID}/drafts$`), access: "chair", handle: drafts },
  {
    methods: ["POST"],
    path: new RegExp(`^/api/sessions/${ID}/delegations/(${MEMBER_CODE.source.slice(1, -1)})/reissue$`),
    access: "chair",
    handle: reissue,
  },
];

export async function handleSessionsApi(req: IncomingMessage, res: ServerResponse, url: URL, deps: SessionsHttpDeps): Promise<boolean> {
  const locale = requestLocale(req);
  for (const route of ROUTES) {
    const match = url.pathname.match(route.path);
    if (!match) continue;
    if (!route.methods.includes(req.method ?? "")) return (methodNotAllowed(res, locale, route.methods.join(", ")), true);
    const params = match.slice(1);
    const access =
      route.access === "open" ? null : await (route.access === "chair" ? chairAccess : anyAccess)(req, url, params[0]!, deps.db);
    if (route.access !== "open" && !access) return (error(res, 403, locale, "auth.invalid_token"), true);
    await route.handle({ req, res, url, deps, locale, params, access });
    return true;
  }
  // The other session routes, each module with its own paths.
  if (url.pathname.startsWith("/api/documents"))
    return handleLibraryApi(req, res, url, { db: deps.db, locale, now: deps.now, admit: (r) => deps.createGate.admit(r) });
  if (await handleAccessApi(req, res, url, locale, deps)) return true;
  const members = {
    db: deps.db,
    now: deps.now,
    chair: (id: string) => chairAccess(req, url, id, deps.db),
    fail: (status: number, code: string, params?: Record<string, string | number>) => error(res, status, locale, code, params),
    readJson,
    asChair: deps.asChair,
    revoke: deps.revoke,
  };
  if (await handleMembers(req, res, url, members)) return true;
  if (
    await handleSummary(
      res,
      url,
      {
        db: deps.db,
        chair: (id) => chairAccess(req, url, id, deps.db),
        refuse: (status, code) => error(res, status, locale, code, code === "http.method_not_allowed" ? { allowed: "GET" } : undefined),
      },
      req,
    )
  )
    return true;
  return handleExports(req, res, url, { db: deps.db, locale, access: (id) => anyAccess(req, url, id, deps.db) });
}

async function links({ req, res, url, deps, params: [sessionId] }: RouteContext) {
  const records = await deps.db.sessions.accessList(sessionId!);
  const base = requestLinkBase(req, url, deps.listenHost);
  const body = linksOf(sessionId!, records, base.base);
  const { source, candidates, host, loopbackOnly } = base;
  const reply: LinksResponse = { ok: true, ...body, network: { source, candidates, host, loopbackOnly }, qr: await qrCodes(body) };
  sendJson(res, 200, reply);
}

async function eventLog({ res, deps, params: [sessionId], access }: RouteContext) {
  const actor = actorFor(access!);
  const events = await deps.db.events.list(sessionId!);
  const session = await deps.db.sessions.get(sessionId!);
  sendJson(res, 200, {
    ok: true,
    session: session && { id: session.id, organ: session.organ, title: session.title, createdAt: session.createdAt },
    role: access!.role,
    member: access!.member,
    events: events.filter((e) => canSee(e.audience, actor)).map((e) => ({ seq: e.seq, at: e.at.getTime(), event: e.payload })),
  });
}

async function simulation({ req, res, deps, locale, params: [sessionId], access }: RouteContext) {
  if (req.method === "GET") return sendJson(res, 200, { ok: true, ...deps.simulation.status(sessionId!) });
  if (req.method === "DELETE") {
    const state = deps.simulation.status(sessionId!);
    await deps.simulation.stop(sessionId!);
    const recorded = await deps.asChair(sessionId!, {
      type: "simulation.configure",
      members: state.members,
      seed: 1,
      stances: {},
      running: false,
    });
    if (!recorded.ok) return error(res, 400, locale, recorded.code, recorded.params);
    return sendJson(res, 200, { ok: true, ...deps.simulation.status(sessionId!) });
  }
  const body = await readJson(req);
  if (!body.ok) return error(res, body.status, locale, body.code);
  const parsed = simulationSchema.safeParse(body.value);
  if (!parsed.success) return invalidBody(res, locale, parsed.error);
  // Recorded first (checked by the engine: members of this session, chair only), then started.
  const recorded = await deps.asChair(sessionId!, { type: "simulation.configure", ...parsed.data, running: true });
  if (!recorded.ok) return error(res, 400, locale, recorded.code, recorded.params);
  const status = await deps.simulation.start(sessionId!, access!.token, parsed.data);
  return sendJson(res, 200, { ok: true, ...status });
}

async function drafts({ req, res, deps, locale, params: [sessionId] }: RouteContext) {
  await tableDraft(req, sessionId!, {
    db: deps.db,
    fail: (status, code, params) => error(res, status, locale, code, params),
    readJson,
    asChair: deps.asChair,
    send: (status, body) => sendJson(res, status, body),
  });
}

async function presence({ res, deps, params: [sessionId] }: RouteContext) {
  sendJson(res, 200, { ok: true, connected: await deps.presence(sessionId!) });
}

async function reissue({ req, res, url, deps, locale, params: [sessionId, member] }: RouteContext) {
  const current = (await deps.db.sessions.accessList(sessionId!)).filter((a) => a.role === "delegation" && a.member === member);
  if (current.length === 0) return error(res, 404, locale, "session.unknown_member", { member: member! });
  const created = await deps.db.sessions.reissue(sessionId!, member!, newToken(), new Date(deps.now()));
  deps.revoke(
    sessionId!,
    current.filter((a) => !a.revokedAt).map((a) => a.token),
  );
  const reply: ReissuedLink = {
    ok: true,
    member: member!,
    url: delegationUrl(baseUrl(req, url, deps.listenHost), sessionId!, created.token),
  };
  sendJson(res, 200, reply);
}

function invalidBody(res: ServerResponse, locale: Locale, zodError: z.ZodError) {
  return error(res, 400, locale, "http.invalid_body", issueParams(zodError));
}

async function createSession(req: IncomingMessage, res: ServerResponse, deps: SessionsHttpDeps, locale: Locale) {
  const refused = deps.createGate.admit(req);
  if (refused) {
    if (refused.retryAfterSeconds) res.setHeader("retry-after", String(refused.retryAfterSeconds));
    return error(res, refused.status, locale, refused.code, refused.params);
  }
  return deps.createGate.serialized(() => create(req, res, deps, locale));
}

async function create(req: IncomingMessage, res: ServerResponse, deps: SessionsHttpDeps, locale: Locale) {
  const body = await readJson(req);
  if (!body.ok) return error(res, body.status, locale, body.code);
  const parsed = createSessionSchema.safeParse(body.value);
  if (!parsed.success) return invalidBody(res, locale, parsed.error);
  const request = parsed.data;
  const replyLocale = request.locale ?? locale;
  const prepared = await deps.factory.prepare(request, { now: deps.now(), db: deps.db });
  if (!prepared.ok) return error(res, 400, replyLocale, prepared.code, prepared.params);

  const id = newSessionId();
  const access: Array<Pick<AccessRecord, "token" | "role" | "member">> = [
    { token: newToken(), role: "chair", member: null },
    { token: newToken(), role: "screen", member: null },
    { token: newToken(), role: "observer", member: null },
    { token: newToken(), role: "join", member: null },
    ...prepared.members.map((member) => ({ token: newToken(), role: "delegation" as const, member })),
  ];
  const at = new Date(deps.now());
  await deps.db.sessions.createWithAccess(
    { id, organ: request.organ, title: prepared.title, locale: request.locale ?? DEFAULT_LOCALE, documentId: prepared.documentId ?? null },
    access,
    prepared.events.map((event) => ({ type: event.type, payload: event, actor: "system", at, engineVersion: deps.factory.engineVersion })),
  );
  sendJson(res, 201, linksOf(id, access, baseUrl(req, undefined, deps.listenHost)));
}

function linksOf(
  id: string,
  access: Array<Pick<AccessRecord, "token" | "role" | "member"> & { revokedAt?: Date | null }>,
  base: string,
): SessionLinks {
  const live = access.filter((a) => !a.revokedAt);
  const one = (role: string) => live.find((a) => a.role === role)?.token ?? "";
  return {
    id,
    chair: { url: `${base}/s/${id}/chair?key=${one("chair")}` },
    screen: { url: `${base}/s/${id}/screen?key=${one("screen")}` },
    observer: { url: `${base}/s/${id}/observe?key=${one("observer")}` },
    delegations: live
      .filter((a) => a.role === "delegation" && a.member)
      .map((a) => ({ member: a.member!, url: delegationUrl(base, id, a.token) })),
  };
}

async function qrCodes(links: SessionLinks): Promise<Record<string, string>> {
  const svg = (text: string) => QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const entries: Array<[string, string]> = [
    ["screen", links.screen.url],
    ["observer", links.observer.url],
    ...links.delegations.map((d): [string, string] => [d.member, d.url]),
  ];
  return Object.fromEntries(await Promise.all(entries.map(async ([key, url]) => [key, await svg(url)] as const)));
}
