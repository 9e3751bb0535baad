"use client";

import { useEffect, useState } from "react";

/** The delegations with a connected device, polled for the links page (null until known). */
export function usePresence(sessionId: string, chairKey: string, everyMs = 5_000): string[] | null {
  const [connected, setConnected] = useState<string[] | null>(null);
  useEffect(() => {
    let current = true;
    const poll = () =>
      fetch(`/api/sessions/${sessionId}/presence`, { headers: { authorization: `Bearer ${chairKey}` } })
        .then((r) => r.json() as Promise<{ ok: boolean; connected?: string[] }>)
        .then((body) => current && body.ok && setConnected(body.connected ?? []))
        .catch(() => {});
    void poll();
    const timer = setInterval(poll, everyMs);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [sessionId, chairKey, everyMs]);
  return connected;
}
