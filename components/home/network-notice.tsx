"use client";

import { useTranslations } from "next-intl";
import type { LinkNetwork } from "@/lib/protocol/http";

/**
 * Which address the links carry: a warning when phones cannot reach it (the server is only on
 * this machine), the LAN address chosen in place of "localhost", and a choice when there are several.
 */
export function NetworkNotice({ network, onPick }: { network: LinkNetwork; onPick(host: string): void }) {
  const t = useTranslations("setup.network");
  if (network.loopbackOnly)
    return (
      <p
        role="alert"
        data-testid="network-warning"
        className="mt-6 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 print:hidden"
      >
        {t("loopbackOnly")}
      </p>
    );
  if (network.source !== "lan") return null;
  return (
    <div
      data-testid="network-lan"
      className="mt-6 flex flex-wrap items-center gap-3 rounded-md border border-un-100 bg-un-50 p-3 text-slate-800 print:hidden"
    >
      <p>{t("lan", { host: network.host ?? "" })}</p>
      {network.candidates.length > 1 && (
        <label className="flex items-center gap-2">
          <span className="font-semibold">{t("pick")}</span>
          <select
            value={network.host ?? ""}
            onChange={(e) => onPick(e.target.value)}
            className="min-h-11 rounded-md border border-slate-300 bg-white px-2"
          >
            {network.candidates.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
