/**
 * The route table (lib/protocol/http-routes.ts, server/sessions/http.ts) on a real server: every
 * route is answered on its path, a wrong method names the right ones, bad input is refused with a
 * translated error and changes nothing, and the typed client reads the answers with their schemas.
 */
import { describe, expect, it } from "vitest";
import { createHttpClient } from "@/lib/client/http-client";
import { parseReply } from "@/lib/protocol/http-parse";
import { HTTP_ROUTES, routePath, type RouteName } from "@/lib/protocol/http-routes";
import { liveServerFixture } from "../test-utils/live-server";
import { createSession, tokenOf } from "../test-utils/session";

const live = liveServerFixture();
const client = () => createHttpClient({ base: live.server.app.url, parse: parseReply, headers: { "accept-language": "fr" } });

describe("the route table", () => {
  it("answers every route's path; another method gets 405 naming the methods of that path (with HEAD where allowed)", async () => {
    const session = await createSession(live.server.app.url, { organ: "security-council" });
    const sample = { id: session.id, member: "FRA", role: "screen", file: "votes.csv", code: "FRA" };
    const byPath = new Map<string, RouteName[]>();
    for (const name of Object.keys(HTTP_ROUTES) as RouteName[])
      byPath.set(HTTP_ROUTES[name].path, [...(byPath.get(HTTP_ROUTES[name].path) ?? []), name]);
    expect(byPath.size).toBeGreaterThanOrEqual(17);
    for (const [, names] of byPath) {
      const path = routePath(names[0]!, sample);
      const methods = names.flatMap((n) => {
        const spec = HTTP_ROUTES[n];
        return "head" in spec && spec.head ? [spec.method, "HEAD"] : [spec.method];
      });
      const wrong = ["PATCH", "PUT", "DELETE", "POST"].find((m) => !methods.includes(m))!;
      const res = await fetch(`${live.server.app.url}${path}`, { method: wrong, headers: { "accept-language": "fr" } });
      expect({ path, status: res.status, allow: res.headers.get("allow") }).toEqual({ path, status: 405, allow: methods.join(", ") });
      expect((await res.json()).error.message).toBe(`Méthode non autorisée (attendu : ${methods.join(", ")}).`);
    }
  });

  it("bad input is refused with a translated error and changes nothing", async () => {
    const session = await createSession(live.server.app.url, { organ: "security-council" });
    const key = tokenOf(session.chair.url);
    const before = (await live.server.db.events.list(session.id)).length;
    const put = await fetch(`${live.server.app.url}/api/sessions/${session.id}/members`, {
      method: "PUT",
      headers: { "content-type": "application/json", "accept-language": "fr", authorization: `Bearer ${key}` },
      body: JSON.stringify({ members: ["fra", "GBR"] }),
    });
    expect(put.status).toBe(400);
    expect((await put.json()).error).toMatchObject({ code: "http.invalid_body", message: expect.stringContaining("« members.0 »") });
    expect((await live.server.db.events.list(session.id)).length).toBe(before);

    // A path parameter that is not a member code is no route's (the flags and the reissue use memberCodeSchema).
    const reissue = await fetch(`${live.server.app.url}/api/sessions/${session.id}/delegations/fra/reissue`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}` },
    });
    expect(reissue.status).toBe(404);
    expect((await fetch(`${live.server.app.url}/flags/fra.svg`)).status).toBe(404);
    const flag = await fetch(`${live.server.app.url}/flags/FRA.svg`);
    expect([flag.status, flag.headers.get("content-type")]).toEqual([200, "image/svg+xml"]);

    const scope = await fetch(`${live.server.app.url}/api/documents?scope=mine`, { headers: { "accept-language": "en" } });
    expect(scope.status).toBe(400);
    expect((await scope.json()).error.message).toBe(`Invalid request: field "scope" (Invalid input: expected "all").`);
  });

  it("the typed client: answers read with their schema, refusals with their code and message, a dead server as http.unreachable", async () => {
    const call = client();
    const created = await call("session.create", { body: { organ: "security-council", members: ["GBR", "FRA", "USA"] } });
    if (!created.ok) throw new Error(created.error.code);
    const key = tokenOf(created.chair.url);
    const links = await call("session.links", { params: { id: created.id }, key });
    expect(links.ok && links.delegations.map((d) => d.member).sort()).toEqual(["FRA", "GBR", "USA"]);
    const summary = await call("session.summary", { params: { id: created.id }, key });
    expect(summary).toMatchObject({ ok: true, members: 3, compositionLocked: null });

    const wrongKey = await call("session.links", { params: { id: created.id }, key: "x".repeat(24) });
    expect(wrongKey).toEqual({
      ok: false,
      status: 403,
      error: { code: "auth.invalid_token", message: "Ce lien n'est pas valable pour cette séance." },
    });
    const dead = await createHttpClient({ base: "http://127.0.0.1:9" })("health", {});
    expect(dead).toEqual({ ok: false, status: 0, error: { code: "http.unreachable" } });
  });
});
