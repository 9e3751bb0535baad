"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { call, failureText, type HttpFailure } from "@/lib/client/http-client";
import { memberName } from "@/lib/procedure/member-names";
import type { Locale } from "@/lib/procedure/members";
import type { RouteReply } from "@/lib/protocol/http";
import { useErrorText } from "@/components/session/use-error-text";

const ROLES = ["screen", "observer", "chair"] as const;

/** On the chair's links page: the join code (who took which seat, a new code, off) and new room links. */
export function AccessControls({ sessionId, chairKey, onChanged }: { sessionId: string; chairKey: string; onChanged(): void }) {
  const t = useTranslations("access");
  const locale = useLocale() as Locale;
  const [status, setStatus] = useState<RouteReply<"joinCode.status"> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const router = useRouter();
  const load = () => setVersion((v) => v + 1);
  const errorText = useErrorText();

  useEffect(() => {
    let current = true;
    void call("joinCode.status", { params: { id: sessionId }, key: chairKey }).then((r) => {
      if (!current) return;
      if (r.ok) setStatus(r);
      else setError(failureText(r, errorText));
    });
    return () => {
      current = false;
    };
  }, [sessionId, chairKey, version, errorText]);

  /** A change of links, confirmed first when it cuts someone off. */
  async function change<T extends { ok: true; url: string | null }>(
    send: () => Promise<T | HttpFailure>,
    confirmText?: string,
  ): Promise<T | null> {
    if (confirmText && !window.confirm(confirmText)) return null;
    setBusy(true);
    setError(null);
    const r = await send();
    setBusy(false);
    if (!r.ok) setError(t("failed", { message: failureText(r, errorText) }));
    return r.ok ? r : null;
  }

  async function rotate(role: (typeof ROLES)[number]) {
    const done = await change(
      () => call("access.rotate", { params: { id: sessionId, role }, key: chairKey }),
      t("rotateConfirm", { role }),
    );
    if (!done?.url) return;
    // The chair's own key changed: reopen this page with the new one (the old no longer opens it).
    if (role === "chair") router.push(`/s/${sessionId}/links?key=${new URL(done.url).searchParams.get("key")}`);
    else onChanged();
  }

  const taken = status?.seats.filter((s) => s.taken).length ?? 0;
  return (
    <section aria-labelledby="access-heading" className="mt-8 rounded-lg border border-un-100 bg-white p-4 print:hidden">
      <h2 id="access-heading" className="font-serif text-2xl font-semibold text-un-900">
        {t("heading")}
      </h2>
      {error && (
        <p role="alert" className="mt-2 rounded-md bg-red-50 p-2 text-red-800">
          {error}
        </p>
      )}
      <h3 className="mt-4 font-semibold text-un-900">{t("joinCode")}</h3>
      {status && (
        <>
          <p className="mt-1 text-slate-700">
            {status.enabled ? t("joinCodeOn") : t("joinCodeOff")} {taken === status.seats.length && t("allTaken")}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void change(
                  () => call("joinCode.renew", { params: { id: sessionId }, key: chairKey }),
                  status.enabled ? t("newCodeConfirm") : undefined,
                ).then(load)
              }
              className="rounded-md border border-un-700 px-3 py-1.5 font-semibold text-un-800 hover:bg-un-50 disabled:opacity-60"
            >
              {status.enabled ? t("newCode") : t("switchOn")}
            </button>
            {status.enabled && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void change(() => call("joinCode.close", { params: { id: sessionId }, key: chairKey })).then(load)}
                className="rounded-md border border-un-700 px-3 py-1.5 font-semibold text-un-800 hover:bg-un-50 disabled:opacity-60"
              >
                {t("switchOff")}
              </button>
            )}
          </div>
          <p className="mt-3 text-sm font-semibold text-slate-700">{t("seats", { taken, total: status.seats.length })}</p>
          <ul className="mt-1 grid gap-x-4 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="seat-claims">
            {status.seats.map((s) => (
              <li key={s.member} data-member={s.member}>
                {memberName(s.member, locale)} — {s.taken ? t("via", { via: s.via ?? "other" }) : t("free")}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="mt-4 font-semibold text-un-900">{t("rotate")}</h3>
      <p className="mt-1 text-sm text-slate-700">{t("rotateHint")}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {ROLES.map((role) => (
          <button
            key={role}
            type="button"
            disabled={busy}
            onClick={() => void rotate(role)}
            className="rounded-md border border-un-700 px-3 py-1.5 font-semibold text-un-800 hover:bg-un-50 disabled:opacity-60"
          >
            {t("rotateRole", { role })}
          </button>
        ))}
      </div>
    </section>
  );
}
