/** Presence: the chair sees which delegations have a connected device; nothing of it enters the log. */
import { describe, expect, it } from "vitest";
import type { PresenceMessage } from "@/lib/protocol";
import { createSession, joined, tokenOf } from "../test-utils/session";
import { liveServerFixture } from "../test-utils/live-server";

const live = liveServerFixture();

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error("condition not met");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("presence", () => {
  it("the chair learns who connects and who leaves; delegations are not told; the log is unchanged", async () => {
    const links = await createSession(live.server.app.url, { organ: "security-council" });
    const url = (m: string) => links.delegations.find((d) => d.member === m)!.url;
    const chair = live.join(links.id, links.chair.url);
    const seen: string[][] = [];
    chair.socket.on("session:presence", (m: PresenceMessage) => seen.push(m.connected));
    await joined([chair]);
    const fra = live.join(links.id, url("FRA"));
    const heard: unknown[] = [];
    fra.socket.on("session:presence", (m: PresenceMessage) => heard.push(m));
    const usa = live.join(links.id, url("USA"));
    await joined([fra, usa]);
    await until(() => seen.at(-1)?.join() === "FRA,USA");
    const seq = chair.seq;
    // The links page asks over HTTP, with the chair's key only.
    const api = (key: string) =>
      fetch(`${live.server.app.url}/api/sessions/${links.id}/presence`, { headers: { authorization: `Bearer ${key}` } });
    expect(await (await api(tokenOf(links.chair.url))).json()).toEqual({ ok: true, connected: ["FRA", "USA"] });
    expect((await api(tokenOf(url("FRA")))).status).toBe(403);

    fra.close();
    await until(() => seen.at(-1)?.join() === "USA");
    // Two devices of one delegation: it stays connected until both are gone.
    const usa2 = live.join(links.id, url("USA"));
    await joined([usa2]);
    usa.close();
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.at(-1)).toEqual(["USA"]);
    usa2.close();
    await until(() => seen.at(-1)?.length === 0);

    expect(heard).toEqual([]);
    expect(chair.seq).toBe(seq);
  });
});
