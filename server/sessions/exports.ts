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
import { buildMinutes, slug, type LogEntry, type Minutes } from "@/lib/minutes";
import { EXPORT_FILES, EXPORT_TYPES, exportFile as exportOf, type ExportFile } from "@/lib/minutes/files";
import type { LiveEvent } from "@/lib/session";
import type { Database } from "../db";
import type { AccessRecord } from "../db/sessions";
import { canSee } from "../room";
import { actorFor } from "./open-link";
import { refuse, type Handler } from "./route-kit";

export const exportFile: Handler<"session.export"> = async ({ req, res, url, deps, locale, params: { id, file: name }, access }) => {
  if (!(EXPORT_FILES as readonly string[]).includes(name)) return refuse(404, "http.not_found");
  const minutes = await minutesOf(deps.db, id, access!);
  // ?draft=<id>: the text of another draft than the minutes' own (a session with several).
  const draft = url.searchParams.get("draft");
  const file = await exportOf(minutes, name as ExportFile, locale, slug(minutes.title, 60) || `session-${id}`, draft);
  if (!file) return refuse(404, "http.not_found");
  send(res, req, EXPORT_TYPES[file.type], file.name, Buffer.from(file.body));
  return "sent";
};

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
