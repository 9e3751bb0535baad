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
import QRCode from "qrcode";
import type { AccessRecord } from "../db/sessions";
import type { SessionsHttpDeps } from "./http";
import { anyAccess, baseUrl, delegationUrl } from "./http-kit";
import { refuse, reply, type Handler, type Refusal } from "./route-kit";
import { newToken } from "./tokens";

const ROTATABLE = { chair: "chair", screen: "screen", observer: "observer" } as const;
const PATHS = { chair: "chair?key=", screen: "screen?key=", observer: "observe?key=" } as const;

const joinUrl = (base: string, id: string, code: string) => `${base}/s/${id}/join?code=${code}`;
const svg = (text: string) => QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });

/** A seat and who holds it: taken with the join code, by opening its link, or reissued by the chair. */
function seatOf(a: AccessRecord) {
  return { member: a.member!, taken: a.claimedAt !== null, via: a.claimedVia, at: a.claimedAt?.getTime() ?? null };
}

type Ctx = { deps: SessionsHttpDeps; params: { id: string } };
const records = ({ deps, params }: Ctx) => deps.db.sessions.accessList(params.id);
const liveTokens = async (ctx: Ctx, role: string) => (await records(ctx)).filter((a) => a.role === role && !a.revokedAt);
const at = ({ deps }: Ctx) => new Date(deps.now());

/** The join code and the session's other links, by route name (the table is ./http.ts). */
export const ACCESS_HANDLERS: {
  [R in "access.rotate" | "invite.get" | "join.seats" | "join.claim" | "joinCode.status" | "joinCode.renew" | "joinCode.close"]: Handler<R>;
} = {
  /** The projector's join page address and QR code: for the screen's link or the chair's. */
  "invite.get": async (ctx) => {
    const access = await anyAccess(ctx.req, ctx.url, ctx.params.id, ctx.deps.db);
    if (!access || (access.role !== "screen" && access.role !== "chair")) return refuse(403, "auth.invalid_token");
    const [code] = await liveTokens(ctx, "join");
    if (!code) return refuse(404, "session.join_closed");
    const link = joinUrl(baseUrl(ctx.req, ctx.url, ctx.deps.listenHost), ctx.params.id, code.token);
    return reply({ ok: true, url: link, qr: await svg(link) });
  },
  "join.seats": async (ctx) => {
    const join = await joinCode(ctx, ctx.query.code);
    if ("refuse" in join) return join;
    const session = await ctx.deps.db.sessions.get(ctx.params.id);
    return reply({
      ok: true,
      title: session?.title ?? "",
      organ: session?.organ ?? "",
      seats: (await liveTokens(ctx, "delegation")).map(seatOf).map(({ member, taken }) => ({ member, taken })),
    });
  },
  /** A student takes a FREE seat: a new link; the code switches itself off once every seat is taken. */
  "join.claim": async (ctx) => {
    const join = await joinCode(ctx, ctx.body.code);
    if ("refuse" in join) return join;
    const { member } = ctx.body;
    const seats = await liveTokens(ctx, "delegation");
    if (!seats.some((a) => a.member === member)) return refuse(404, "session.unknown_member", { member });
    const taken = await ctx.deps.db.sessions.claim(ctx.params.id, member, newToken(), at(ctx));
    if (!taken) return refuse(409, "session.seat_taken", { member });
    // The link it replaced was never opened (else the seat was not free): nobody loses a working link.
    const left = seats.filter((a) => a.member !== member && a.claimedAt === null).length;
    if (left === 0) await ctx.deps.db.sessions.rotate(ctx.params.id, "join", null, at(ctx));
    return reply({ ok: true, member, url: delegationUrl(baseUrl(ctx.req, ctx.url, ctx.deps.listenHost), ctx.params.id, taken.token) });
  },
  "joinCode.status": async (ctx) => {
    const all = await records(ctx);
    const code = all.find((a) => a.role === "join" && !a.revokedAt);
    return reply({
      ok: true,
      enabled: code !== undefined,
      url: code ? joinUrl(baseUrl(ctx.req, ctx.url, ctx.deps.listenHost), ctx.params.id, code.token) : null,
      seats: all.filter((a) => a.role === "delegation" && !a.revokedAt).map(seatOf),
    });
  },
  /** A new code: the one on the projector (and in any photo of it) stops working. */
  "joinCode.renew": async (ctx) => {
    const old = (await liveTokens(ctx, "join")).map((a) => a.token);
    const created = await ctx.deps.db.sessions.rotate(ctx.params.id, "join", newToken(), at(ctx));
    ctx.deps.revoke(ctx.params.id, old);
    return reply({ ok: true, enabled: true, url: joinUrl(baseUrl(ctx.req, ctx.url, ctx.deps.listenHost), ctx.params.id, created!.token) });
  },
  "joinCode.close": async (ctx) => {
    await ctx.deps.db.sessions.rotate(ctx.params.id, "join", null, at(ctx));
    return reply({ ok: true, enabled: false, url: null });
  },
  /** A new chair, screen or observer link; the old one stops working at once. */
  "access.rotate": async (ctx) => {
    const role = ROTATABLE[ctx.params.role];
    const old = (await liveTokens(ctx, role)).map((a) => a.token);
    const created = await ctx.deps.db.sessions.rotate(ctx.params.id, role, newToken(), at(ctx));
    ctx.deps.revoke(ctx.params.id, old);
    return reply({
      ok: true,
      role,
      url: `${baseUrl(ctx.req, ctx.url, ctx.deps.listenHost)}/s/${ctx.params.id}/${PATHS[role]}${created!.token}`,
    });
  },
};

/** The join code the student holds, if it is this session's live one. */
async function joinCode(ctx: Ctx, code: string | undefined): Promise<AccessRecord | Refusal> {
  const join = code ? await ctx.deps.db.sessions.access(code) : null;
  if (!join || join.sessionId !== ctx.params.id || join.role !== "join") return refuse(403, "auth.invalid_token");
  if (join.revokedAt) return refuse(403, "session.join_closed");
  return join;
}
