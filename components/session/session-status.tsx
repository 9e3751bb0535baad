"use client";

import { useTranslations } from "next-intl";
import { useSession } from "./session-provider";

const DOT: Record<string, string> = {
  connecting: "bg-amber-400",
  joining: "bg-amber-400",
  connected: "bg-emerald-600",
  resynced: "bg-emerald-600",
  reconnecting: "bg-amber-500 animate-pulse",
  revoked: "bg-red-700",
  "join-failed": "bg-red-700",
  "client-too-old": "bg-red-700",
  "server-too-old": "bg-red-700",
  offline: "bg-slate-400",
};

/** Connected / reconnecting / resynced, announced politely to screen readers. */
export function SessionStatus({ className = "" }: { className?: string }) {
  const t = useTranslations("session.status");
  const status = useSession((s) => s.status);
  return (
    <p role="status" aria-live="polite" data-status={status} className={`flex items-center gap-2 text-sm ${className}`}>
      <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${DOT[status] ?? "bg-slate-400"}`} />
      <span data-testid="session-status">{t(status)}</span>
    </p>
  );
}

/** Shown instead of the page when the link does not work. */
export function SessionGate({ children }: { children: React.ReactNode }) {
  const t = useTranslations("session");
  const status = useSession((s) => s.status);
  const error = useSession((s) => s.error);
  const live = useSession((s) => s.live);
  if (status === "revoked" || status === "join-failed") {
    return (
      <main className="mx-auto max-w-xl px-4 py-16">
        <h1 className="font-serif text-2xl font-semibold text-un-900">{t(status === "revoked" ? "revokedTitle" : "failedTitle")}</h1>
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-4 text-red-800">
          {error?.message ?? t("failedHelp")}
        </p>
      </main>
    );
  }
  if (!live) {
    return (
      <main className="mx-auto max-w-xl px-4 py-16">
        <p role="status" className="text-lg text-slate-700">
          {t("loading")}
        </p>
      </main>
    );
  }
  return <>{children}</>;
}
