/** Taking a seat from the projector's join code: once per seat, and the code opens nothing else. */
import { describe, expect, it } from "vitest";
import { createSession, joined, tokenOf } from "../test-utils/session";
import { liveServerFixture } from "../test-utils/live-server";

const live = liveServerFixture();

describe("join code", () => {
  it("the screen gets the join QR; a student takes France once; the code neither joins nor reads the session", async () => {
    const links = await createSession(live.server.app.url, { organ: "security-council" });
    const screenKey = tokenOf(links.screen.url);
    const invite = await fetch(`${live.server.app.url}/api/sessions/${links.id}/invite?key=${screenKey}`);
    const { url, qr } = (await invite.json()) as { url: string; qr: string };
    expect(qr).toMatch(/^<svg/);
    expect(url).toMatch(new RegExp(`/s/${links.id}/join\\?code=`));
    const code = new URL(url).searchParams.get("code")!;
    expect((await fetch(`${live.server.app.url}/api/sessions/${links.id}/invite?key=${tokenOf(links.delegations[0]!.url)}`)).status).toBe(
      403,
    );

    const seats = (await (await fetch(`${live.server.app.url}/api/sessions/${links.id}/join?code=${code}`)).json()) as {
      seats: Array<{ member: string; taken: boolean }>;
    };
    expect(seats.seats).toHaveLength(15);
    expect(seats.seats.every((s) => !s.taken)).toBe(true);

    const take = () =>
      fetch(`${live.server.app.url}/api/sessions/${links.id}/join`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code, member: "FRA" }),
      });
    const [first, second] = await Promise.all([take(), take()]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = (await (first.status === 200 ? first : second).json()) as { url: string };
    // A new link for the student, never the printed one (which nobody had opened: it is retired).
    expect(winner.url).not.toBe(links.delegations.find((d) => d.member === "FRA")!.url);
    const loser = (await (first.status === 200 ? second : first).json()) as { error: { code: string; message: string } };
    expect(loser.error.code).toBe("session.seat_taken");

    const fra = live.join(links.id, winner.url);
    await joined([fra]);
    expect(fra.member).toBe("FRA");
    const after = (await (await fetch(`${live.server.app.url}/api/sessions/${links.id}/join?code=${code}`)).json()) as {
      seats: Array<{ member: string; taken: boolean }>;
    };
    expect(after.seats.find((s) => s.member === "FRA")?.taken).toBe(true);

    // The join code is not a way in.
    const asCode = live.join(links.id, `${live.server.app.url}/s/${links.id}/d/${code}`);
    await asCode.waitFor(() => asCode.status === "join-failed");
    expect((await fetch(`${live.server.app.url}/api/sessions/${links.id}/events?key=${code}`)).status).toBe(403);
    expect((await fetch(`${live.server.app.url}/api/sessions/${links.id}/join?code=${screenKey}`)).status).toBe(403);
  });
});

const base = () => live.server.app.url;
const bearer = (links: { chair: { url: string } }) => ({ authorization: `Bearer ${tokenOf(links.chair.url)}` });
const seatsOf = async (id: string, code: string) =>
  ((await (await fetch(`${base()}/api/sessions/${id}/join?code=${code}`)).json()) as { seats: Array<{ member: string; taken: boolean }> })
    .seats;
const take = (id: string, code: string, member: string) =>
  fetch(`${base()}/api/sessions/${id}/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, member }),
  });
async function codeOf(links: { id: string; chair: { url: string } }): Promise<string> {
  const status = (await (await fetch(`${base()}/api/sessions/${links.id}/join-code`, { headers: bearer(links) })).json()) as {
    url: string;
  };
  return new URL(status.url).searchParams.get("code")!;
}

describe("join code: only free seats (#1)", () => {
  it("a seat whose printed link was opened is taken: the code neither lists it as free nor hands out its link", async () => {
    const links = await createSession(base(), { organ: "security-council" });
    const code = await codeOf(links);
    const usa = live.join(links.id, links.delegations.find((d) => d.member === "USA")!.url);
    await joined([usa]);
    expect((await seatsOf(links.id, code)).find((s) => s.member === "USA")?.taken).toBe(true);
    const grab = await take(links.id, code, "USA");
    expect(grab.status).toBe(409);
    expect(JSON.stringify(await grab.json())).not.toContain(tokenOf(links.delegations.find((d) => d.member === "USA")!.url));
  });

  it("a link the chair reissued is held, not free; the code never answers an existing link", async () => {
    const links = await createSession(base(), { organ: "security-council" });
    const code = await codeOf(links);
    const reissued = (await (
      await fetch(`${base()}/api/sessions/${links.id}/delegations/GRC/reissue`, { method: "POST", headers: bearer(links) })
    ).json()) as { url: string };
    expect((await take(links.id, code, "GRC")).status).toBe(409);
    const known = new Set([...links.delegations.map((d) => tokenOf(d.url)), tokenOf(reissued.url)]);
    const claimed = (await (await take(links.id, code, "PAN")).json()) as { url: string };
    expect(known.has(tokenOf(claimed.url))).toBe(false);
  });

  it("the chair sees who took which seat, rotates the code (the old one stops) and switches it off", async () => {
    const links = await createSession(base(), { organ: "security-council" });
    const code = await codeOf(links);
    expect((await take(links.id, code, "DNK")).status).toBe(200);
    const status = (await (await fetch(`${base()}/api/sessions/${links.id}/join-code`, { headers: bearer(links) })).json()) as {
      enabled: boolean;
      seats: Array<{ member: string; taken: boolean; via: string | null }>;
    };
    expect(status.enabled).toBe(true);
    expect(status.seats.find((s) => s.member === "DNK")).toMatchObject({ taken: true, via: "code" });
    expect((await fetch(`${base()}/api/sessions/${links.id}/join-code`)).status).toBe(403);

    const rotated = (await (
      await fetch(`${base()}/api/sessions/${links.id}/join-code`, { method: "POST", headers: bearer(links) })
    ).json()) as { url: string };
    const fresh = new URL(rotated.url).searchParams.get("code")!;
    expect(fresh).not.toBe(code);
    const stale = await take(links.id, code, "LVA");
    expect(stale.status).toBe(403);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe("session.join_closed");
    expect((await take(links.id, fresh, "LVA")).status).toBe(200);

    await fetch(`${base()}/api/sessions/${links.id}/join-code`, { method: "DELETE", headers: bearer(links) });
    expect((await take(links.id, fresh, "LBR")).status).toBe(403);
    expect((await fetch(`${base()}/api/sessions/${links.id}/invite?key=${tokenOf(links.screen.url)}`)).status).toBe(404);
  });

  it("switches itself off once every seat is taken", async () => {
    const links = await createSession(base(), { organ: "security-council", members: ["FRA", "DEU", "GBR"] });
    const code = await codeOf(links);
    for (const m of ["FRA", "DEU", "GBR"]) expect((await take(links.id, code, m)).status).toBe(200);
    const status = (await (await fetch(`${base()}/api/sessions/${links.id}/join-code`, { headers: bearer(links) })).json()) as {
      enabled: boolean;
    };
    expect(status.enabled).toBe(false);
    expect((await fetch(`${base()}/api/sessions/${links.id}/join?code=${code}`)).status).toBe(403);
  });
});

describe("every link kind can be rotated (#11)", () => {
  it("the chair gets a new screen, observer or chair link; the old one stops working at once", async () => {
    const links = await createSession(base(), { organ: "security-council" });
    const screen = live.join(links.id, links.screen.url);
    await joined([screen]);
    const rotated = (await (
      await fetch(`${base()}/api/sessions/${links.id}/access/screen/rotate`, { method: "POST", headers: bearer(links) })
    ).json()) as { url: string };
    expect(rotated.url).toMatch(new RegExp(`/s/${links.id}/screen\\?key=`));
    await screen.waitFor(() => screen.status === "revoked");
    const next = live.join(links.id, rotated.url);
    await joined([next]);
    for (const role of ["observer", "chair"]) {
      const reply = await fetch(`${base()}/api/sessions/${links.id}/access/${role}/rotate`, { method: "POST", headers: bearer(links) });
      expect(reply.status).toBe(200);
      if (role === "chair") expect((await fetch(`${base()}/api/sessions/${links.id}/links`, { headers: bearer(links) })).status).toBe(403);
    }
    expect((await fetch(`${base()}/api/sessions/${links.id}/events?key=${tokenOf(links.observer.url)}`)).status).toBe(403);
  });
});
