/** Starting a session from an HTTP request: the library's document, parsed, and the first events. */
import { parseText } from "@/lib/resolution/parse";
import { defaultDraftFor } from "@/lib/resolution/library";
import { newSessionEvents } from "@/lib/session/create";
import { keyRulesOverrides } from "@/lib/session/key-rules";
import { PRESETS } from "@/lib/procedure/presets";
import { ENGINE_VERSION } from "@/lib/session/engine-version";
import type { SessionFactory } from "./http";

export const sessionFactory: SessionFactory = {
  engineVersion: ENGINE_VERSION,
  async prepare(request, { now, db }) {
    // The Assembly's committees debate the Assembly's draft; a Model UN class starts on the Council's.
    const organForDraft =
      request.organ === "general-assembly" || request.organ === "main-committee" ? "general-assembly" : "security-council";
    const documentId = request.documentId ?? defaultDraftFor(organForDraft).id;
    const record = await db.documents.get(documentId);
    if (!record) return { ok: false, code: "session.unknown_document", params: { documentId } };
    const parsed = parseText(record.source, { kind: record.kind === "reference" ? "reference" : "resolution" });
    if (!parsed.ok) return { ok: false, code: parsed.error.code, params: parsed.error.params };

    const created = newSessionEvents({
      organ: request.organ,
      title: request.title,
      members: request.members,
      sponsors: request.sponsors,
      timeZone: request.timeZone,
      permanentMembers: request.permanentMembers,
      observers: request.observers,
      important: request.important,
      overrides: request.rules ? keyRulesOverrides(PRESETS[request.organ], request.rules) : undefined,
      document: { id: record.id, parsed: parsed.document, title: record.title },
      now,
    });
    if (!created.ok) return created;
    return { ok: true, title: created.title, members: created.members, documentId: record.id, events: created.events };
  },
};
