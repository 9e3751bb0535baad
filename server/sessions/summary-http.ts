/**
 *   GET /api/sessions/:id/summary   (chair key)   title, organ, date, phase, composition and key rules
 * For the home page's "my sessions" and the links page's read-only rules: what the chair set up.
 */
import { replayLive, type LiveEvent } from "@/lib/session";
import { phaseOf } from "@/lib/session/selectors";
import { keyRulesOf } from "@/lib/session/key-rules";
import { compositionLocked } from "@/lib/procedure/decide-session";
import { reply, type Handler } from "./route-kit";

export const summary: Handler<"session.summary"> = async ({ deps, params: { id } }) => {
  const session = await deps.db.sessions.get(id);
  const events = await deps.db.events.list(id);
  const state = replayLive(events.map((e) => e.payload as LiveEvent));
  const p = state.procedure;
  return reply({
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
};
