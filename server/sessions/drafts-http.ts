/**
 *   POST /api/sessions/:id/drafts   (chair key)   { documentId, sponsors? }
 * The chair tables another draft from the library (a bundled text, or one just imported): the
 * server reads and parses it, and the room records `draft.tabled` and its `document.loaded` —
 * the text travels in the log, so the session replays without the library. The draft is then
 * `submitted`; the chair accepts it (« 1.2 ») from the console.
 */
import type { IncomingMessage } from "node:http";
import { tableDraftSchema } from "@/lib/protocol/http";
import { parseText } from "@/lib/resolution/parse";
import { replayLive, type LiveCommand, type LiveEvent } from "@/lib/session";
import { sponsorNames } from "@/lib/session/create";
import { sponsorCodes } from "@/lib/session/country-names";
import { issueParams } from "@/lib/util/zod-issue";
import type { Database } from "../db";

type Fail = (status: number, code: string, params?: Record<string, string | number>) => void;

export interface TableDraftDeps {
  db: Database;
  fail: Fail;
  readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; status: number; code: string }>;
  asChair(
    sessionId: string,
    command: LiveCommand,
  ): Promise<{ ok: true } | { ok: false; code: string; params?: Record<string, string | number> }>;
  send(status: number, body: unknown): void;
}

export async function tableDraft(req: IncomingMessage, sessionId: string, deps: TableDraftDeps): Promise<void> {
  const body = await deps.readJson(req);
  if (!body.ok) return deps.fail(body.status, body.code);
  const parsed = tableDraftSchema.safeParse(body.value);
  if (!parsed.success) return deps.fail(400, "http.invalid_body", issueParams(parsed.error));
  const record = await deps.db.documents.get(parsed.data.documentId);
  if (!record) return deps.fail(404, "library.not_found");
  if (record.kind === "reference") return deps.fail(400, "library.not_a_resolution");
  const text = parseText(record.source, { kind: "resolution" });
  if (!text.ok) return deps.fail(400, text.error.code, text.error.params);
  if (text.document.kind !== "resolution" || text.document.operative.length === 0) return deps.fail(400, "library.not_a_resolution");

  const state = replayLive((await deps.db.events.list(sessionId)).map((e) => e.payload as LiveEvent)).procedure;
  const members = state.members;
  const named = parsed.data.sponsors ?? sponsorCodes(sponsorNames(text.document.header)).codes;
  const sponsors = named.filter((code) => members.includes(code));
  // As when a session is created: a draft nobody in the room sponsors cannot be debated by these rules.
  if (sponsors.length === 0) return deps.fail(409, "session.draft_without_sponsor");

  const recorded = await deps.asChair(sessionId, {
    type: "draft.table",
    title: record.title,
    sponsors,
    documentId: record.id,
    document: text.document,
  });
  if (!recorded.ok) return deps.fail(400, recorded.code, recorded.params);
  const after = replayLive((await deps.db.events.list(sessionId)).map((e) => e.payload as LiveEvent)).procedure;
  deps.send(200, { ok: true, draftId: after.drafts.at(-1)?.id ?? null, sponsors });
}
