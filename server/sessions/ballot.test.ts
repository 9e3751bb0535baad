/**
 * The ballot form over HTTP (POST /api/sessions/:id/ballot, ./ballot-http.ts), on the real server,
 * as a phone without scripts and as a mischievous student with a real link would post it: the
 * ballot is the link's own, the same form posted twice is one ballot, the per-link budget is the
 * sockets' own, and everything refused leaves the log as it was. Also the page's server view of a
 * link (./live-view.ts): the join's own answer.
 */
import { describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026 } from "@/lib/procedure";
import { nextRollCall } from "@/lib/procedure/decide-votes";
import { refusalOf } from "@/lib/protocol/ballot";
import type { SessionLinks } from "@/lib/protocol/http";
import { createSession, join, joined, must, tokenOf, type LiveClient } from "../test-utils/session";
import { boot } from "../test-utils/boot";
import { liveServerFixture } from "../test-utils/live-server";
import { liveViews } from "./live-view";
import { SessionClient } from "@/lib/client/session-client";
import { reduceLive, type LiveCommand, type LiveEvent, type LiveSessionState } from "@/lib/session";

const live = liveServerFixture();
const base = () => live.server.app.url;
const tokenFor = (links: SessionLinks, member: string) => tokenOf(links.delegations.find((d) => d.member === member)!.url);

function post(sessionId: string, fields: Record<string, string>, contentType = "application/x-www-form-urlencoded") {
  return fetch(`${base()}/api/sessions/${sessionId}/ballot`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": contentType, "accept-language": "fr" },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Where a 303 sends the browser: the page's path and the refusal it names. */
function landing(res: Response) {
  expect(res.status).toBe(303);
  const location = new URL(res.headers.get("location")!, base());
  return { path: location.pathname, refused: refusalOf(Object.fromEntries(location.searchParams)) };
}

async function ballots(sessionId: string) {
  const events = await live.server.db.events.list(sessionId);
  return events.map((e) => e.payload as { type: string; member?: string; choice?: string }).filter((e) => e.type === "vote.cast");
}

async function councilVoting(method: "recorded" | "roll-call" = "recorded") {
  const links = await createSession(base(), { organ: "security-council" });
  const chair = live.join(links.id, links.chair.url);
  await joined([chair]);
  await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
  await must(chair, { type: "meeting.open" });
  await must(chair, { type: "draft.introduce" });
  await must(chair, { type: "vote.open", subject: { kind: "draft" }, method, ...(method === "roll-call" ? { firstMember: "GRC" } : {}) });
  return { links, chair };
}

const form = (token: string, choice: string, commandId = `form-${Math.random().toString(36).slice(2, 12)}`) => ({
  token,
  choice,
  commandId,
});

describe("POST /api/sessions/:id/ballot (the ballot form)", () => {
  it("records the link's own ballot, written before the answer, seen by the chair, and sends the browser back to its page", async () => {
    const { links, chair } = await councilVoting();
    const token = tokenFor(links, "FRA");
    const res = await post(links.id, form(token, "yes"));
    expect(landing(res)).toEqual({ path: `/s/${links.id}/d/${token}`, refused: null });
    // Persisted before the 303: the log already holds it.
    expect(await ballots(links.id)).toEqual([expect.objectContaining({ member: "FRA", choice: "yes" })]);
    await chair.waitFor(() => chair.state!.procedure.vote?.ballots.FRA?.choice === "yes");
  });

  it("the same form posted again (a double tap, a reload) is one ballot; another choice of the form changes the vote", async () => {
    const { links, chair } = await councilVoting();
    const token = tokenFor(links, "GBR");
    const fields = form(token, "no");
    const replies = await Promise.all([post(links.id, fields), post(links.id, fields), post(links.id, fields)]);
    for (const res of replies) expect(landing(res).refused).toBeNull();
    expect(await ballots(links.id)).toHaveLength(1);
    await post(links.id, fields);
    expect(await ballots(links.id)).toHaveLength(1);
    // The same form's other button: its own command, a change of vote (the board's rule until the close).
    expect(landing(await post(links.id, { ...fields, choice: "abstain" })).refused).toBeNull();
    expect((await ballots(links.id)).map((b) => b.choice)).toEqual(["no", "abstain"]);
    await chair.waitFor(() => chair.state!.procedure.vote?.ballots.GBR?.choice === "abstain");
  });

  it("a command id another delegation used is not squatted: each link's ids are its own", async () => {
    const { links } = await councilVoting();
    const id = "shared-id-0001";
    await post(links.id, form(tokenFor(links, "USA"), "yes", id));
    await post(links.id, form(tokenFor(links, "CHN"), "yes", id));
    expect((await ballots(links.id)).map((b) => b.member).sort()).toEqual(["CHN", "USA"]);
  });

  it("no link votes for another seat: a member in the form is refused, the chair's link casts nothing here", async () => {
    const { links } = await councilVoting();
    const other = await post(links.id, { ...form(tokenFor(links, "FRA"), "no"), member: "USA" });
    expect(other.status).toBe(400);
    expect((await other.json()).error).toMatchObject({ code: "http.invalid_body", message: expect.stringContaining("member") });
    const chair = await post(links.id, form(tokenOf(links.chair.url), "no"));
    expect(chair.status).toBe(403);
    expect((await chair.json()).error.code).toBe("auth.forbidden");
    const screen = await post(links.id, form(tokenOf(links.screen.url), "no"));
    expect(screen.status).toBe(403);
    expect(await ballots(links.id)).toEqual([]);
  });

  it("a wrong, foreign, join-code or revoked link records nothing and goes back to its page (which says the link does not work)", async () => {
    const { links } = await councilVoting();
    const elsewhere = await createSession(base(), { organ: "security-council" });
    const chairKey = tokenOf(links.chair.url);
    const code = new URL(
      (
        (await (
          await fetch(`${base()}/api/sessions/${links.id}/join-code`, { headers: { authorization: `Bearer ${chairKey}` } })
        ).json()) as {
          url: string;
        }
      ).url,
    ).searchParams.get("code")!;
    await fetch(`${base()}/api/sessions/${links.id}/delegations/DNK/reissue`, {
      method: "POST",
      headers: { authorization: `Bearer ${chairKey}` },
    });
    for (const token of ["x".repeat(24), tokenFor(elsewhere, "FRA"), code, tokenFor(links, "DNK")]) {
      expect(landing(await post(links.id, form(token, "yes")))).toEqual({ path: `/s/${links.id}/d/${token}`, refused: null });
    }
    expect(await ballots(links.id)).toEqual([]);
    expect(await ballots(elsewhere.id)).toEqual([]);
  });

  it("a ballot the rules refuse (no vote open, a closed vote, not one's turn) comes back with the engine's reason", async () => {
    const links = await createSession(base(), { organ: "security-council" });
    const token = tokenFor(links, "FRA");
    expect(landing(await post(links.id, form(token, "yes"))).refused).toEqual({ code: "vote.not_open" });

    const voting = await councilVoting();
    await must(voting.chair, { type: "vote.close" });
    expect(landing(await post(voting.links.id, form(tokenFor(voting.links, "FRA"), "yes"))).refused).toEqual({ code: "vote.not_open" });

    const roll = await councilVoting("roll-call");
    expect(nextRollCall(roll.chair.state!.procedure.vote!)!.member).toBe("GRC");
    const refused = landing(await post(roll.links.id, form(tokenFor(roll.links, "FRA"), "yes"))).refused;
    expect(refused).toEqual({ code: "vote.not_your_turn", params: { expected: "GRC" } });
    expect(await ballots(roll.links.id)).toEqual([]);
  });

  it("bad input is refused with a translated error and records nothing: a choice, an id, JSON instead of a form", async () => {
    const { links } = await councilVoting();
    const token = tokenFor(links, "FRA");
    for (const fields of [form(token, "maybe"), { ...form(token, "yes"), commandId: "a b" }, { token, choice: "yes" }]) {
      const res = await post(links.id, fields);
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe("http.invalid_body");
    }
    const json = await post(links.id, form(token, "yes"), "application/json");
    expect(json.status).toBe(415);
    expect((await json.json()).error).toEqual({
      code: "http.not_form",
      message: "Le corps de la requête doit être un formulaire (Content-Type: application/x-www-form-urlencoded).",
    });
    expect(await ballots(links.id)).toEqual([]);
  });

  it("the link's budget is its sockets' own: spent over the socket, the form is refused (rate.limited); a flood of posts is limited too", async () => {
    // The budget refills with time: here time stands still, so what is spent stays spent.
    const frozen = await boot({ clock: { now: () => 1_800_000_000_000 } });
    const clients: LiveClient[] = [];
    try {
      const url = frozen.app.url;
      const links = await createSession(url, { organ: "security-council" });
      const chair = join(url, links.id, links.chair.url);
      const phone = join(url, links.id, links.delegations.find((d) => d.member === "PAN")!.url);
      clients.push(chair, phone);
      await joined(clients);
      await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
      await must(chair, { type: "meeting.open" });
      await must(chair, { type: "draft.introduce" });
      await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
      const raw = phone.socket as unknown as { emitWithAck(event: string, payload: unknown): Promise<{ ok: boolean }> };
      const pings = await Promise.all(Array.from({ length: 45 }, () => raw.emitWithAck("system:ping", { clientTime: 1 })));
      expect(pings.filter((r) => r.ok)).toHaveLength(40);
      const posted = (fields: Record<string, string>) =>
        fetch(`${url}/api/sessions/${links.id}/ballot`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(fields).toString(),
        });
      expect(landing(await posted(form(tokenFor(links, "PAN"), "yes"))).refused).toEqual({ code: "rate.limited" });

      // Over HTTP alone: the same 40 a link may burst, then refused.
      const other = tokenFor(links, "SOM");
      const flood = await Promise.all(Array.from({ length: 50 }, (_, i) => posted(form(other, i % 2 ? "yes" : "no"))));
      expect(flood.filter((res) => landing(res).refused?.code === "rate.limited")).toHaveLength(10);
      const events = await frozen.db.events.list(links.id);
      expect(
        events
          .filter((e) => (e.payload as { type: string; member?: string }).type === "vote.cast")
          .map((e) => (e.payload as { member: string }).member),
      ).toEqual(Array(40).fill("SOM"));
    } finally {
      for (const c of clients) c.close();
      await frozen.stop();
    }
  });
});

describe("the page's server view of a link (lib/protocol/live-view.ts)", () => {
  it("is the join's own answer: role, member, the state as this delegation sees it, at the room's seq; the seat is held", async () => {
    const { links } = await councilVoting();
    const views = liveViews({ db: live.server.db, rooms: live.server.app.rooms });
    const token = tokenFor(links, "LVA");
    const answer = await views.view(links.id, token);
    const phone: LiveClient = live.join(links.id, links.delegations.find((d) => d.member === "LVA")!.url);
    await joined([phone]);
    if (!answer.ok) throw new Error(answer.code);
    expect(answer.view).toMatchObject({ sessionId: links.id, role: "delegation", member: "LVA", seq: phone.seq });
    expect(answer.view.snapshot).toEqual(phone.state);
    expect((await live.server.db.sessions.access(token))?.claimedAt).not.toBeNull();
  });

  it("for a link preview (holdSeat: false) the same view, and the seat stays free for the join code", async () => {
    const { links } = await councilVoting();
    const views = liveViews({ db: live.server.db, rooms: live.server.app.rooms });
    const token = tokenFor(links, "SOM");
    const preview = await views.view(links.id, token, { holdSeat: false });
    expect(preview.ok && preview.view.member).toBe("SOM");
    expect((await live.server.db.sessions.access(token))?.claimedAt).toBeNull();
    // The student's own visit then holds it.
    await views.view(links.id, token);
    expect((await live.server.db.sessions.access(token))?.claimedAt).not.toBeNull();
  });

  it("a client started from the view joins from its seq: it gets the events since, not a snapshot, and ends where a fresh client does", async () => {
    const { links, chair } = await councilVoting();
    const views = liveViews({ db: live.server.db, rooms: live.server.app.rooms });
    const url = links.delegations.find((d) => d.member === "BHR")!.url;
    const answer = await views.view(links.id, tokenOf(url));
    if (!answer.ok) throw new Error(answer.code);
    // Between the page's rendering and its socket's join, the session moves on.
    await must(chair, { type: "vote.cast", member: "FRA", choice: "no" });
    const received: number[] = [];
    const { view } = answer;
    const page = new SessionClient<LiveSessionState, LiveEvent, LiveCommand>({
      url: base(),
      sessionId: links.id,
      token: tokenOf(url),
      reduce: reduceLive,
      transports: ["websocket"],
      initial: { state: view.snapshot, seq: view.seq, role: view.role, member: view.member },
      onEvents: (events) => received.push(...events.map((e) => e.seq)),
    });
    const fresh = live.join(links.id, url);
    try {
      await joined([page, fresh]);
      await page.waitFor(() => page.seq === fresh.seq);
      expect(received).toEqual([view.seq + 1]);
      expect(page.state).toEqual(fresh.state);
      expect(page.state!.procedure.vote!.ballots.FRA?.choice).toBe("no");
    } finally {
      page.close();
    }
  });

  it("opens nothing for a wrong, foreign or revoked link", async () => {
    const { links } = await councilVoting();
    const elsewhere = await createSession(base(), { organ: "security-council" });
    const views = liveViews({ db: live.server.db, rooms: live.server.app.rooms });
    expect(await views.view(links.id, "x".repeat(24))).toEqual({ ok: false, code: "auth.invalid_token" });
    expect(await views.view(links.id, tokenFor(elsewhere, "FRA"))).toEqual({ ok: false, code: "auth.invalid_token" });
    await fetch(`${base()}/api/sessions/${links.id}/delegations/LBR/reissue`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokenOf(links.chair.url)}` },
    });
    expect(await views.view(links.id, tokenFor(links, "LBR"))).toEqual({ ok: false, code: "auth.revoked" });
  });
});
