/**
 * The document library over HTTP: the bundled drafts and references, and the teachers' imports.
 *   GET    /api/documents[?scope=all]     the bundled documents (and the imports)
 *   GET    /api/documents/:id             one document, parsed
 *   POST   /api/documents/preview         a draft read as it would be saved (nothing stored)
 *   POST   /api/documents                 the same, saved; answers the owner key (kept by the browser)
 *   PATCH  /api/documents/:id  { title }  rename (owner key)
 *   DELETE /api/documents/:id             delete an import no session uses (owner key)
 * Uploads: the file's bytes as the body (any content type but JSON; `X-File-Name` for the name),
 * or JSON `{ text, title? }` for pasted text; at most 2 MB either way.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { issueParams } from "@/lib/util/zod-issue";
import type { Locale } from "@/lib/i18n/config";
import { errorMessage } from "@/lib/i18n/messages";
import { parseText } from "@/lib/resolution/parse";
import type { Database } from "../db";
import { sendJson } from "../http";
import { importDraft, MAX_IMPORT_BYTES, type ImportResult } from "./import";
import { newSessionId, newToken } from "./tokens";
import type { CreateRefusal } from "./create-limit";

/** Imports kept at most (a mischievous student with the home page cannot fill the disk). */
export const MAX_IMPORTED_DOCUMENTS = 500;

const pasteSchema = z.strictObject({
  text: z.string().max(MAX_IMPORT_BYTES),
  title: z.string().trim().min(1).max(200).optional(),
});
const renameSchema = z.strictObject({ title: z.string().trim().min(1).max(200) });

type Reply = (status: number, code: string, params?: Record<string, string | number>) => void;

export async function handleLibraryApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: { db: Database; locale: Locale; now(): number; admit(req: IncomingMessage): CreateRefusal | null },
): Promise<boolean> {
  const { db, locale } = deps;
  const fail: Reply = (status, code, params) =>
    sendJson(res, status, { ok: false, error: { code, message: errorMessage(locale, code, params), ...(params ? { params } : {}) } });
  const notAllowed = (allowed: string) => (res.setHeader("allow", allowed), fail(405, "http.method_not_allowed", { allowed }));

  if (url.pathname === "/api/documents/preview") {
    if (req.method !== "POST") return (notAllowed("POST"), true);
    const read = await readUpload(req);
    if (!read.ok) return (fail(read.status, read.code, read.params), true);
    const result = await importDraft(read.input);
    if (!result.ok) return (fail(result.code === "document.too_large" ? 413 : 422, result.code, result.params), true);
    sendJson(res, 200, { ok: true, ...preview(result, locale) });
    return true;
  }
  if (url.pathname === "/api/documents") {
    if (req.method === "GET") {
      // The delegates' library shows the bundled documents; the home page asks for the imports too.
      const all = url.searchParams.get("scope") === "all";
      const documents = (await db.documents.list()).filter((d) => all || d.bundled);
      sendJson(res, 200, {
        ok: true,
        documents: documents.map(({ id, title, kind, organ, locale: lang, bundled, createdAt }) => ({
          id,
          title,
          kind,
          organ,
          locale: lang,
          bundled,
          createdAt,
        })),
      });
      return true;
    }
    if (req.method !== "POST") return (notAllowed("GET, POST"), true);
    // Saving writes to the database: the same password and budget as creating a session.
    const refused = deps.admit(req);
    if (refused) {
      req.resume();
      if (refused.retryAfterSeconds) res.setHeader("retry-after", String(refused.retryAfterSeconds));
      return (fail(refused.status, refused.code, refused.params), true);
    }
    const read = await readUpload(req);
    if (!read.ok) return (fail(read.status, read.code, read.params), true);
    const result = await importDraft(read.input);
    if (!result.ok) return (fail(result.code === "document.too_large" ? 413 : 422, result.code, result.params), true);
    const imported = (await db.documents.list()).filter((d) => !d.bundled).length;
    if (imported >= MAX_IMPORTED_DOCUMENTS) return (fail(429, "library.full", { limit: MAX_IMPORTED_DOCUMENTS }), true);
    const title =
      read.title ??
      ((result.document.header.title || result.document.header.question || "").slice(0, 200) || fallbackTitle(locale, deps.now()));
    const ownerKey = newToken();
    const id = `import-${newSessionId()}`;
    await db.documents.create({
      id,
      kind: "resolution",
      organ: null,
      title,
      locale: result.document.language,
      source: result.text,
      ownerToken: ownerKey,
    });
    sendJson(res, 201, { ok: true, id, title, ownerKey, ...preview(result, locale) });
    return true;
  }
  const one = url.pathname.match(/^\/api\/documents\/([A-Za-z0-9_.-]{1,100})$/);
  if (!one) return false;
  const id = one[1]!;
  const record = await db.documents.get(id);
  if (!record) return (fail(404, "library.not_found"), true);
  if (req.method === "GET") {
    const parsed = parseText(record.source, { kind: record.kind === "reference" ? "reference" : "resolution", maxBytes: MAX_IMPORT_BYTES });
    if (!parsed.ok) return (fail(422, parsed.error.code, parsed.error.params), true);
    sendJson(res, 200, { ok: true, id: record.id, title: record.title, bundled: record.bundled, document: parsed.document });
    return true;
  }
  if (req.method !== "PATCH" && req.method !== "DELETE") return (notAllowed("GET, PATCH, DELETE"), true);
  const key = req.headers.authorization?.match(/^Bearer\s+([A-Za-z0-9_-]{16,128})$/)?.[1];
  if (record.bundled || !record.ownerToken || key !== record.ownerToken) return (fail(403, "library.not_owner"), true);
  if (req.method === "PATCH") {
    const body = await readBody(req, 64 * 1024);
    if (!body.ok) return (fail(body.status, body.code), true);
    const parsed = renameSchema.safeParse(jsonOf(body.bytes));
    if (!parsed.success) return (fail(400, "http.invalid_body", issueParams(parsed.error)), true);
    await db.documents.rename(id, parsed.data.title);
    sendJson(res, 200, { ok: true, id, title: parsed.data.title });
    return true;
  }
  if (!(await db.documents.deleteUnused(id))) return (fail(409, "library.in_use", { count: await db.documents.usage(id) }), true);
  sendJson(res, 200, { ok: true, id });
  return true;
}

/** What the teacher checks before saving: the tree, each warning with its line and text, the sponsors. */
function preview(result: Extract<ImportResult, { ok: true }>, locale: Locale) {
  return {
    document: result.document,
    warnings: result.warnings.map((w) => ({ ...w, message: errorMessage(locale, w.code, w.params) })),
    sponsors: result.sponsors,
  };
}

function fallbackTitle(locale: Locale, now: number): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(now));
  return locale === "fr" ? `Projet importé le ${date}` : `Draft imported on ${date}`;
}

type Upload =
  | { ok: true; input: { bytes: Uint8Array; fileName?: string } | { text: string }; title?: string }
  | { ok: false; status: number; code: string; params?: Record<string, string | number> };

async function readUpload(req: IncomingMessage): Promise<Upload> {
  // JSON text is at most 2 MB of characters; leave room for escapes.
  const isJson = /^application\/json\b/i.test(req.headers["content-type"] ?? "");
  const body = await readBody(req, isJson ? MAX_IMPORT_BYTES * 2 : MAX_IMPORT_BYTES);
  if (!body.ok) return body;
  if (isJson) {
    const value = jsonOf(body.bytes);
    if (value === undefined) return { ok: false, status: 400, code: "http.invalid_json" };
    const parsed = pasteSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      if (issue?.code === "too_big")
        return {
          ok: false,
          status: 413,
          code: "document.too_large",
          params: { size: (value as { text: string }).text.length, limit: MAX_IMPORT_BYTES },
        };
      return { ok: false, status: 400, code: "http.invalid_body", params: issueParams(parsed.error) };
    }
    return { ok: true, input: { text: parsed.data.text }, title: parsed.data.title };
  }
  const name = req.headers["x-file-name"];
  const fileName = typeof name === "string" ? safeDecode(name).slice(0, 255) : undefined;
  const title =
    typeof req.headers["x-title"] === "string" ? safeDecode(req.headers["x-title"]).trim().slice(0, 200) || undefined : undefined;
  return { ok: true, input: { bytes: body.bytes, fileName }, title };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function jsonOf(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

async function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; status: number; code: string; params?: Record<string, number> }> {
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > limit) {
    req.resume();
    return { ok: false, status: 413, code: "document.too_large", params: { size: declared, limit } };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.resume();
      return { ok: false, status: 413, code: "document.too_large", params: { size, limit } };
    }
    chunks.push(chunk as Buffer);
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}
