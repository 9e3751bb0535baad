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
    expect((await fetch(`${live.server.app.url}/api/sessions/${links.id}/invite?key=${tokenOf(links.delegations[0]!.url)}`)).status).toBe(403);

    const seats = (await (await fetch(`${live.server.app.url}/api/sessions/${links.id}/join?code=${code}`)).json()) as { seats: Array<{ member: string; taken: boolean }> };
    expect(seats.seats).toHaveLength(15);
    expect(seats.seats.every((s) => !s.taken)).toBe(true);

    const take = () => fetch(`${live.server.app.url}/api/sessions/${links.id}/join`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code, member: "FRA" }) });
    const [first, second] = await Promise.all([take(), take()]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = (await (first.status === 200 ? first : second).json()) as { url: string };
    expect(winner.url).toBe(links.delegations.find((d) => d.member === "FRA")!.url);
    const loser = (await (first.status === 200 ? second : first).json()) as { error: { code: string; message: string } };
    expect(loser.error.code).toBe("session.seat_taken");

    const fra = live.join(links.id, winner.url);
    await joined([fra]);
    expect(fra.member).toBe("FRA");
    const after = (await (await fetch(`${live.server.app.url}/api/sessions/${links.id}/join?code=${code}`)).json()) as { seats: Array<{ member: string; taken: boolean }> };
    expect(after.seats.find((s) => s.member === "FRA")?.taken).toBe(true);

    // The join code is not a way in.
    const asCode = live.join(links.id, `${live.server.app.url}/s/${links.id}/d/${code}`);
    await asCode.waitFor(() => asCode.status === "join-failed");
    expect((await fetch(`${live.server.app.url}/api/sessions/${links.id}/events?key=${code}`)).status).toBe(403);
    expect((await fetch(`${live.server.app.url}/api/sessions/${links.id}/join?code=${screenKey}`)).status).toBe(403);
  });
});
