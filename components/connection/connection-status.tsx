"use client";

import { useTranslations } from "next-intl";
import { useConnection } from "./connection-provider";

const DOT: Record<string, string> = {
  connecting: "bg-amber-400",
  connected: "bg-emerald-600",
  reconnecting: "bg-amber-500 animate-pulse",
  "client-too-old": "bg-red-700",
  "server-too-old": "bg-red-700",
  offline: "bg-slate-400",
};

/** The live state of the link to the server, announced to screen readers when it changes. */
export function ConnectionStatus() {
  const t = useTranslations("connection");
  const status = useConnection((s) => s.status);
  const latency = useConnection((s) => s.latency);
  const serverVersion = useConnection((s) => s.serverVersion);

  return (
    <div role="status" aria-live="polite" data-status={status} className="flex flex-col gap-1">
      <p className="flex items-center gap-2 font-medium">
        <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full ${DOT[status]}`} />
        <span data-testid="connection-status">{t(`status.${status}`)}</span>
        {status === "connected" && latency !== null && (
          <span className="text-sm font-normal text-slate-600">{t("latency", { ms: latency })}</span>
        )}
      </p>
      {status === "client-too-old" && <p className="text-sm text-red-800">{t("clientTooOldHelp")}</p>}
      {status === "server-too-old" && <p className="text-sm text-red-800">{t("serverTooOldHelp")}</p>}
      {status === "reconnecting" && <p className="text-sm text-slate-700">{t("reconnectingHelp")}</p>}
      {serverVersion && status === "connected" && (
        <p className="text-xs text-slate-600">{t("serverVersion", { version: serverVersion })}</p>
      )}
    </div>
  );
}
