/**
 * Downloads of a session, for any holder of one of its links (?key=<token>):
 *   GET /api/sessions/:id/export/text.docx · text.md   the text as voted, its status in title, first line and file name
 *                                                       (?draft=<id>: another draft's, in a session with several)
 *   GET /api/sessions/:id/export/votes.xlsx · votes.csv the votes (one row per vote; ballots per recorded vote)
 *   GET /api/sessions/:id/export/minutes.pdf · minutes.md the procès-verbal
 * (adopted.docx / adopted.md: the former names, still answered.) Built from the session's log
 * (lib/minutes), so they always say what the minutes page says, in the reader's language.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Locale } from "@/lib/i18n/config";
import { errorMessage } from "@/lib/i18n/messages";
import { buildMinutes, slug, type LogEntry, type Minutes } from "@/lib/minutes";
import { EXPORT_FILES, EXPORT_TYPES, exportFile, type ExportFile } from "@/lib/minutes/files";
import type { LiveEvent } from "@/lib/session";
import type { Database } from "../db";
import type { AccessRecord } from "../db/sessions";
import { sendJson } from "../http";
import { canSee } from "../room";
import { actorFor } from "./handlers";

export interface ExportDeps {
  db: Database;
  locale: Locale;
  access(sessionId: string): Promise<AccessRecord | null>;
}

const ROUTE = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/export\/([^/]+)$/;

export async function handleExports(req: IncomingMessage, res: ServerResponse, url: URL, deps: ExportDeps): Promise<boolean> {
  const match = url.pathname.match(ROUTE);
  if (!match) return false;
  const [, sessionId, name] = match as unknown as [string, string, string];
  const { locale } = deps;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    error(res, 405, locale, "http.method_not_allowed", { allowed: "GET" });
    return true;
  }
  if (!(EXPORT_FILES as readonly string[]).includes(name)) return (error(res, 404, locale, "http.not_found"), true);
  const access = await deps.access(sessionId);
  if (!access) return (error(res, 403, locale, "auth.invalid_token"), true);

  const minutes = await minutesOf(deps.db, sessionId, access);
  // ?draft=<id>: the text of another draft than the session's (several drafts).
  const draft = url.searchParams.get("draft");
  const file = await exportFile(minutes, name as ExportFile, locale, slug(minutes.title, 60) || `session-${sessionId}`, draft);
  if (!file) return (error(res, 404, locale, "http.not_found"), true);
  send(res, req, EXPORT_TYPES[file.type], file.name, Buffer.from(file.body));
  return true;
}

/** The minutes as this link may see them (a delegation's private drafts stay its own). */
async function minutesOf(db: Database, sessionId: string, access: AccessRecord): Promise<Minutes> {
  const actor = actorFor(access);
  const events = await db.events.list(sessionId);
  const session = await db.sessions.get(sessionId);
  const log: LogEntry[] = events
    .filter((e) => canSee(e.audience, actor))
    .map((e) => ({ seq: e.seq, at: e.at.getTime(), event: e.payload as LiveEvent }));
  return buildMinutes(log, { title: session?.title ?? "" });
}

function send(res: ServerResponse, req: IncomingMessage, type: string, filename: string, body: Buffer) {
  res.writeHead(200, {
    "content-type": type,
    "content-length": body.length,
    "content-disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

function error(res: ServerResponse, status: number, locale: Locale, code: string, params?: Record<string, string | number>) {
  sendJson(res, status, { ok: false, error: { code, message: errorMessage(locale, code, params), ...(params ? { params } : {}) } });
}
