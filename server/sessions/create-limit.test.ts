/** Session creation is bounded (#4): per address, in all, optionally by password; idle rooms leave memory. */
import { getLogs } from "@prisma/debug";
import { describe, expect, it } from "vitest";
import { boot } from "../test-utils/boot";
import { join, joined, must, tokenOf } from "../test-utils/session";

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ organ: "security-council" }),
  });

describe("creating sessions", () => {
  it("an address may create so many per hour: then a 429 with a translated message and Retry-After", async () => {
    const server = await boot({ createLimits: { perAddressPerHour: 3, globalPerHour: 100, password: null, trustProxy: false } });
    try {
      for (let i = 0; i < 3; i++) expect((await post(server.app.url)).status).toBe(201);
      const refused = await post(server.app.url);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("session.create_limited");
      expect(body.error.message).toMatch(/^Trop de séances créées depuis cet appareil : réessayez dans \d+ min\.$/);
      const english = await post(server.app.url, { "accept-language": "en" });
      expect(((await english.json()) as { error: { message: string } }).error.message).toMatch(/^Too many sessions created/);
    } finally {
      await server.stop();
    }
  });

  it("the whole server creates so many per hour, whatever the addresses (X-Forwarded-For only behind a trusted proxy)", async () => {
    const server = await boot({ createLimits: { perAddressPerHour: 100, globalPerHour: 2, password: null, trustProxy: false } });
    try {
      expect((await post(server.app.url, { "x-forwarded-for": "10.0.0.1" })).status).toBe(201);
      expect((await post(server.app.url, { "x-forwarded-for": "10.0.0.2" })).status).toBe(201);
      const refused = await post(server.app.url, { "x-forwarded-for": "10.0.0.3" });
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("session.create_capacity");
    } finally {
      await server.stop();
    }
  });

  it("CREATE_PASSWORD: without it, 401 session.create_password; with it, created", async () => {
    const server = await boot({ createLimits: { perAddressPerHour: 100, globalPerHour: 100, password: "chut-2026", trustProxy: false } });
    try {
      const refused = await post(server.app.url);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("session.create_password");
      expect((await post(server.app.url, { "x-create-password": "chut-2027" })).status).toBe(401);
      expect((await post(server.app.url, { "x-create-password": "chut-2026" })).status).toBe(201);
    } finally {
      await server.stop();
    }
  });
});

describe("idle rooms", () => {
  it("leave memory once their last socket has gone, and are rebuilt from the log on the next join", async () => {
    const server = await boot({ roomIdleMs: 100 });
    try {
      const created = (await (await post(server.app.url)).json()) as { id: string; chair: { url: string }; screen: { url: string } };
      const chair = join(server.app.url, created.id, created.chair.url);
      const screen = join(server.app.url, created.id, created.screen.url);
      await joined([chair, screen]);
      await must(chair, { type: "meeting.open" });
      expect(server.app.rooms.size).toBe(1);
      chair.close();
      await new Promise((r) => setTimeout(r, 300));
      expect(server.app.rooms.size).toBe(1); // the screen is still there
      screen.close();
      await expect.poll(() => server.app.rooms.size, { timeout: 3_000 }).toBe(0);
      // Nothing of the session stays in the database driver's record of recent queries (which
      // holds their arguments: the snapshot just written, the links).
      await expect.poll(() => getLogs(), { timeout: 3_000 }).not.toContain(created.id);

      const back = join(server.app.url, created.id, `${server.app.url}/s/${created.id}/chair?key=${tokenOf(created.chair.url)}`);
      await joined([back]);
      expect(back.state!.procedure.meeting).toBe("open");
      expect(server.app.rooms.size).toBe(1);
      await must(back, { type: "meeting.suspend" });
      back.close();
    } finally {
      await server.stop();
    }
  });
});
