"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { call } from "@/lib/client/http-client";
import { rememberSession } from "@/lib/client/my-sessions";
import type { SessionSummary } from "@/lib/protocol/http";
import { memberName } from "@/lib/procedure/member-names";
import type { Locale } from "@/lib/procedure/members";
import { CompositionEditor } from "./composition-editor";

/** The session as set up (composition and key rules), read-only; and remembered in "my sessions". */
export function SessionSetup({
  sessionId,
  chairKey,
  members,
  version,
  onChanged,
}: {
  sessionId: string;
  chairKey: string;
  members: string[];
  version: number;
  onChanged(): void;
}) {
  const t = useTranslations("setup");
  const locale = useLocale() as Locale;
  const [summary, setSummary] = useState<SessionSummary | null>(null);

  useEffect(() => {
    let current = true;
    // Without the summary the page still has its links: the read-only rules are left out.
    void call("session.summary", { params: { id: sessionId }, key: chairKey }).then((body) => {
      if (!current || !body.ok) return;
      setSummary(body);
      rememberSession(window.localStorage, {
        id: sessionId,
        chairKey,
        title: body.title,
        organ: body.organ ?? "",
        createdAt: body.createdAt ? new Date(body.createdAt).getTime() : Date.now(),
      });
    });
    return () => {
      current = false;
    };
  }, [sessionId, chairKey, version]);

  if (!summary?.rules) return null;
  const r = summary.rules;
  const names = (codes: string[]) => codes.map((c) => memberName(c, locale)).join(", ");
  const rows: Array<[string, string]> = [
    [t("rules.members"), t("rules.membersValue", { count: summary.members })],
    ...(summary.permanentMembers.length ? [[t("rules.permanent"), names(summary.permanentMembers)] as [string, string]] : []),
    ...(summary.observers.length ? [[t("rules.observers"), names(summary.observers)] as [string, string]] : []),
    ...(summary.organ === "general-assembly" || summary.important
      ? [[t("rules.important"), summary.important ? t("yes") : t("no")] as [string, string]]
      : []),
    [
      t("rules.speakingTime"),
      r.speakingTimeSeconds === null ? t("rules.unlimited") : t("rules.seconds", { seconds: r.speakingTimeSeconds }),
    ],
    [t("rules.signatories"), r.signatoryPercent === null ? t("rules.none") : t("rules.percent", { percent: r.signatoryPercent })],
    [t("rules.friendly"), r.friendlyAmendments ? t("rules.friendlyYes") : t("rules.friendlyNo")],
    [t("rules.strict"), r.strictPresentAndVoting ? t("rules.strictYes") : t("rules.strictNo")],
    [t("rules.method"), t(`methods.${r.defaultMethod}`)],
  ];
  return (
    <section aria-labelledby="setup-heading" className="mt-6 rounded-lg border border-un-100 bg-white p-4" data-testid="session-setup">
      <h2 id="setup-heading" className="font-semibold text-un-900">
        {t("heading")}
      </h2>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-800">{label}</dt>
            <dd className="text-slate-700">{value}</dd>
          </div>
        ))}
      </dl>
      <CompositionEditor
        key={version}
        locked={summary.compositionLocked}
        sessionId={sessionId}
        chairKey={chairKey}
        initial={{ members, permanentMembers: summary.permanentMembers, observers: summary.observers }}
        council={summary.organ === "security-council"}
        onChanged={onChanged}
      />
    </section>
  );
}
