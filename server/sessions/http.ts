/**
 * Sessions over HTTP, for the home page and for scripts:
 *   POST /api/sessions                                  create; answers every link
 *   GET  /api/sessions/:id/links          (chair key)   the links again, with QR codes (printable page)
 *   GET  /api/sessions/:id/presence                     (chair key) the delegations with a connected device
 *   POST /api/sessions/:id/delegations/:member/reissue  (chair key) revoke a delegation's link, issue a new one
 * and the join code's and the other links' routes (./access-http.ts).
 * The chair key travels as `Authorization: Bearer <token>` (or `?key=` for the printable page).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import QRCode from "qrcode";
import { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { isTimeZone } from "@/lib/minutes/dates";
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
import type { SimulationService } from "../bots/service";
import type { LiveCommand } from "@/lib/session";
import { VOTE_METHODS } from "@/lib/procedure/preset-kinds";

export const ORGANS = ["security-council", "general-assembly", "main-committee", "model-un"] as const;
export type Organ = (typeof ORGANS)[number];

const memberCode = z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3 code");

export const keyRulesSchema = z
  .object({
    speakingTimeSeconds: z.number().int().min(10).max(3600).nullable().optional(),
    signatoryPercent: z.number().int().min(1).max(100).nullable().optional(),
    friendlyAmendments: z.boolean().optional(),
    strictPresentAndVoting: z.boolean().optional(),
    defaultMethod: z.enum(VOTE_METHODS).optional(),
  })
  .strict();

export const createSessionSchema = z
  .object({
    organ: z.enum(ORGANS),
    title: z.string().trim().min(1).max(200).optional(),
    members: z
      .array(z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3 code"))
      .min(2)
      .max(200)
      .refine((codes) => new Set(codes).size === codes.length, "members must be distinct")
      .optional(),
    documentId: z.string().min(1).max(100).optional(),
    /** The draft's sponsors, when its header does not name them (alpha-3 codes). */
    sponsors: z.array(z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3 code")).min(1).max(200).optional(),
    /** Council: the members holding the veto (default: the P5 among the members). */
    permanentMembers: z.array(memberCode).max(15).optional(),
    /** States seated without a vote. */
    observers: z.array(memberCode).max(20).optional(),
    /** The draft is an important question (two thirds in the Assembly). */
    important: z.boolean().optional(),
    /** The key rules chosen at set-up, as preset overrides (the engine validates the result). */
    rules: keyRulesSchema.optional(),
    locale: z.enum(["fr", "en"]).optional(),
    /** The creator's IANA time zone, for the minutes' dates (default Europe/Paris). */
    timeZone: z.string().max(64).refine(isTimeZone, "IANA time zone").optional(),
  })
  .strict();
export type CreateSessionRequest = z.infer<typeof createSessionSchema>;

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

export interface SessionLinks {
  id: string;
  chair: { url: string };
  screen: { url: string };
  observer: { url: string };
  delegations: Array<{ member: string; url: string }>;
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
  asChair(sessionId: string, command: LiveCommand): Promise<{ ok: true } | { ok: false; code: string; params?: Record<string, string | number> }>;
}

export const simulationSchema = z
  .object({
    members: z.array(z.string().regex(/^[A-Z]{3}$/)).max(200),
    seed: z.number().int().min(0).max(2 ** 31).default(1),
    stances: z.record(z.string().regex(/^[A-Z]{3}$/), z.enum(["support", "oppose", "abstain"])).default({}),
  })
  .strict();

export async function handleSessionsApi(req: IncomingMessage, res: ServerResponse, url: URL, deps: SessionsHttpDeps): Promise<boolean> {
  const locale = requestLocale(req);
  if (url.pathname.startsWith("/api/documents")) return handleLibraryApi(req, res, url, { db: deps.db, locale, now: deps.now, admit: (r) => deps.createGate.admit(r) });
  if (url.pathname === "/api/sessions") {
    if (req.method !== "POST") return methodNotAllowed(res, locale, "POST"), true;
    await createSession(req, res, deps, locale);
    return true;
  }
  const links = url.pathname.match(/^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/links$/);
  if (links) {
    if (req.method !== "GET") return methodNotAllowed(res, locale, "GET"), true;
    const chair = await chairAccess(req, url, links[1]!, deps.db);
    if (!chair) return error(res, 403, locale, "auth.invalid_token"), true;
    const records = await deps.db.sessions.accessList(links[1]!);
    const base = requestLinkBase(req, url, deps.listenHost);
    const body = linksOf(links[1]!, records, base.base);
    const { source, candidates, host, loopbackOnly } = base;
    sendJson(res, 200, { ok: true, ...body, network: { source, candidates, host, loopbackOnly }, qr: await qrCodes(body) });
    return true;
  }
  if (await handleAccessApi(req, res, url, locale, deps)) return true;
  const log = url.pathname.match(/^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/events$/);
  if (log) {
    if (req.method !== "GET") return methodNotAllowed(res, locale, "GET"), true;
    const access = await anyAccess(req, url, log[1]!, deps.db);
    if (!access) return error(res, 403, locale, "auth.invalid_token"), true;
    const actor = actorFor(access);
    const events = await deps.db.events.list(log[1]!);
    const session = await deps.db.sessions.get(log[1]!);
    sendJson(res, 200, {
      ok: true,
      session: session && { id: session.id, organ: session.organ, title: session.title, createdAt: session.createdAt },
      role: access.role,
      member: access.member,
      events: events.filter((e) => canSee(e.audience, actor)).map((e) => ({ seq: e.seq, at: e.at.getTime(), event: e.payload })),
    });
    return true;
  }
  const simulation = url.pathname.match(/^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/simulation$/);
  if (simulation) {
    const sessionId = simulation[1]!;
    const chair = await chairAccess(req, url, sessionId, deps.db);
    if (!chair) return error(res, 403, locale, "auth.invalid_token"), true;
    if (req.method === "GET") return sendJson(res, 200, { ok: true, ...deps.simulation.status(sessionId) }), true;
    if (req.method === "DELETE") {
      const state = deps.simulation.status(sessionId);
      await deps.simulation.stop(sessionId);
      const recorded = await deps.asChair(sessionId, { type: "simulation.configure", members: state.members, seed: 1, stances: {}, running: false });
      if (!recorded.ok) return error(res, 400, locale, recorded.code, recorded.params), true;
      return sendJson(res, 200, { ok: true, ...deps.simulation.status(sessionId) }), true;
    }
    if (req.method !== "POST") return methodNotAllowed(res, locale, "GET, POST, DELETE"), true;
    const body = await readJson(req);
    if (!body.ok) return error(res, body.status, locale, body.code), true;
    const parsed = simulationSchema.safeParse(body.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return error(res, 400, locale, "http.invalid_body", { path: issue?.path.join(".") || "(root)", detail: issue?.message ?? "" }), true;
    }
    // Recorded first (checked by the engine: members of this session, chair only), then started.
    const recorded = await deps.asChair(sessionId, { type: "simulation.configure", ...parsed.data, running: true });
    if (!recorded.ok) return error(res, 400, locale, recorded.code, recorded.params), true;
    const status = await deps.simulation.start(sessionId, chair.token, parsed.data);
    return sendJson(res, 200, { ok: true, ...status }), true;
  }
  if (
    await handleMembers(req, res, url, {
      db: deps.db,
      now: deps.now,
      chair: (id) => chairAccess(req, url, id, deps.db),
      fail: (status, code, params) => error(res, status, locale, code, params),
      readJson,
      asChair: deps.asChair,
      revoke: deps.revoke,
    })
  )
    return true;
  if (await handleSummary(res, url, { db: deps.db, chair: (id) => chairAccess(req, url, id, deps.db), refuse: (status, code) => error(res, status, locale, code, code === "http.method_not_allowed" ? { allowed: "GET" } : undefined) }, req)) return true;
  if (await handleExports(req, res, url, { db: deps.db, locale, access: (id) => anyAccess(req, url, id, deps.db) })) return true;
  const presence = url.pathname.match(/^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/presence$/);
  if (presence) {
    if (req.method !== "GET") return methodNotAllowed(res, locale, "GET"), true;
    if (!(await chairAccess(req, url, presence[1]!, deps.db))) return error(res, 403, locale, "auth.invalid_token"), true;
    sendJson(res, 200, { ok: true, connected: await deps.presence(presence[1]!) });
    return true;
  }
  const reissue = url.pathname.match(/^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/delegations\/([A-Z]{3})\/reissue$/);
  if (reissue) {
    if (req.method !== "POST") return methodNotAllowed(res, locale, "POST"), true;
    const [, sessionId, member] = reissue as unknown as [string, string, string];
    const chair = await chairAccess(req, url, sessionId, deps.db);
    if (!chair) return error(res, 403, locale, "auth.invalid_token"), true;
    const current = (await deps.db.sessions.accessList(sessionId)).filter((a) => a.role === "delegation" && a.member === member);
    if (current.length === 0) return error(res, 404, locale, "session.unknown_member", { member }), true;
    const created = await deps.db.sessions.reissue(sessionId, member, newToken(), new Date(deps.now()));
    deps.revoke(sessionId, current.filter((a) => !a.revokedAt).map((a) => a.token));
    sendJson(res, 200, { ok: true, member, url: delegationUrl(baseUrl(req, url, deps.listenHost), sessionId, created.token) });
    return true;
  }
  return false;
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
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return error(res, 400, locale, "http.invalid_body", { path: issue?.path.join(".") || "(root)", detail: issue?.message ?? "" });
  }
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

function linksOf(id: string, access: Array<Pick<AccessRecord, "token" | "role" | "member"> & { revokedAt?: Date | null }>, base: string): SessionLinks {
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

