/** Taking a seat from the projector's join code: once per seat, and the code opens nothing else. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, join, joined, tokenOf, type LiveClient } from "../test-utils/session";

let server: Booted;
const clients: LiveClient[] = [];
beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server.stop();
});

describe("join code", () => {
  it("the screen gets the join QR; a student takes France once; the code neither joins nor reads the session", async () => {
    const links = await createSession(server.app.url, { organ: "security-council" });
    const screenKey = tokenOf(links.screen.url);
    const invite = await fetch(`${server.app.url}/api/sessions/${links.id}/invite?key=${screenKey}`);
    const { url, qr } = (await invite.json()) as { url: string; qr: string };
    expect(qr).toMatch(/^<svg/);
    expect(url).toMatch(new RegExp(`/s/${links.id}/join\\?code=`));
    const code = new URL(url).searchParams.get("code")!;
    expect((await fetch(`${server.app.url}/api/sessions/${links.id}/invite?key=${tokenOf(links.delegations[0]!.url)}`)).status).toBe(403);

    const seats = (await (await fetch(`${server.app.url}/api/sessions/${links.id}/join?code=${code}`)).json()) as { seats: Array<{ member: string; taken: boolean }> };
    expect(seats.seats).toHaveLength(15);
    expect(seats.seats.every((s) => !s.taken)).toBe(true);

    const take = () => fetch(`${server.app.url}/api/sessions/${links.id}/join`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code, member: "FRA" }) });
    const [first, second] = await Promise.all([take(), take()]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = (await (first.status === 200 ? first : second).json()) as { url: string };
    expect(winner.url).toBe(links.delegations.find((d) => d.member === "FRA")!.url);
    const loser = (await (first.status === 200 ? second : first).json()) as { error: { code: string; message: string } };
    expect(loser.error.code).toBe("session.seat_taken");

    const fra = join(server.app.url, links.id, winner.url);
    clients.push(fra);
    await joined([fra]);
    expect(fra.member).toBe("FRA");
    const after = (await (await fetch(`${server.app.url}/api/sessions/${links.id}/join?code=${code}`)).json()) as { seats: Array<{ member: string; taken: boolean }> };
    expect(after.seats.find((s) => s.member === "FRA")?.taken).toBe(true);

    // The join code is not a way in.
    const asCode = join(server.app.url, links.id, `${server.app.url}/s/${links.id}/d/${code}`);
    clients.push(asCode);
    await asCode.waitFor(() => asCode.status === "join-failed");
    expect((await fetch(`${server.app.url}/api/sessions/${links.id}/events?key=${code}`)).status).toBe(403);
    expect((await fetch(`${server.app.url}/api/sessions/${links.id}/join?code=${screenKey}`)).status).toBe(403);
  });
});
