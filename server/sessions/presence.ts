/**
 * Presence: which delegations have a connected device, for the chair's roll call and links page.
 * Ephemeral by design — it is the sockets' state, never an event of the session's log: a replay
 * or the minutes must not depend on who had a phone switched on. Computed from the sockets in the
 * session's room (fetchSockets also sees other processes' sockets behind the Redis adapter).
 */
import { memberRoom, sessionRoom } from "../broadcaster";
import { CHAIR_AUDIENCE } from "@/lib/session/events";
import type { HemicycleServer, HemicycleSocket } from "../sockets";

type Namespace = HemicycleSocket["nsp"] | HemicycleServer;

/** The members with at least one delegation socket joined to the session, sorted. */
export async function connectedMembers(nsp: Namespace, sessionId: string): Promise<string[]> {
  const sockets = await nsp.in(sessionRoom(sessionId)).fetchSockets();
  const members = new Set<string>();
  for (const s of sockets) {
    const joined = s.data.joined;
    if (joined?.sessionId === sessionId && joined.actor.role === "delegation") members.add(joined.actor.member);
  }
  return [...members].sort();
}

/** Tells the session's chair consoles who is connected now. */
export async function announcePresence(nsp: Namespace, sessionId: string): Promise<void> {
  const connected = await connectedMembers(nsp, sessionId);
  nsp.to(memberRoom(sessionId, CHAIR_AUDIENCE)).emit("session:presence", { sessionId, connected });
}

/** After a join: announce, and announce again when this socket goes (once per socket). */
export function trackPresence(socket: HemicycleSocket, sessionId: string, previous: string | null): void {
  const announce = (id: string) => void announcePresence(socket.nsp, id).catch((error: unknown) => console.error("[presence]", error));
  if (previous && previous !== sessionId) announce(previous);
  announce(sessionId);
  if (socket.listeners("disconnect").some((l) => (l as { presence?: true }).presence)) return;
  const onDisconnect = Object.assign(
    () => {
      const joined = socket.data.joined;
      if (joined) announce(joined.sessionId);
    },
    { presence: true as const },
  );
  socket.on("disconnect", onDisconnect);
}
