"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SessionProvider } from "./session-provider";
import { SessionGate } from "./session-status";

/** A session surface: joins with the page's link token, shows the page once the state is there. */
export function SessionPage({ sessionId, token, children }: { sessionId: string; token: string | undefined; children: ReactNode }) {
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
    <SessionProvider sessionId={sessionId} token={token}>
      <SessionGate>{children}</SessionGate>
    </SessionProvider>
  );
}
