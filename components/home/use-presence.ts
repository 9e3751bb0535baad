"use client";

import { useEffect, useState } from "react";
import { call } from "@/lib/client/http-client";

/** The delegations with a connected device, polled for the links page (null until known). */
export function usePresence(sessionId: string, chairKey: string, everyMs = 5_000): string[] | null {
  const [connected, setConnected] = useState<string[] | null>(null);
  useEffect(() => {
    let current = true;
    const poll = () =>
      // A failed poll keeps what was known: the next one will tell.
      call("session.presence", { params: { id: sessionId }, key: chairKey }).then((r) => current && r.ok && setConnected(r.connected));
    void poll();
    const timer = setInterval(poll, everyMs);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [sessionId, chairKey, everyMs]);
  return connected;
}
