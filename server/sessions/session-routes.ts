/**
 * A session's own routes: creation, its links (and a delegation's new one), its log, the
 * simulated delegations and who is connected. Their shapes are in lib/protocol/http.ts; the table
 * that calls them is ./http.ts.
 */
import QRCode from "qrcode";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import type { SessionLinks } from "@/lib/protocol/http";
import type { LiveEvent } from "@/lib/session";
import type { AccessRecord } from "../db/sessions";
import { canSee } from "../room";
import { actorFor } from "./open-link";
import { baseUrl, delegationUrl } from "./http-kit";
import { requestLinkBase } from "./link-base";
import { refuse, reply, type Handler } from "./route-kit";
import { newSessionId, newToken } from "./tokens";

/** POST /api/sessions: checked by the rules (the factory), then stored with every link at once. */
export const createSession: Handler<"session.create"> = ({ req, deps, locale, body: request }) =>
  deps.createGate.serialized(async () => {
    const prepared = await deps.factory.prepare(request, { now: deps.now(), db: deps.db });
    if (!prepared.ok) return { ...refuse(400, prepared.code, prepared.params), locale: request.locale ?? locale };
    const id = newSessionId();
    const access: Array<Pick<AccessRecord, "token" | "role" | "member">> = [
      { token: newToken(), role: "chair", member: null },
      { token: newToken(), role: "screen", member: null },
      { token: newToken(), role: "observer", member: null },
      { token: newToken(), role: "join", member: null },
      ...prepared.members.map((member) => ({ token: newToken(), role: "delegation" as const, member })),
    ];
    const at = new Date(deps.now());
    await deps.db.sessions.createWithAccess(
      {
        id,
        organ: request.organ,
        title: prepared.title,
        locale: request.locale ?? DEFAULT_LOCALE,
        documentId: prepared.documentId ?? null,
      },
      access,
      prepared.events.map((event) => ({
        type: event.type,
        payload: event,
        actor: "system",
        at,
        engineVersion: deps.factory.engineVersion,
      })),
    );
    return reply(linksOf(id, access, baseUrl(req, undefined, deps.listenHost)), 201);
  });

export const links: Handler<"session.links"> = async ({ req, url, deps, params: { id } }) => {
  const records = await deps.db.sessions.accessList(id);
  const base = requestLinkBase(req, url, deps.listenHost);
  const body = linksOf(id, records, base.base);
  const { source, candidates, host, loopbackOnly } = base;
  return reply({ ...body, network: { source, candidates, host, loopbackOnly }, qr: await qrCodes(body) });
};

export const eventLog: Handler<"session.events"> = async ({ deps, params: { id }, access }) => {
  const actor = actorFor(access!);
  const events = await deps.db.events.list(id);
  const session = await deps.db.sessions.get(id);
  return reply({
    ok: true,
    session: session && { id: session.id, organ: session.organ, title: session.title, createdAt: session.createdAt },
    // anyAccess never answers for the join code.
    role: access!.role as Exclude<AccessRecord["role"], "join">,
    member: access!.member,
    events: events.filter((e) => canSee(e.audience, actor)).map((e) => ({ seq: e.seq, at: e.at.getTime(), event: e.payload as LiveEvent })),
  });
};

/** Recorded first (checked by the engine: members of this session, chair only), then started. */
export const startSimulation: Handler<"simulation.start"> = async ({ deps, params: { id }, access, body }) => {
  const recorded = await deps.asChair(id, { type: "simulation.configure", ...body, running: true });
  if (!recorded.ok) return refuse(400, recorded.code, recorded.params);
  const status = await deps.simulation.start(id, access!.token, body);
  return reply({ ok: true, ...status });
};

export const stopSimulation: Handler<"simulation.stop"> = async ({ deps, params: { id } }) => {
  const state = deps.simulation.status(id);
  await deps.simulation.stop(id);
  const recorded = await deps.asChair(id, { type: "simulation.configure", members: state.members, seed: 1, stances: {}, running: false });
  if (!recorded.ok) return refuse(400, recorded.code, recorded.params);
  return reply({ ok: true, ...deps.simulation.status(id) });
};

/** A delegation's new link: the old ones stop working at once (a lost or shared phone). */
export const reissue: Handler<"delegation.reissue"> = async ({ req, url, deps, params: { id, member } }) => {
  const current = (await deps.db.sessions.accessList(id)).filter((a) => a.role === "delegation" && a.member === member);
  if (current.length === 0) return refuse(404, "session.unknown_member", { member });
  const created = await deps.db.sessions.reissue(id, member, newToken(), new Date(deps.now()));
  deps.revoke(
    id,
    current.filter((a) => !a.revokedAt).map((a) => a.token),
  );
  return reply({ ok: true, member, url: delegationUrl(baseUrl(req, url, deps.listenHost), id, created.token) });
};

function linksOf(
  id: string,
  access: Array<Pick<AccessRecord, "token" | "role" | "member"> & { revokedAt?: Date | null }>,
  base: string,
): SessionLinks {
  const live = access.filter((a) => !a.revokedAt);
  const one = (role: string) => live.find((a) => a.role === role)?.token ?? "";
  return {
    ok: true,
    id,
    chair: { url: `${base}/s/${id}/chair?key=${one("chair")}` },
    screen: { url: `${base}/s/${id}/screen?key=${one("screen")}` },
    observer: { url: `${base}/s/${id}/observe?key=${one("observer")}` },
    delegations: live
      .filter((a) => a.role === "delegation" && a.member)
      .map((a) => ({ member: a.member!, url: delegationUrl(base, id, a.token) })),
  };
}

async function qrCodes(links: SessionLinks): Promise<Record<string, string>> {
  const svg = (text: string) => QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const entries: Array<[string, string]> = [
    ["screen", links.screen.url],
    ["observer", links.observer.url],
    ...links.delegations.map((d): [string, string] => [d.member, d.url]),
  ];
  return Object.fromEntries(await Promise.all(entries.map(async ([key, url]) => [key, await svg(url)] as const)));
}
