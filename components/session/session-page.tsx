"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SessionProvider } from "./session-provider";
import { SessionGate } from "./session-status";
import type { SessionSeed } from "./session-store";

/** A session surface: joins with the page's link token, shows the page once the state is there (at once when the server rendered it). */
export function SessionPage({
  sessionId,
  token,
  seed,
  children,
}: {
  sessionId: string;
  token: string | undefined;
  /** The link's state as the server rendered it (lib/protocol/live-view.ts): the page shows at once, before the socket. */
  seed?: SessionSeed;
  children: ReactNode;
}) {
  const t = useTranslations("session");
  if (!token) {
    return (
      <main className="mx-auto max-w-xl px-4 py-16">
        <h1 className="font-serif text-2xl font-semibold text-un-900">{t("failedTitle")}</h1>
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-4 text-red-800">
          {t("noKey")}
        </p>
      </main>
    );
  }
  return (
    <SessionProvider sessionId={sessionId} token={token} seed={seed}>
      <SessionGate>{children}</SessionGate>
    </SessionProvider>
  );
}
