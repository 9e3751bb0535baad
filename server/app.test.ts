import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io } from "socket.io-client";
import { connect, type HemicycleClientSocket, type ConnectionStatus } from "@/lib/client/connection";
import { PROTOCOL_VERSION, type Hello } from "@/lib/protocol";
import { boot, type Booted } from "./test-utils/boot";

let server: Booted;
const sockets: HemicycleClientSocket[] = [];

beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await server.stop();
});

function client(options: { protocol?: number; locale?: string } = {}) {
  const statuses: ConnectionStatus[] = [];
  const socket = connect({ url: server.app.url, transports: ["websocket"], onStatus: (s) => statuses.push(s), ...options });
  sockets.push(socket);
  return { socket, statuses };
}

function hello(socket: HemicycleClientSocket): Promise<Hello> {
  return new Promise((resolve) => socket.once("system:hello", resolve));
}

describe("server: HTTP", () => {
  it("GET /api/health answers ok with the version, the protocol and the database's state", async () => {
    const res = await fetch(`${server.app.url}/api/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, protocol: PROTOCOL_VERSION, db: { ok: true, kind: "sqlite" } });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.db.migrations).toBeGreaterThan(0);
  });

  it("sends the security headers on every answer: no referrer (links carry keys), nosniff, no framing by others, a CSP", async () => {
    const chair = (await (
      await fetch(`${server.app.url}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ organ: "security-council" }),
      })
    ).json()) as { id: string; chair: { url: string } };
    const key = new URL(chair.chair.url).searchParams.get("key");
    for (const path of [
      "/api/health",
      "/api/nope",
      "/flags/FRA.svg",
      `/api/sessions/${chair.id}/links?key=${key}`,
      `/api/sessions/${chair.id}/export/votes.csv?key=${key}`,
      "/%F2",
    ]) {
      const res = await fetch(`${server.app.url}${path}`);
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
      expect(res.headers.get("content-security-policy"), path).toMatch(/frame-ancestors 'self'/);
      expect(res.headers.get("content-security-policy"), path).toMatch(/default-src 'self'/);
    }
  });

  it("answers 404 with a JSON error for an unknown API route when Next.js is not mounted", async () => {
    const res = await fetch(`${server.app.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: "http.not_found" } });
  });
});

describe("server: Socket.IO", () => {
  it("two clients connect and each is greeted with the server's version", async () => {
    const a = client();
    const b = client();
    const [ha, hb] = await Promise.all([hello(a.socket), hello(b.socket)]);
    expect(ha.protocol).toBe(PROTOCOL_VERSION);
    expect(hb.version).toBe(ha.version);
    expect(a.statuses).toContain("connected");
    expect(b.statuses).toContain("connected");
    const reply = await a.socket.emitWithAck("system:ping", { clientTime: 42 });
    expect(reply).toMatchObject({ ok: true, clientTime: 42 });
  });

  it("refuses a client on another protocol version with the documented error code, and the client stops retrying", async () => {
    const { socket, statuses } = client({ protocol: PROTOCOL_VERSION + 1 });
    const error = await new Promise<Error & { data?: { code: string; serverProtocol: number } }>((resolve) =>
      socket.once("connect_error", resolve),
    );
    expect(error.data).toEqual({ code: "protocol.version_mismatch", serverProtocol: PROTOCOL_VERSION, tooOld: "server" });
    expect(error.message).toBe(
      `Serveur trop ancien : il parle la version ${PROTOCOL_VERSION} du protocole, cette page la version ${PROTOCOL_VERSION + 1}. Réessayez plus tard.`,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(statuses.at(-1)).toBe("server-too-old");
    expect(socket.connected).toBe(false);
    expect(socket.active).toBe(false);
  });

  it("tells an older client (or one that names no version) that it is the one too old", async () => {
    const { socket, statuses } = client({ protocol: PROTOCOL_VERSION - 1, locale: "en" });
    const error = await new Promise<Error & { data?: { tooOld: string } }>((resolve) => socket.once("connect_error", resolve));
    expect(error.data?.tooOld).toBe("client");
    expect(error.message).toBe(
      `Client too old: the server speaks protocol version ${PROTOCOL_VERSION}, this page version ${PROTOCOL_VERSION - 1}. Reload the page.`,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(statuses.at(-1)).toBe("client-too-old");

    const unversioned = io(server.app.url, { auth: {}, transports: ["websocket"], forceNew: true, reconnection: false });
    const refused = await new Promise<Error & { data?: { tooOld: string } }>((resolve) => unversioned.once("connect_error", resolve));
    expect(refused.data?.tooOld).toBe("client");
    unversioned.disconnect();
  });

  it("answers an invalid payload with { ok: false } and a code, and keeps serving", async () => {
    const { socket } = client();
    await hello(socket);
    const bad = await socket.emitWithAck("system:ping", { clientTime: "not a number" } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: "protocol.invalid_payload", params: { path: "clientTime" } } });
    expect(bad.ok === false && bad.error.message).toMatch(/invalide/);

    const extra = await socket.emitWithAck("system:ping", { clientTime: 1, admin: true } as never);
    expect(extra).toMatchObject({ ok: false, error: { code: "protocol.invalid_payload" } });

    const missing = await socket.emitWithAck("system:ping", undefined as never);
    expect(missing).toMatchObject({ ok: false, error: { code: "protocol.invalid_payload" } });

    const good = await socket.emitWithAck("system:ping", { clientTime: 7 });
    expect(good).toMatchObject({ ok: true, clientTime: 7 });
  });

  it("answers an unknown event with protocol.unknown_event, in the client's language", async () => {
    const { socket } = client({ locale: "en" });
    await hello(socket);
    const reply = (await (socket as unknown as { emitWithAck(e: string, p: unknown): Promise<unknown> }).emitWithAck("vote:rig", {})) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(reply).toMatchObject({ ok: false, error: { code: "protocol.unknown_event" } });
    expect(reply.error.message).toBe('Unknown command: "vote:rig".');
  });
});

describe("server: flags", () => {
  it("serves a member's flag by its alpha-3 code, and 404 for an unknown code", async () => {
    const fra = await fetch(`${server.app.url}/flags/FRA.svg`);
    expect(fra.status).toBe(200);
    expect(fra.headers.get("content-type")).toBe("image/svg+xml");
    expect(await fra.text()).toMatch(/<svg/);
    expect((await fetch(`${server.app.url}/flags/XYZ.svg`)).status).toBe(404);
  });
});

describe("server: document library", () => {
  it("lists the bundled documents and serves each as a parsed tree", async () => {
    const { seedLibrary } = await import("./seed");
    await seedLibrary(server.db);
    const list = (await (await fetch(`${server.app.url}/api/documents`)).json()) as { documents: Array<{ id: string; kind: string }> };
    expect(list.documents.map((d) => d.id)).toContain("sc-uk-ai-security");
    expect(list.documents.filter((d) => d.kind === "reference")).toHaveLength(3);
    const uk = (await (await fetch(`${server.app.url}/api/documents/sc-uk-ai-security`)).json()) as {
      document: { operative: unknown[]; preamble: unknown[] };
    };
    expect(uk.document.preamble).toHaveLength(6);
    expect(uk.document.operative).toHaveLength(6);
    expect((await fetch(`${server.app.url}/api/documents/nope`)).status).toBe(404);
  });
});
