/**
 * Live sessions end to end, without a browser: the real server on a random port, real
 * socket.io clients (the typed client the browser uses), a real SQLite file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_COUNCIL_2026, tally } from "@/lib/procedure";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, join, joined, must, tokenOf, type LiveClient } from "../test-utils/session";
import type { SessionLinks } from "@/lib/protocol/http";

let server: Booted;
const open: LiveClient[] = [];

beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  for (const c of open) c.close();
  await server.stop();
});

function client(links: SessionLinks, url: string, locale = "fr"): LiveClient {
  const c = join(server.app.url, links.id, url, locale);
  open.push(c);
  return c;
}

function delegationUrl(links: SessionLinks, member: string): string {
  return links.delegations.find((d) => d.member === member)!.url;
}

async function councilInSession(): Promise<{
  links: SessionLinks;
  chair: LiveClient;
  screen: LiveClient;
  delegations: Map<string, LiveClient>;
}> {
  const links = await createSession(server.app.url, { organ: "security-council" });
  const chair = client(links, links.chair.url);
  const screen = client(links, links.screen.url);
  const delegations = new Map(links.delegations.map((d) => [d.member, client(links, d.url)]));
  await joined([chair, screen, ...delegations.values()]);
  await must(chair, { type: "attendance.record", entries: Object.fromEntries(SECURITY_COUNCIL_2026.map((m) => [m, "present"])) });
  await must(chair, { type: "meeting.open" });
  await must(chair, { type: "draft.introduce" });
  return { links, chair, screen, delegations };
}

describe("POST /api/sessions", () => {
  it("creates a Security Council session on the UK draft with a link per delegation, the screen's and the observer's", async () => {
    const links = await createSession(server.app.url, { organ: "security-council" });

    expect(links.delegations.map((d) => d.member).sort()).toEqual([...SECURITY_COUNCIL_2026].sort());
    const tokens = [links.chair.url, links.screen.url, links.observer.url, ...links.delegations.map((d) => d.url)].map(tokenOf);
    expect(new Set(tokens).size).toBe(18);
    // ≥ 128 bits: 20 random bytes in base64url.
    for (const token of tokens) expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    expect(links.chair.url).toMatch(new RegExp(`^${server.app.url}/s/${links.id}/chair\\?key=`));
    expect(links.delegations[0]!.url).toMatch(new RegExp(`^${server.app.url}/s/${links.id}/d/`));

    const screen = client(links, links.screen.url);
    await joined([screen]);
    expect(screen.role).toBe("screen");
    expect(screen.state!.title).toBe("L'I.A. : un nouvel enjeu dans les stratégies de sécurité mondiale ?");
    expect(screen.state!.procedure.draft?.sponsors).toEqual(["GBR"]);
    expect(screen.state!.procedure.permanentMembers.sort()).toEqual(["CHN", "FRA", "GBR", "RUS", "USA"]);
    expect(screen.state!.document?.kind).toBe("resolution");
  });

  it("creates a General Assembly session of 193 on the First Committee draft, with its 19 sponsors", async () => {
    const links = await createSession(server.app.url, { organ: "general-assembly" });
    expect(links.delegations).toHaveLength(193);
    const observer = client(links, links.observer.url);
    await joined([observer]);
    expect(observer.state!.procedure.draft?.sponsors).toHaveLength(19);
    expect(observer.state!.procedure.draft?.sponsors).toContain("RUS");
  });

  it("answers a malformed body with 400 and a readable, translated error", async () => {
    const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
      fetch(`${server.app.url}/api/sessions`, { method: "POST", headers, body });

    const badOrgan = await post(JSON.stringify({ organ: "security-counsel" }));
    expect(badOrgan.status).toBe(400);
    expect(await badOrgan.json()).toMatchObject({ ok: false, error: { code: "http.invalid_body", params: { path: "organ" } } });

    const badJson = await post("{ organ: ");
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.code).toBe("http.invalid_json");

    const english = await post(JSON.stringify({ organ: "security-council", members: ["FRA", "XXX"] }), {
      "content-type": "application/json",
      "accept-language": "en-GB",
    });
    expect(english.status).toBe(400);
    expect((await english.json()).error.message).toBe("Unknown country code: XXX.");

    const unknownDoc = await post(JSON.stringify({ organ: "security-council", documentId: "nope" }));
    expect((await unknownDoc.json()).error.message).toBe("Document introuvable dans la bibliothèque : « nope ».");
  });
});

describe("a Security Council session", () => {
  it("an amendment from one delegation reaches all 17 clients; 15 ballots give the engine's tally on every screen", async () => {
    const { chair, screen, delegations } = await councilInSession();
    const everyone = [chair, screen, ...delegations.values()];
    expect(everyone).toHaveLength(17);

    const fra = delegations.get("FRA")!;
    const sent = Date.now();
    await must(fra, {
      type: "amendment.submit",
      op: {
        kind: "replace",
        targetId: "op5",
        text: "Recommande aux États membres de n'utiliser l'intelligence artificielle à des fins militaires que sous contrôle humain ;",
      },
    });
    await Promise.all(everyone.map((c) => c.waitFor(() => (c.state?.procedure.amendments.length ?? 0) === 1)));
    // A live room: the amendment is on every device well within a second, even on a loaded machine
    // (the bench measures the real figure: milliseconds).
    const fanOutMs = Date.now() - sent;
    expect(fanOutMs).toBeLessThan(2_000);
    for (const c of everyone) expect(c.state!.procedure.amendments[0]).toMatchObject({ id: "A1", sponsors: ["FRA"], status: "pending" });
    // The server measured how far the amendment moves the text (for the voting order).
    expect(screen.state!.procedure.amendments[0]!.distance).toBeGreaterThan(0);

    await must(chair, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    const ballots: Record<string, "yes" | "no" | "abstain"> = {};
    SECURITY_COUNCIL_2026.forEach((m, i) => (ballots[m] = m === "USA" ? "no" : i % 5 === 4 ? "abstain" : "yes"));
    await Promise.all(Object.entries(ballots).map(([member, choice]) => must(delegations.get(member)!, { type: "vote.cast", choice })));
    await must(chair, { type: "vote.close" });

    const expected = tally({
      preset: screen.state!.procedure.rules!,
      questionKind: screen.state!.procedure.decisions.at(-1)?.outcome.questionKind ?? "substantive",
      ballots,
      members: [...SECURITY_COUNCIL_2026],
      permanentMembers: ["CHN", "FRA", "GBR", "RUS", "USA"],
    });
    for (const c of everyone) {
      await c.waitFor(() => (c.state?.procedure.decisions.length ?? 0) === 1);
      expect(c.state!.procedure.decisions[0]!.outcome).toEqual(expected);
    }
    expect(expected.result).toBe("vetoed");
    expect(expected.vetoedBy).toEqual(["USA"]);
  });

  it("authorization: a delegation cannot vote for another, open a vote or accept for the sponsors; a screen sends nothing", async () => {
    const { chair, screen, delegations } = await councilInSession();
    const fra = delegations.get("FRA")!;
    const rus = delegations.get("RUS")!;
    await must(fra, { type: "amendment.submit", op: { kind: "delete", targetId: "op3" } });

    const openVote = await rus.send({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" } });
    expect(openVote).toMatchObject({ ok: false, error: { code: "auth.chair_only" } });
    expect(openVote.ok === false && openVote.error.message).toBe("Seule la présidence peut faire cela.");
    const acceptForSponsor = await rus.send({ type: "amendment.accept", amendmentId: "A1", member: "GBR" });
    expect(acceptForSponsor).toMatchObject({ ok: false, error: { code: "auth.not_yours" } });
    await must(chair, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    const asOther = await rus.send({ type: "vote.cast", choice: "yes", member: "USA" });
    expect(asOther).toMatchObject({ ok: false, error: { code: "auth.not_yours" } });
    const fromScreen = await screen.send({ type: "meeting.suspend" });
    expect(fromScreen).toMatchObject({ ok: false, error: { code: "auth.forbidden" } });

    // Nothing of the above reached the log.
    const seq = chair.seq;
    await must(chair, { type: "vote.cancel" });
    expect(chair.seq).toBe(seq + 1);
    expect(chair.state!.procedure.vote).toBeNull();
  });

  it("a retried command (same id) is applied once and gets the original reply", async () => {
    const { chair, delegations } = await councilInSession();
    const fra = delegations.get("FRA")!;
    const socket = fra.socket as unknown as { emitWithAck(e: string, p: unknown): Promise<{ ok: boolean; seq: number }> };
    const envelope = { sessionId: fra["options"].sessionId, commandId: "retry-me-1", command: { type: "speakers.add" } };
    const first = await socket.emitWithAck("session:command", envelope);
    const second = await socket.emitWithAck("session:command", envelope);
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);
    await chair.waitFor(() => chair.seq >= first.seq);
    expect(chair.state!.procedure.speakers.queue).toEqual(["FRA"]);
    expect((await server.db.events.byCommand(fra["options"].sessionId, "retry-me-1")).length).toBe(1);
  });

  it("private drafts: an amendment being written is seen by its author only, until submitted; co-sponsors join by their own command", async () => {
    const { chair, screen, delegations } = await councilInSession();
    const fra = delegations.get("FRA")!;
    const gbr = delegations.get("GBR")!;
    const usa = delegations.get("USA")!;
    // Naming co-sponsors pushed the draft onto their screens without their consent: refused.
    const named = await fra.send({ type: "amendment.draft.save", op: { kind: "delete", targetId: "op4" }, coSponsors: ["GBR"] } as never);
    expect(!named.ok && named.error.code).toBe("protocol.invalid_payload");
    await must(fra, { type: "amendment.draft.save", op: { kind: "delete", targetId: "op4" } });
    await fra.waitFor(() => Object.keys(fra.state!.drafts).length === 1);
    await must(chair, { type: "speakers.add", member: "USA" }); // a later public event, so everyone is past the draft
    await Promise.all([usa, gbr, screen, chair].map((c) => c.waitFor(() => c.state!.procedure.speakers.queue.length === 1)));
    for (const other of [usa, gbr, screen, chair]) expect(Object.keys(other.state!.drafts)).toEqual([]);
    const [draftId] = Object.keys(fra.state!.drafts);
    expect(draftId).toMatch(/^FRA-/);
    expect(fra.state!.drafts[draftId!]?.sponsors).toEqual(["FRA"]);

    // A client joining afterwards gets a snapshot with only what it may see.
    const late = client({ id: chair["options"].sessionId } as SessionLinks, delegationUrlFromClient(usa));
    await joined([late]);
    expect(late.state!.drafts).toEqual({});

    const stranger = await gbr.send({ type: "amendment.draft.submit", draftId: draftId! });
    expect(!stranger.ok && stranger.error.code).toBe("amendment.draft_unknown");
    await must(fra, { type: "amendment.draft.submit", draftId: draftId! });
    await usa.waitFor(() => usa.state!.procedure.amendments.length === 1);
    expect(usa.state!.procedure.amendments[0]).toMatchObject({ sponsors: ["FRA"], op: { kind: "delete", targetId: "op4" } });
    await must(gbr, { type: "amendment.cosponsor", amendmentId: "A1" });
    await usa.waitFor(() => usa.state!.procedure.amendments[0]!.sponsors.length === 2);
    expect(usa.state!.procedure.amendments[0]!.sponsors).toEqual(["FRA", "GBR"]);
    await fra.waitFor(() => Object.keys(fra.state!.drafts).length === 0);
  });

  it("refuses an amendment to a clause that does not exist, with the document's error", async () => {
    const { delegations } = await councilInSession();
    const reply = await delegations.get("CHN")!.send({ type: "amendment.submit", op: { kind: "delete", targetId: "op42" } });
    expect(reply).toMatchObject({ ok: false, error: { code: "amendment.unknown_clause" } });
  });
});

function delegationUrlFromClient(c: LiveClient): string {
  const options = c["options"] as { url: string; sessionId: string; token: string };
  return `${options.url}/s/${options.sessionId}/d/${options.token}`;
}

describe("delegation links", () => {
  it("the chair reissues a delegation's link: the old one stops working at once, the new one works", async () => {
    const { links, delegations } = await councilInSession();
    const before = delegations.get("PAN")!;
    const reply = await fetch(`${server.app.url}/api/sessions/${links.id}/delegations/PAN/reissue`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokenOf(links.chair.url)}` },
    });
    expect(reply.status).toBe(200);
    const { url } = (await reply.json()) as { url: string };
    await before.waitFor(() => before.status === "revoked");

    const stale = client(links, delegationUrl(links, "PAN"));
    await stale.waitFor(() => stale.status === "revoked");
    const fresh = client(links, url);
    await joined([fresh]);
    expect(fresh.member).toBe("PAN");

    const forbidden = await fetch(`${server.app.url}/api/sessions/${links.id}/delegations/PAN/reissue`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokenOf(url)}` },
    });
    expect(forbidden.status).toBe(403);
  });

  it("two devices on one delegation link both follow the session, and the delegation's ballot counts once", async () => {
    const { links, chair, delegations } = await councilInSession();
    const phone = client(links, delegationUrl(links, "LVA"));
    await joined([phone]);
    const laptop = delegations.get("LVA")!;
    await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    await must(laptop, { type: "vote.cast", choice: "yes" });
    await must(phone, { type: "vote.cast", choice: "no" });
    await laptop.waitFor(() => laptop.state!.procedure.vote?.ballots.LVA?.choice === "no");
    expect(Object.keys(phone.state!.procedure.vote!.ballots)).toEqual(["LVA"]);
  });

  it("the printable links page data carries a QR code per link, for the chair only", async () => {
    const links = await createSession(server.app.url, { organ: "security-council" });
    const res = await fetch(`${server.app.url}/api/sessions/${links.id}/links?key=${tokenOf(links.chair.url)}`);
    const body = (await res.json()) as { qr: Record<string, string>; delegations: unknown[] };
    expect(body.delegations).toHaveLength(15);
    expect(body.qr.FRA).toMatch(/^<svg/);
    expect(body.qr.screen).toMatch(/^<svg/);
    const denied = await fetch(`${server.app.url}/api/sessions/${links.id}/links?key=${tokenOf(links.screen.url)}`);
    expect(denied.status).toBe(403);
  });
});
