"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { sortedBy } from "@/lib/i18n/collation";
import { memberName } from "@/lib/procedure/member-names";
import type { Locale } from "@/lib/procedure/members";
import { call, failureText } from "@/lib/client/http-client";
import type { LinksResponse } from "@/lib/protocol/http";
import { linkHostCookie } from "@/lib/protocol/link-host";
import { useErrorText } from "@/components/session/use-error-text";
import { AccessControls } from "./access-controls";
import { NetworkNotice } from "./network-notice";
import { SessionSetup } from "./session-setup";
import { usePresence } from "./use-presence";

/** The chair's printable page: every link of the session, each with its QR code. */
export function SessionLinks({ sessionId, chairKey }: { sessionId: string; chairKey: string }) {
  const t = useTranslations("links");
  const locale = useLocale() as Locale;
  const [links, setLinks] = useState<LinksResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reissuing, setReissuing] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [host, setHost] = useState<string | null>(null);
  const tc = useTranslations("console.rollCall");
  const presence = usePresence(sessionId, chairKey);
  const errorText = useErrorText();

  useEffect(() => {
    let current = true;
    void call("session.links", { params: { id: sessionId }, query: { host: host ?? undefined }, key: chairKey }).then((r) => {
      if (!current) return;
      if (!r.ok) setError(failureText(r, errorText));
      else setLinks(r);
      setReissuing(null);
    });
    return () => {
      current = false;
    };
  }, [sessionId, chairKey, errorText, version, host]);

  async function reissue(member: string) {
    if (!window.confirm(t("reissueConfirm", { member: memberName(member, locale) }))) return;
    setReissuing(member);
    const r = await call("delegation.reissue", { params: { id: sessionId, member }, key: chairKey });
    if (!r.ok) window.alert(failureText(r, errorText));
    setVersion((v) => v + 1);
  }

  if (error)
    return (
      <main className="mx-auto max-w-5xl px-4 py-10">
        <p role="alert" className="rounded-md bg-red-50 p-4 text-red-800">
          {error}
        </p>
      </main>
    );
  if (!links)
    return (
      <main className="mx-auto max-w-5xl px-4 py-10">
        <p role="status">{t("loading")}</p>
      </main>
    );

  const chairPath = `/s/${sessionId}/chair?key=${encodeURIComponent(chairKey)}`;
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold text-un-900">{t("title")}</h1>
          <p className="mt-2 max-w-2xl text-slate-700 print:hidden">{t("keep")}</p>
        </div>
        <div className="flex gap-2 print:hidden">
          <a href={chairPath} className="rounded-md bg-un-800 px-4 py-2 font-semibold text-white hover:bg-un-900">
            {t("openChair")}
          </a>
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded-md border border-un-700 px-4 py-2 font-semibold text-un-800 hover:bg-un-50"
          >
            {t("print")}
          </button>
        </div>
      </div>

      <NetworkNotice
        network={links.network}
        onPick={(picked) => {
          // Remembered for this computer's other pages: the console, a reissued link, the projector's join code.
          document.cookie = linkHostCookie(picked);
          setHost(picked);
        }}
      />
      <SessionSetup
        sessionId={sessionId}
        chairKey={chairKey}
        members={links.delegations.map((d) => d.member)}
        version={version}
        onChanged={() => setVersion((v) => v + 1)}
      />

      <section aria-labelledby="room-links" className="mt-8 grid gap-4 sm:grid-cols-2 print:break-after-page">
        <h2 id="room-links" className="sr-only">
          {t("roomLinks")}
        </h2>
        {(["screen", "observer"] as const).map((kind) => (
          <LinkCard key={kind} title={t(kind)} hint={t(`${kind}Hint`)} url={links[kind].url} qr={links.qr[kind]} />
        ))}
      </section>

      <AccessControls sessionId={sessionId} chairKey={chairKey} onChanged={() => setVersion((v) => v + 1)} />

      <section aria-labelledby="delegation-links" className="mt-8">
        <h2 id="delegation-links" className="font-serif text-2xl font-semibold text-un-900">
          {t("delegations", { count: links.delegations.length })}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-3">
          {sortedBy(links.delegations, (d) => d.member, locale).map((d) => (
            <li key={d.member} className="break-inside-avoid">
              <LinkCard title={memberName(d.member, locale)} url={d.url} qr={links.qr[d.member]} code={d.member}>
                {presence !== null && (
                  <p
                    className="flex items-center gap-1 text-sm print:hidden"
                    data-presence={presence.includes(d.member) ? "connected" : "disconnected"}
                  >
                    <span
                      aria-hidden="true"
                      className={`inline-block h-2 w-2 rounded-full ${presence.includes(d.member) ? "bg-emerald-600" : "border border-slate-500"}`}
                    />
                    {presence.includes(d.member) ? tc("connected") : tc("disconnected")}
                  </p>
                )}
                <button
                  type="button"
                  onClick={() => reissue(d.member)}
                  disabled={reissuing === d.member}
                  className="text-sm text-un-800 underline hover:text-un-900 disabled:opacity-60 print:hidden"
                >
                  {reissuing === d.member ? t("reissuing") : t("reissue")}
                </button>
              </LinkCard>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

function LinkCard({
  title,
  hint,
  url,
  qr,
  code,
  children,
}: {
  title: string;
  hint?: string;
  url: string;
  qr?: string;
  code?: string;
  children?: React.ReactNode;
}) {
  return (
    <article className="flex h-full gap-3 rounded-lg border border-un-100 bg-white p-3" data-member={code}>
      {/* The SVG is made by the server's QR encoder from our own URL. */}
      {qr && <div className="h-28 w-28 shrink-0" aria-hidden="true" dangerouslySetInnerHTML={{ __html: qr }} />}
      <div className="flex min-w-0 flex-col gap-1">
        <h3 className="font-semibold text-un-900">{title}</h3>
        {hint && <p className="text-sm text-slate-700">{hint}</p>}
        <a href={url} className="break-all text-xs text-un-800 underline">
          {url}
        </a>
        {children}
      </div>
    </article>
  );
}
