"use client";

import { useSyncExternalStore, type ReactNode } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true once the page's scripts run it: a
 * control that needs the scripts is disabled until then (the ballot form alone works without them).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * Controls that need the page's scripts, disabled (natively: a tap does nothing, a test waits)
 * until the page has hydrated — the server renders them so the page reads at once. Takes no box.
 */
export function AfterScripts({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated} className="contents">
      {children}
    </fieldset>
  );
}
