/**
 *   GET /api/sessions/:id/summary   (chair key)   title, organ, date, phase, composition and key rules
 * For the home page's "my sessions" and the links page's read-only rules: what the chair set up.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { replayLive, type LiveEvent } from "@/lib/session";
import { phaseOf } from "@/lib/session/selectors";
import { keyRulesOf } from "@/lib/session/key-rules";
import { compositionLocked } from "@/lib/procedure/decide-session";
import type { AccessRecord } from "../db/sessions";
import type { Database } from "../db";
import { sendJson } from "../http";

export async function handleSummary(
  res: ServerResponse,
  url: URL,
  deps: { db: Database; chair: (id: string) => Promise<AccessRecord | null>; refuse: (status: number, code: string) => void },
  req: IncomingMessage,
): Promise<boolean> {
  const match = url.pathname.match(/^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/summary$/);
  if (!match) return false;
  if (req.method !== "GET") return (deps.refuse(405, "http.method_not_allowed"), true);
  const id = match[1]!;
  if (!(await deps.chair(id))) return (deps.refuse(403, "auth.invalid_token"), true);
  const session = await deps.db.sessions.get(id);
  const events = await deps.db.events.list(id);
  const state = replayLive(events.map((e) => e.payload as LiveEvent));
  const p = state.procedure;
  sendJson(res, 200, {
    ok: true,
    id,
    title: session?.title ?? state.title,
    organ: session?.organ ?? state.organ,
    createdAt: session?.createdAt ?? null,
    phase: p.config ? phaseOf(p) : "roll-call",
    members: p.config?.members.length ?? 0,
    permanentMembers: p.config?.permanentMembers ?? [],
    observers: p.config?.observers ?? [],
    important: p.draft?.important ?? false,
    sponsors: p.draft?.sponsors ?? [],
    documentTitle: state.document?.header.title ?? null,
    rules: p.rules ? keyRulesOf(p.rules) : null,
    // Why the composition can no longer change (the engine's rule), for the editor's disabled state.
    compositionLocked: compositionLocked(p),
  });
  return true;
}
