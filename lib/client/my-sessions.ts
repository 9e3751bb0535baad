/**
 * The sessions created in this browser, kept in its local storage so that a teacher who closed
 * the links tab can go back. The chair key stays here: it is sent only to this server, as the
 * chair's own links do.
 */
export interface RememberedSession {
  id: string;
  chairKey: string;
  title: string;
  organ: string;
  /** Epoch ms. */
  createdAt: number;
}

export const MY_SESSIONS_KEY = "hemicycle.my-sessions";
const MAX = 50;

type Store = Pick<Storage, "getItem" | "setItem">;

function valid(x: unknown): x is RememberedSession {
  const s = x as RememberedSession;
  return (
    !!s &&
    typeof s.id === "string" &&
    typeof s.chairKey === "string" &&
    typeof s.title === "string" &&
    typeof s.organ === "string" &&
    typeof s.createdAt === "number"
  );
}

export function listSessions(store: Store): RememberedSession[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(MY_SESSIONS_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(valid).sort((a, b) => b.createdAt - a.createdAt) : [];
  } catch {
    return [];
  }
}

/** Adds or refreshes a session (newest first, at most 50 kept). */
export function rememberSession(store: Store, session: RememberedSession): void {
  const others = listSessions(store).filter((s) => s.id !== session.id);
  save(store, [session, ...others].slice(0, MAX));
}

export function forgetSession(store: Store, id: string): void {
  save(
    store,
    listSessions(store).filter((s) => s.id !== id),
  );
}

function save(store: Store, sessions: RememberedSession[]) {
  try {
    store.setItem(MY_SESSIONS_KEY, JSON.stringify(sessions));
  } catch {
    // Storage full or disabled (private browsing): the links page still works, only the list is lost.
  }
}
