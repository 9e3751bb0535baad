/**
 *   PUT /api/sessions/:id/members   (chair key)   { members, permanentMembers?, observers? }
 * The chair changes who sits before the roll call: the engine decides and records `members.set`
 * (refused once the roll call has begun, or when it would unseat a sponsor: lib/procedure), then
 * the new members get their link and the removed ones' links stop working.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { issueParams } from "@/lib/util/zod-issue";
import { memberCodeSchema } from "@/lib/procedure/commands";
import { replayLive, type LiveCommand, type LiveEvent } from "@/lib/session";
import type { AccessRecord } from "../db/sessions";
import type { Database } from "../db";
import { sendJson } from "../http";
import { newToken } from "./tokens";

const code = memberCodeSchema;
const membersSchema = z.strictObject({
  members: z.array(code).min(2).max(200),
  permanentMembers: z.array(code).max(15).optional(),
  observers: z.array(code).max(20).optional(),
});

type Fail = (status: number, code: string, params?: Record<string, string | number>) => void;

export async function handleMembers(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: {
    db: Database;
    now(): number;
    chair(id: string): Promise<AccessRecord | null>;
    fail: Fail;
    readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; status: number; code: string }>;
    asChair(
      sessionId: string,
      command: LiveCommand,
    ): Promise<{ ok: true } | { ok: false; code: string; params?: Record<string, string | number> }>;
    revoke(sessionId: string, tokens: string[]): void;
  },
): Promise<boolean> {
  const match = url.pathname.match(/^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/members$/);
  if (!match) return false;
  const id = match[1]!;
  if (req.method !== "PUT") return (res.setHeader("allow", "PUT"), deps.fail(405, "http.method_not_allowed", { allowed: "PUT" }), true);
  if (!(await deps.chair(id))) return (deps.fail(403, "auth.invalid_token"), true);
  const body = await deps.readJson(req);
  if (!body.ok) return (deps.fail(body.status, body.code), true);
  const parsed = membersSchema.safeParse(body.value);
  if (!parsed.success) return (deps.fail(400, "http.invalid_body", issueParams(parsed.error)), true);
  const state = replayLive((await deps.db.events.list(id)).map((e) => e.payload as LiveEvent)).procedure;
  // The engine decides (chair only, before the roll call, sponsors kept seated): a refusal of the
  // composition itself is a conflict with the session's state (409), anything else a bad request.
  const recorded = await deps.asChair(id, { type: "members.set", ...parsed.data });
  if (!recorded.ok) return (deps.fail(recorded.code.startsWith("members.") ? 409 : 400, recorded.code, recorded.params), true);
  const before = state.members;
  const added = parsed.data.members.filter((m) => !before.includes(m));
  const removed = before.filter((m) => !parsed.data.members.includes(m));
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
  sendJson(res, 200, { ok: true, added, removed });
  return true;
}
