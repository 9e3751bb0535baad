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
import type { IncomingMessage } from "node:http";
import { issueParams } from "@/lib/util/zod-issue";
import type { Locale } from "@/lib/i18n/config";
import { errorMessage } from "@/lib/i18n/messages";
import { MAX_IMPORT_BYTES, pasteSchema } from "@/lib/protocol/http";
import { parseText } from "@/lib/resolution/parse";
import type { SessionsHttpDeps } from "./http";
import { importDraft, type ImportResult } from "./import";
import { bearerToken } from "./http-kit";
import { refuse, reply, type Handler } from "./route-kit";
import { newSessionId, newToken } from "./tokens";

/** Imports kept at most (a mischievous student with the home page cannot fill the disk). */
export const MAX_IMPORTED_DOCUMENTS = 500;

type Ctx = { req: IncomingMessage; locale: Locale };

/** Saving or previewing an upload: the file read as a draft, or why not (nothing stored either way). */
async function readDraft({ req }: Ctx) {
  const read = await readUpload(req);
  if (!read.ok) return refuse(read.status, read.code, read.params);
  const result = await importDraft(read.input);
  if (!result.ok) return refuse(result.code === "document.too_large" ? 413 : 422, result.code, result.params);
  return { result, title: read.title };
}

/** The owner key of an import (kept by the browser that imported it); the bundled documents have none. */
async function owned({ req, deps, params: { id } }: Ctx & { deps: SessionsHttpDeps; params: { id: string } }) {
  const record = await deps.db.documents.get(id);
  if (!record) return refuse(404, "library.not_found");
  if (record.bundled || !record.ownerToken || bearerToken(req) !== record.ownerToken) return refuse(403, "library.not_owner");
  return record;
}

/** The library's routes, by name (the table is ./http.ts). */
export const LIBRARY_HANDLERS: {
  [
    R in "documents.list" | "documents.import" | "documents.preview" | "documents.get" | "documents.rename" | "documents.delete"
  ]: Handler<R>;
} = {
  // The delegates' library shows the bundled documents; the home page asks for the imports too.
  "documents.list": async ({ deps, query }) => {
    const documents = (await deps.db.documents.list()).filter((d) => query.scope === "all" || d.bundled);
    return reply({
      ok: true,
      documents: documents.map(({ id, title, kind, organ, locale, bundled, createdAt }) => ({
        id,
        title,
        kind,
        organ,
        locale,
        bundled,
        createdAt,
      })),
    });
  },
  "documents.preview": async (ctx) => {
    const read = await readDraft(ctx);
    return "refuse" in read ? read : reply({ ok: true, ...preview(read.result, ctx.locale) });
  },
  /** Saved: the same password and budget as creating a session (the table's `limited`). */
  "documents.import": async (ctx) => {
    const read = await readDraft(ctx);
    if ("refuse" in read) return read;
    const { db } = ctx.deps;
    const imported = (await db.documents.list()).filter((d) => !d.bundled).length;
    if (imported >= MAX_IMPORTED_DOCUMENTS) return refuse(429, "library.full", { limit: MAX_IMPORTED_DOCUMENTS });
    const { result } = read;
    const title =
      read.title ??
      ((result.document.header.title || result.document.header.question || "").slice(0, 200) || fallbackTitle(ctx.locale, ctx.deps.now()));
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
    return reply({ ok: true, id, title, ownerKey, ...preview(result, ctx.locale) }, 201);
  },
  "documents.get": async ({ deps, params: { id } }) => {
    const record = await deps.db.documents.get(id);
    if (!record) return refuse(404, "library.not_found");
    const parsed = parseText(record.source, { kind: record.kind === "reference" ? "reference" : "resolution", maxBytes: MAX_IMPORT_BYTES });
    if (!parsed.ok) return refuse(422, parsed.error.code, parsed.error.params);
    return reply({ ok: true, id: record.id, title: record.title, bundled: record.bundled, document: parsed.document });
  },
  "documents.rename": async (ctx) => {
    const record = await owned(ctx);
    if ("refuse" in record) return record;
    await ctx.deps.db.documents.rename(record.id, ctx.body.title);
    return reply({ ok: true, id: record.id, title: ctx.body.title });
  },
  /** Refused while a session uses it. */
  "documents.delete": async (ctx) => {
    const record = await owned(ctx);
    if ("refuse" in record) return record;
    const { db } = ctx.deps;
    if (!(await db.documents.deleteUnused(record.id))) return refuse(409, "library.in_use", { count: await db.documents.usage(record.id) });
    return reply({ ok: true, id: record.id });
  },
};

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
