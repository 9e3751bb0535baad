/**
 * What one link may cost: a delegation's link keeps at most MAX_SOCKETS_PER_LINK devices connected
 * (each receives every broadcast); the read-only screen link may be opened on more displays, up to
 * MAX_SOCKETS_PER_VIEWING_LINK. A refused device is told why, and the others keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Socket } from "socket.io-client";
import { ask, closeAll, rawSockets } from "@/bench/measure";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, tokenOf } from "../test-utils/session";
import { MAX_SOCKETS_PER_LINK, MAX_SOCKETS_PER_VIEWING_LINK } from "./handlers";

let server: Booted;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  closeAll(sockets);
  await server?.stop();
});

describe("devices per link", () => {
  it("a delegation's link: the device past the limit is refused with auth.too_many_devices; a screen link takes more", async () => {
    const links = await createSession(server.app.url, { organ: "security-council" });
    const joinAll = async (url: string, n: number) => {
      const opened = await rawSockets(server.app.url, n);
      sockets.push(...opened);
      const replies = [];
      for (const s of opened) replies.push(await ask(s, "session:join", { sessionId: links.id, token: tokenOf(url), lastSeq: 0 }));
      return replies;
    };
    const delegation = await joinAll(links.delegations[0]!.url, MAX_SOCKETS_PER_LINK + 1);
    expect(delegation.slice(0, MAX_SOCKETS_PER_LINK).every((r) => r.ok)).toBe(true);
    expect(delegation.at(-1)).toMatchObject({ ok: false, error: { code: "auth.too_many_devices" } });

    const screens = await joinAll(links.screen.url, MAX_SOCKETS_PER_LINK + 2);
    expect(screens.every((r) => r.ok)).toBe(true);
    expect(MAX_SOCKETS_PER_VIEWING_LINK).toBeGreaterThan(MAX_SOCKETS_PER_LINK + 2);
  });
});
