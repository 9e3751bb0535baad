"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { sortedBy } from "@/lib/i18n/collation";
import type { Locale } from "@/lib/procedure/members";
import { Flag } from "../ui/flag";
import { useMemberName } from "../ui/use-member-name";

interface Seats {
  ok: boolean;
  title: string;
  seats: Array<{ member: string; taken: boolean }>;
  error?: { message: string };
}

/** Where a student lands from the projector's QR code: pick your delegation, get its own link. */
export function JoinSeat({ sessionId, code }: { sessionId: string; code: string }) {
  const t = useTranslations("join");
  const name = useMemberName();
  const locale = useLocale() as Locale;
  const [data, setData] = useState<Seats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [taking, setTaking] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    fetch(`/api/sessions/${sessionId}/join?code=${encodeURIComponent(code)}`)
      .then(async (res) => {
        const body = (await res.json()) as Seats;
        if (!current) return;
        if (!res.ok || !body.ok) setError(body.error?.message ?? t("failed"));
        else setData(body);
      })
      .catch(() => current && setError(t("failed")));
    return () => {
      current = false;
    };
  }, [sessionId, code, t, version]);

  async function take(member: string) {
    setTaking(member);
    setError(null);
    const res = await fetch(`/api/sessions/${sessionId}/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code, member }),
    });
    const body = (await res.json()) as { ok: boolean; url?: string; error?: { message: string } };
    if (body.ok && body.url) {
      window.location.assign(new URL(body.url).pathname);
      return;
    }
    setTaking(null);
    setError(body.error?.message ?? t("failed"));
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
