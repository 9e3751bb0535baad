/** What the session routes share: the caller's link, the request's language and body, error replies. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { DEFAULT_LOCALE, LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n/config";
import { errorMessage } from "@/lib/i18n/messages";
import type { HttpRefusal } from "@/lib/protocol/http";
import type { Database } from "../db";
import type { AccessRecord } from "../db/sessions";
import { sendJson } from "../http";
import { requestLinkBase } from "./link-base";

const MAX_BODY_BYTES = 64 * 1024;
/** A form posts a few short fields (a ballot: the link, the choice, an id). */
const MAX_FORM_BYTES = 4 * 1024;

export const delegationUrl = (base: string, id: string, token: string) => `${base}/s/${id}/d/${token}`;

/** The token of `Authorization: Bearer <token>` (a link's, or a document's owner key), if well-formed. */
export function bearerToken(req: IncomingMessage): string | undefined {
  return req.headers.authorization?.match(/^Bearer\s+([A-Za-z0-9_-]{16,128})$/)?.[1];
}

/** Any live link of the session (chair, delegation, screen, observer), from the header or `?key=`. */
export async function anyAccess(req: IncomingMessage, url: URL, sessionId: string, db: Database): Promise<AccessRecord | null> {
  const token = bearerToken(req) ?? url.searchParams.get("key");
  const access = token ? await db.sessions.access(token) : null;
  return access && access.sessionId === sessionId && !access.revokedAt && access.role !== "join" ? access : null;
}

export async function chairAccess(req: IncomingMessage, url: URL, sessionId: string, db: Database): Promise<AccessRecord | null> {
  const access = await anyAccess(req, url, sessionId, db);
  return access?.role === "chair" ? access : null;
}

/** The address phones reach this server by: PUBLIC_URL, else the Host header, loopback replaced by the LAN address. */
export function baseUrl(req: IncomingMessage, url: URL | undefined, listenHost: string | undefined): string {
  return requestLinkBase(req, url, listenHost).base;
}

export function requestLocale(req: IncomingMessage): Locale {
  const cookie = req.headers.cookie?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=(\\w+)`))?.[1];
  if (cookie) return toLocale(cookie);
  const accept = req.headers["accept-language"]?.slice(0, 2);
  return accept === "en" ? "en" : DEFAULT_LOCALE;
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; code: string };

/** The body's bytes, or null past `max` (the rest is not read). */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: IncomingMessage): Promise<BodyResult> {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) return { ok: false, status: 415, code: "http.not_json" };
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body) return { ok: false, status: 413, code: "http.body_too_large" };
  try {
    return { ok: true, value: JSON.parse(body.toString("utf8")) };
  } catch {
    return { ok: false, status: 400, code: "http.invalid_json" };
  }
}

/** A form's fields (`application/x-www-form-urlencoded`, what a browser posts without scripts); a field sent twice keeps its last value. */
export async function readForm(req: IncomingMessage): Promise<BodyResult> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers["content-type"] ?? ""))
    return { ok: false, status: 415, code: "http.not_form" };
  const body = await readBody(req, MAX_FORM_BYTES);
  if (!body) return { ok: false, status: 413, code: "http.body_too_large" };
  return { ok: true, value: Object.fromEntries(new URLSearchParams(body.toString("utf8"))) };
}

/** Sends the browser elsewhere after a form's post (303: the next request is a GET, a reload posts nothing again). */
export function seeOther(res: ServerResponse, location: string): void {
  res.statusCode = 303;
  res.setHeader("location", location);
  res.setHeader("cache-control", "no-store");
  res.end();
}

export function error(res: ServerResponse, status: number, locale: Locale, code: string, params?: Record<string, string | number>) {
  const refusal: HttpRefusal = { ok: false, error: { code, message: errorMessage(locale, code, params), ...(params ? { params } : {}) } };
  sendJson(res, status, refusal);
}

export function methodNotAllowed(res: ServerResponse, locale: Locale, allowed: string) {
  res.setHeader("allow", allowed);
  error(res, 405, locale, "http.method_not_allowed", { allowed });
}
