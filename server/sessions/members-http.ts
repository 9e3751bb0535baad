/**
 *   PUT /api/sessions/:id/members   (chair key)   { members, permanentMembers?, observers? }
 * The chair changes who sits before the roll call: the engine decides and records `members.set`
 * (refused once the roll call has begun, or when it would unseat a sponsor: lib/procedure), then
 * the new members get their link and the removed ones' links stop working.
 */
import { replayLive, type LiveEvent } from "@/lib/session";
import { refuse, reply, type Handler } from "./route-kit";
import { newToken } from "./tokens";

export const changeMembers: Handler<"session.members"> = async ({ deps, params: { id }, body }) => {
  const state = replayLive((await deps.db.events.list(id)).map((e) => e.payload as LiveEvent)).procedure;
  // The engine decides (chair only, before the roll call, sponsors kept seated): a refusal of the
  // composition itself is a conflict with the session's state (409), anything else a bad request.
  const recorded = await deps.asChair(id, { type: "members.set", ...body });
  if (!recorded.ok) return refuse(recorded.code.startsWith("members.") ? 409 : 400, recorded.code, recorded.params);
  const before = state.members;
  const added = body.members.filter((m) => !before.includes(m));
  const removed = before.filter((m) => !body.members.includes(m));
  const live = (await deps.db.sessions.accessList(id)).filter(
    (a) => a.role === "delegation" && !a.revokedAt && a.member && removed.includes(a.member),
  );
  await deps.db.sessions.recompose(
    id,
    added.map((member) => ({ token: newToken(), member })),
    removed,
    new Date(deps.now()),
  );
  deps.revoke(
    id,
    live.map((a) => a.token),
  );
  return reply({ ok: true, added, removed });
};
