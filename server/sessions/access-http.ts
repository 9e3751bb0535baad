/**
 * The session's links beyond creation:
 *   GET  /api/sessions/:id/invite?key=<screen or chair>   the join page's address and QR (the projector)
 *   GET  /api/sessions/:id/join?code=<join code>          the seats, free or taken
 *   POST /api/sessions/:id/join  { code, member }         a student takes a FREE seat: a new link
 *   GET / POST / DELETE /api/sessions/:id/join-code       (chair) who took which seat; a new code; switch it off
 *   POST /api/sessions/:id/access/:role/rotate            (chair) a new chair, screen or observer link
 * A seat is free while its link was never opened and nobody claimed it: the code never hands out
 * a link someone holds. It switches itself off once every seat is taken.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import QRCode from "qrcode";
import { z } from "zod";
import { issueParams } from "@/lib/util/zod-issue";
import { memberCodeSchema } from "@/lib/procedure/commands";
import type { Locale } from "@/lib/i18n/config";
import type { Database } from "../db";
import type { AccessRecord } from "../db/sessions";
import { sendJson } from "../http";
import { anyAccess, baseUrl, chairAccess, delegationUrl, error, methodNotAllowed, readJson } from "./http-kit";
import { newToken } from "./tokens";

export interface AccessHttpDeps {
  db: Database;
  now(): number;
  /** Cuts off every device using these tokens (revoked links). */
  revoke(sessionId: string, tokens: string[]): void;
  /** The address the server listens on (links use the LAN address when it is not loopback only). */
  listenHost?: string;
}

const claimSchema = z.object({ code: z.string().min(16).max(128), member: memberCodeSchema }).strict();
const ROTATABLE = { chair: "chair", screen: "screen", observer: "observer" } as const;
const PATHS = { chair: "chair?key=", screen: "screen?key=", observer: "observe?key=" } as const;

const joinUrl = (base: string, id: string, code: string) => `${base}/s/${id}/join?code=${code}`;
const svg = (text: string) => QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });

/** A seat and who holds it: taken with the join code, by opening its link, or reissued by the chair. */
function seatOf(a: AccessRecord) {
  return { member: a.member!, taken: a.claimedAt !== null, via: a.claimedVia, at: a.claimedAt?.getTime() ?? null };
}

export async function handleAccessApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  locale: Locale,
  deps: AccessHttpDeps,
): Promise<boolean> {
  const route = url.pathname.match(
    /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/(invite|join|join-code|access\/(chair|screen|observer)\/rotate)$/,
  );
  if (!route) return false;
  const sessionId = route[1]!;
  const at = () => new Date(deps.now());
  const records = () => deps.db.sessions.accessList(sessionId);
  const liveCode = async () => (await records()).find((a) => a.role === "join" && !a.revokedAt) ?? null;

  switch (route[2]) {
    case "invite": {
      const access = await anyAccess(req, url, sessionId, deps.db);
      if (!access || (access.role !== "screen" && access.role !== "chair")) return (error(res, 403, locale, "auth.invalid_token"), true);
      const code = await liveCode();
      if (!code) return (error(res, 404, locale, "session.join_closed"), true);
      const link = joinUrl(baseUrl(req, url, deps.listenHost), sessionId, code.token);
      return (sendJson(res, 200, { ok: true, url: link, qr: await svg(link) }), true);
    }
    case "join":
      return (claimSeat(req, res, url, locale, sessionId, deps), true);
    case "join-code": {
      const chair = await chairAccess(req, url, sessionId, deps.db);
      if (!chair) return (error(res, 403, locale, "auth.invalid_token"), true);
      if (req.method === "GET") {
        const all = await records();
        const code = all.find((a) => a.role === "join" && !a.revokedAt);
        const seats = all.filter((a) => a.role === "delegation" && !a.revokedAt).map(seatOf);
        return (
          sendJson(res, 200, {
            ok: true,
            enabled: code !== undefined,
            url: code ? joinUrl(baseUrl(req, url, deps.listenHost), sessionId, code.token) : null,
            seats,
          }),
          true
        );
      }
      const old = (await records()).filter((a) => a.role === "join" && !a.revokedAt).map((a) => a.token);
      if (req.method === "DELETE") {
        await deps.db.sessions.rotate(sessionId, "join", null, at());
        return (sendJson(res, 200, { ok: true, enabled: false, url: null }), true);
      }
      if (req.method !== "POST") return (methodNotAllowed(res, locale, "GET, POST, DELETE"), true);
      // A new code: the one on the projector (and in any photo of it) stops working.
      const created = await deps.db.sessions.rotate(sessionId, "join", newToken(), at());
      deps.revoke(sessionId, old);
      return (
        sendJson(res, 200, { ok: true, enabled: true, url: joinUrl(baseUrl(req, url, deps.listenHost), sessionId, created!.token) }),
        true
      );
    }
    default: {
      if (req.method !== "POST") return (methodNotAllowed(res, locale, "POST"), true);
      const role = ROTATABLE[route[3] as keyof typeof ROTATABLE];
      const chair = await chairAccess(req, url, sessionId, deps.db);
      if (!chair) return (error(res, 403, locale, "auth.invalid_token"), true);
      const old = (await records()).filter((a) => a.role === role && !a.revokedAt).map((a) => a.token);
      const created = await deps.db.sessions.rotate(sessionId, role, newToken(), at());
      deps.revoke(sessionId, old);
      return (
        sendJson(res, 200, { ok: true, role, url: `${baseUrl(req, url, deps.listenHost)}/s/${sessionId}/${PATHS[role]}${created!.token}` }),
        true
      );
    }
  }
}

async function claimSeat(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  locale: Locale,
  sessionId: string,
  deps: AccessHttpDeps,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "POST") return methodNotAllowed(res, locale, "GET, POST");
  const body = req.method === "POST" ? await readJson(req) : null;
  if (body && !body.ok) return error(res, body.status, locale, body.code);
  const claim = body?.ok ? claimSchema.safeParse(body.value) : null;
  if (claim && !claim.success) return error(res, 400, locale, "http.invalid_body", issueParams(claim.error));
  const code = claim?.data?.code ?? url.searchParams.get("code");
  const join = code ? await deps.db.sessions.access(code) : null;
  if (!join || join.sessionId !== sessionId || join.role !== "join") return error(res, 403, locale, "auth.invalid_token");
  if (join.revokedAt) return error(res, 403, locale, "session.join_closed");
  const seats = (await deps.db.sessions.accessList(sessionId)).filter((a) => a.role === "delegation" && !a.revokedAt);
  if (req.method === "GET") {
    const session = await deps.db.sessions.get(sessionId);
    return sendJson(res, 200, {
      ok: true,
      title: session?.title ?? "",
      organ: session?.organ ?? "",
      seats: seats.map(seatOf).map(({ member, taken }) => ({ member, taken })),
    });
  }
  const member = claim!.data.member;
  if (!seats.some((a) => a.member === member)) return error(res, 404, locale, "session.unknown_member", { member });
  const taken = await deps.db.sessions.claim(sessionId, member, newToken(), new Date(deps.now()));
  if (!taken) return error(res, 409, locale, "session.seat_taken", { member });
  // The link it replaced was never opened (else the seat was not free): nobody loses a working link.
  const left = seats.filter((a) => a.member !== member && a.claimedAt === null).length;
  if (left === 0) await deps.db.sessions.rotate(sessionId, "join", null, new Date(deps.now()));
  sendJson(res, 200, { ok: true, member, url: delegationUrl(baseUrl(req, url, deps.listenHost), sessionId, taken.token) });
}
