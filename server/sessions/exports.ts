/**
 * Downloads of a session, for any holder of one of its links:
 *   GET /api/sessions/:id/export/adopted.docx · adopted.md · votes.csv   (?key=<token>)
 * Built from the session's log (lib/minutes), so they always match the minutes page.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Locale } from "@/lib/i18n/config";
import { errorMessage } from "@/lib/i18n/messages";
import { buildMinutes, minutesTranslator, votesCsv, type LogEntry, type Minutes } from "@/lib/minutes";
import { renderDocx, renderMarkdown } from "@/lib/resolution";
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
const FILES = ["adopted.docx", "adopted.md", "votes.csv"] as const;
type ExportFile = (typeof FILES)[number];

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
  if (!(FILES as readonly string[]).includes(name)) return error(res, 404, locale, "http.not_found"), true;
  const access = await deps.access(sessionId);
  if (!access) return error(res, 403, locale, "auth.invalid_token"), true;

  const minutes = await minutesOf(deps.db, sessionId, access);
  const file = name as ExportFile;
  const base = fileBase(minutes, sessionId);
  const t = minutesTranslator(locale);
  if (file === "votes.csv") {
    send(res, req, "text/csv; charset=utf-8", `${base}-${t("files.votes")}.csv`, Buffer.from(votesCsv(minutes, locale), "utf8"));
    return true;
  }
  if (!minutes.document) return error(res, 404, locale, "http.not_found"), true;
  const filename = `${base}-${t("files.adopted")}`;
  if (file === "adopted.md") {
    send(res, req, "text/markdown; charset=utf-8", `${filename}.md`, Buffer.from(renderMarkdown(minutes.document), "utf8"));
  } else {
    const bytes = await renderDocx(minutes.document);
    send(res, req, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", `${filename}.docx`, Buffer.from(bytes));
  }
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

/** "l-i-a-un-nouvel-enjeu…" from the title (ASCII, for every browser and file system). */
function fileBase(minutes: Minutes, sessionId: string): string {
  const slug = minutes.title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || `session-${sessionId}`;
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
