"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { call } from "@/lib/client/http-client";

/** During the roll call the projector shows where students take their seat (a QR code). */
export function JoinCode({ sessionId, token }: { sessionId: string; token: string }) {
  const t = useTranslations("screen");
  const [invite, setInvite] = useState<{ url: string; qr: string } | null>(null);
  useEffect(() => {
    let current = true;
    // No join code (switched off, or every seat taken): nothing to show.
    void call("invite.get", { params: { id: sessionId }, key: token }).then((r) => current && r.ok && setInvite(r));
    return () => {
      current = false;
    };
  }, [sessionId, token]);
  if (!invite) return null;
  return (
    <figure
      className="mx-auto mt-8 flex max-w-4xl items-center gap-8 rounded-lg border-2 border-un-100 p-6 text-left"
      data-testid="join-code"
    >
      {/* The SVG is made by the server's QR encoder from our own URL. */}
      <div className="h-56 w-56 shrink-0" dangerouslySetInnerHTML={{ __html: invite.qr }} />
      <figcaption>
        <p className="text-3xl font-semibold text-un-900">{t("joinTitle")}</p>
        <p className="mt-2 text-2xl text-slate-700">{t("joinHelp")}</p>
        <p className="mt-3 break-all font-mono text-lg text-un-800">{invite.url}</p>
      </figcaption>
    </figure>
  );
}
