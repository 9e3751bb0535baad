"use client";

import { useEffect, useState } from "react";
import { useSession } from "../session/session-provider";
import { useHydrated } from "./use-hydrated";

/** The server's time, re-read every `intervalMs` while `active` (timers tick only when running). */
export function useNow(active: boolean, intervalMs = 250): number {
  const offset = useSession((s) => s.clockOffset);
  const renderedAt = useSession((s) => s.renderedAt);
  const hydrated = useHydrated();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  // The server's rendering time on the server and while hydrating, so a running timer renders the
  // same text both sides (a clock read twice, a second apart, would not match); then this device's.
  return (!hydrated && renderedAt !== null ? renderedAt : now) + offset;
}
