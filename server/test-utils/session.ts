/** Sessions for integration tests: created over HTTP, joined by real socket.io clients. */
import { SessionClient } from "@/lib/client/session-client";
import { reduceLive, type LiveCommand, type LiveEvent, type LiveSessionState } from "@/lib/session";
import type { SessionLinks } from "@/lib/protocol/http";

export type LiveClient = SessionClient<LiveSessionState, LiveEvent, LiveCommand>;

export async function createSession(baseUrl: string, body: Record<string, unknown>): Promise<SessionLinks> {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`);
  return (await res.json()) as SessionLinks;
}

/** The token at the end of a link (`…/d/<token>` or `?key=<token>`). */
export function tokenOf(url: string): string {
  const u = new URL(url);
  return u.searchParams.get("key") ?? u.pathname.split("/").at(-1)!;
}

export function join(baseUrl: string, sessionId: string, url: string, locale = "fr"): LiveClient {
  return new SessionClient<LiveSessionState, LiveEvent, LiveCommand>({
    url: baseUrl,
    sessionId,
    token: tokenOf(url),
    locale,
    reduce: reduceLive,
    transports: ["websocket"],
  });
}

export async function joined(clients: LiveClient[], timeoutMs = 10_000): Promise<void> {
  await Promise.all(
    clients.map((c) => c.waitFor(() => c.state !== null && (c.status === "connected" || c.status === "resynced"), timeoutMs)),
  );
}

/** Sends a command that must succeed. */
export async function must(client: LiveClient, command: LiveCommand): Promise<number> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type} refused: ${reply.error.code} ${reply.error.message}`);
  return reply.seq;
}
