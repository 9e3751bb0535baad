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
import { createSessionStore, type SessionStore, type SessionStoreState } from "./session-store";

const SessionContext = createContext<SessionStore | null>(null);

/** Joins the session with this page's link and keeps its store up to date. */
export function SessionProvider({ sessionId, token, children }: { sessionId: string; token: string; children: ReactNode }) {
  const locale = useLocale();
  const [store] = useState(createSessionStore);

  useEffect(() => {
    const client = new SessionClient<LiveSessionState, LiveEvent, LiveCommand>({
      sessionId,
      token,
      locale,
      reduce: reduceLive,
      onChange: (live, seq) => store.setState({ live, seq, role: client.role, member: client.member }),
      onStatus: (status, error) => store.setState({ status, error: error ?? null }),
    });
    client.socket.on("system:hello", (hello) => store.setState({ clockOffset: hello.serverTime - Date.now() }));
    client.socket.on("session:presence", (message) => message.sessionId === sessionId && store.setState({ presence: message.connected }));
    store.setState({ send: (command) => client.send(command), paperSession: client as PaperSession });
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
