"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { sortedBy } from "@/lib/i18n/collation";
import type { Locale } from "@/lib/procedure/members";
import { call, failureText } from "@/lib/client/http-client";
import type { RouteReply } from "@/lib/protocol/http";
import { useErrorText } from "@/components/session/use-error-text";
import { Flag } from "../ui/flag";
import { useMemberName } from "../ui/use-member-name";

/** Where a student lands from the projector's QR code: pick your delegation, get its own link. */
export function JoinSeat({ sessionId, code }: { sessionId: string; code: string }) {
  const t = useTranslations("join");
  const name = useMemberName();
  const locale = useLocale() as Locale;
  const [data, setData] = useState<RouteReply<"join.seats"> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [taking, setTaking] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const errorText = useErrorText();

  useEffect(() => {
    let current = true;
    void call("join.seats", { params: { id: sessionId }, query: { code } }).then((r) => {
      if (!current) return;
      if (!r.ok) setError(failureText(r, errorText));
      else setData(r);
    });
    return () => {
      current = false;
    };
  }, [sessionId, code, errorText, version]);

  async function take(member: string) {
    setTaking(member);
    setError(null);
    const r = await call("join.claim", { params: { id: sessionId }, body: { code, member } });
    if (r.ok) {
      window.location.assign(new URL(r.url).pathname);
      return;
    }
    setTaking(null);
    setError(failureText(r, errorText));
    setVersion((v) => v + 1);
  }

  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-un-900">{t("title")}</h1>
      {data && <p className="mt-1 text-slate-700">{data.title}</p>}
      <p className="mt-3 text-slate-800">{t("help")}</p>
      {error && (
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-800">
          {error}
        </p>
      )}
      {!data && !error && (
        <p role="status" className="mt-4">
          {t("loading")}
        </p>
      )}
      {data && (
        <ul className="mt-6 grid gap-2 sm:grid-cols-2">
          {sortedBy(data.seats, (s) => s.member, locale).map((s) => (
            <li key={s.member}>
              <button
                type="button"
                disabled={s.taken || taking !== null}
                onClick={() => take(s.member)}
                className="flex w-full items-center gap-3 rounded-lg border border-un-100 bg-white px-4 py-3 text-left text-lg hover:border-un-700 disabled:cursor-not-allowed disabled:opacity-50"
              >
                <Flag code={s.member} className="h-6 w-9" />
                <span className="flex-1">{name(s.member!)}</span>
                {s.taken && <span className="text-sm text-slate-600">{t("taken")}</span>}
                {taking === s.member && <span className="text-sm">{t("taking")}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
