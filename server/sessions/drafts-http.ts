/**
 *   POST /api/sessions/:id/drafts   (chair key)   { documentId, sponsors? }
 * The chair tables another draft from the library (a bundled text, or one just imported): the
 * server reads and parses it, and the room records `draft.tabled` and its `document.loaded` —
 * the text travels in the log, so the session replays without the library. The draft is then
 * `submitted`; the chair accepts it (« 1.2 ») from the console.
 */
import { parseText } from "@/lib/resolution/parse";
import { replayLive, type LiveEvent } from "@/lib/session";
import { sponsorNames } from "@/lib/session/create";
import { sponsorCodes } from "@/lib/session/country-names";
import { refuse, reply, type Handler } from "./route-kit";

export const tableDraft: Handler<"drafts.table"> = async ({ deps, params: { id: sessionId }, body }) => {
  const record = await deps.db.documents.get(body.documentId);
  if (!record) return refuse(404, "library.not_found");
  if (record.kind === "reference") return refuse(400, "library.not_a_resolution");
  const text = parseText(record.source, { kind: "resolution" });
  if (!text.ok) return refuse(400, text.error.code, text.error.params);
  if (text.document.kind !== "resolution" || text.document.operative.length === 0) return refuse(400, "library.not_a_resolution");

  const state = replayLive((await deps.db.events.list(sessionId)).map((e) => e.payload as LiveEvent)).procedure;
  const members = state.members;
  const named = body.sponsors ?? sponsorCodes(sponsorNames(text.document.header)).codes;
  const sponsors = named.filter((code) => members.includes(code));
  // As when a session is created: a draft nobody in the room sponsors cannot be debated by these rules.
  if (sponsors.length === 0) return refuse(409, "session.draft_without_sponsor");

  const recorded = await deps.asChair(sessionId, {
    type: "draft.table",
    title: record.title,
    sponsors,
    documentId: record.id,
    document: text.document,
  });
  if (!recorded.ok) return refuse(400, recorded.code, recorded.params);
  // This command's own events (another draft tabled at the same moment is not this one).
  const written = await deps.db.events.list(sessionId, recorded.seq - recorded.events, recorded.events);
  const tabled = written.map((e) => e.payload as LiveEvent).find((e) => e.type === "draft.tabled");
  return reply({ ok: true, draftId: tabled && "draft" in tabled ? tabled.draft.id : null, sponsors });
};
