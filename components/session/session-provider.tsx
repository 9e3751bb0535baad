"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useLocale } from "next-intl";
import { useStore } from "zustand";
import { SessionClient } from "@/lib/client/session-client";
import type { PaperSession } from "@/lib/client/paper-client";
import { reduceLive } from "@/lib/session/reduce";
import type { LiveCommand } from "@/lib/session/commands";
import type { LiveEvent } from "@/lib/session/events";
import type { LiveSessionState } from "@/lib/session/state";
import { createSessionStore, type SessionSeed, type SessionStore, type SessionStoreState } from "./session-store";

const SessionContext = createContext<SessionStore | null>(null);

/** Joins the session with this page's link and keeps its store up to date. */
export function SessionProvider({
  sessionId,
  token,
  seed,
  children,
}: {
  sessionId: string;
  token: string;
  /** The state the server rendered the page with (SessionSeed), if it did. */
  seed?: SessionSeed;
  children: ReactNode;
}) {
  const locale = useLocale();
  const [store] = useState(() => createSessionStore(seed, { sessionId, token }));

  useEffect(() => {
    // From the server's rendering, if any: the join then answers only what happened since.
    const { live, seq, role, member } = store.getState();
    const client = new SessionClient<LiveSessionState, LiveEvent, LiveCommand>({
      sessionId,
      token,
      locale,
      reduce: reduceLive,
      ...(live && role ? { initial: { state: live, seq, role, member } } : {}),
      onChange: (live, seq) => store.setState({ live, seq, role: client.role, member: client.member }),
      onStatus: (status, error) => store.setState({ status, error: error ?? null }),
    });
    client.socket.on("system:hello", (hello) => store.setState({ clockOffset: hello.serverTime - Date.now() }));
    client.socket.on("session:presence", (message) => message.sessionId === sessionId && store.setState({ presence: message.connected }));
    store.setState({ send: (command, options) => client.send(command, options), paperSession: client as PaperSession });
    return () => client.close();
  }, [sessionId, token, locale, store]);

  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

/** A page that fills its session store itself (the replay) rather than from a live connection. */
export function StaticSessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSession<T>(selector: (state: SessionStoreState) => T): T {
  const store = useContext(SessionContext);
  if (!store) throw new Error("useSession must be used inside <SessionProvider>");
  return useStore(store, selector);
}

/** The page's store itself, for a component that changes what the server's rendering seeded (the ballot form's refusal). */
export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error("useSessionStore must be used inside <SessionProvider>");
  return store;
}
