/** Delegations driven by the typed client (the same one the browsers use), for seats no browser takes. */
import { SessionClient } from "@/lib/client/session-client";
import { reduceLive, type LiveCommand, type LiveEvent, type LiveSessionState } from "@/lib/session";

export type ScriptedDelegation = SessionClient<LiveSessionState, LiveEvent, LiveCommand>;

export function tokenOf(url: string): string {
  const u = new URL(url);
  return u.searchParams.get("key") ?? u.pathname.split("/").at(-1)!;
}

export function sessionIdOf(url: string): string {
  return new URL(url).pathname.split("/")[2]!;
}

export async function scripted(baseURL: string, urls: string[]): Promise<ScriptedDelegation[]> {
  const clients = urls.map(
    (url) =>
      new SessionClient<LiveSessionState, LiveEvent, LiveCommand>({
        url: baseURL,
        sessionId: sessionIdOf(url),
        token: tokenOf(url),
        reduce: reduceLive,
        transports: ["websocket"],
      }),
  );
  await Promise.all(clients.map((c) => c.waitFor(() => c.state !== null, 15_000)));
  return clients;
}

export async function mustSend(client: ScriptedDelegation, command: LiveCommand): Promise<void> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type}: ${reply.error.code} ${reply.error.message}`);
}

/** Waits until this client sees a vote open, then casts. */
export async function voteWhenOpen(client: ScriptedDelegation, choice: "yes" | "no" | "abstain"): Promise<void> {
  await client.waitFor(() => client.state?.procedure.vote !== null && client.state?.procedure.vote !== undefined, 15_000);
  await mustSend(client, { type: "vote.cast", choice });
}
