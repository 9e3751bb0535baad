"use client";

import { useEffect, useState } from "react";
import { useSession } from "../session/session-provider";

/** The server's time, re-read every `intervalMs` while `active` (timers tick only when running). */
export function useNow(active: boolean, intervalMs = 250): number {
  const offset = useSession((s) => s.clockOffset);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now + offset;
}
