"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useLocale } from "next-intl";
import { useStore } from "zustand";
import { connect } from "@/lib/client/connection";
import { createConnectionStore, type ConnectionState, type ConnectionStore } from "./connection-store";

const ConnectionContext = createContext<ConnectionStore | null>(null);

const PING_INTERVAL_MS = 5_000;

/** One socket per page, its status in a store created for this page. */
export function ConnectionProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [store] = useState(createConnectionStore);

  useEffect(() => {
    const { setStatus, setLatency } = store.getState();
    const socket = connect({ locale, onStatus: setStatus });
    const ping = () => {
      if (!socket.connected) return;
      const sent = performance.now();
      socket.timeout(4_000).emit("system:ping", { clientTime: Date.now() }, (error: Error | null, reply) => {
        if (!error && reply.ok) setLatency(Math.round(performance.now() - sent));
      });
    };
    socket.on("system:hello", ping);
    const timer = setInterval(ping, PING_INTERVAL_MS);
    return () => {
      clearInterval(timer);
      socket.disconnect();
    };
  }, [locale, store]);

  return <ConnectionContext.Provider value={store}>{children}</ConnectionContext.Provider>;
}

export function useConnection<T>(selector: (state: ConnectionState) => T): T {
  const store = useContext(ConnectionContext);
  if (!store) throw new Error("useConnection must be used inside <ConnectionProvider>");
  return useStore(store, selector);
}
