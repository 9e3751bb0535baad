"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AttendanceStatus } from "@/lib/procedure";
import { attendanceOf, quorumOf } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { Flag } from "../ui/flag";
import { useMemberName } from "../ui/use-member-name";

const STATUSES: AttendanceStatus[] = ["present", "present-and-voting", "absent"];

/** The roll call: each delegation present, present and voting, or absent; then the meeting opens. */
export function RollCall() {
  const t = useTranslations("chair.rollCall");
  const tp = useTranslations("procedure");
  const p = useSession((s) => s.live)!.procedure;
  const name = useMemberName();
  const tc = useTranslations("console.rollCall");
  const presence = useSession((s) => s.presence);
  const [entries, setEntries] = useState<Record<string, AttendanceStatus>>({});
  const [query, setQuery] = useState("");
  const folded = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
  const shown = p.members.filter((m) => !query.trim() || folded(`${name(m)} ${m}`).includes(folded(query.trim())));
  const connected = presence === null ? null : p.members.filter((m) => presence.includes(m));
  const value = (m: string) => entries[m] ?? p.attendance[m] ?? "absent";
  const attendance = attendanceOf(p);
  const quorum = quorumOf(p);
  const changed = Object.keys(entries).filter((m) => entries[m] !== (p.attendance[m] ?? "absent"));

  return (
    <section aria-labelledby="rollcall-heading" className="rounded-lg border border-un-100 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="rollcall-heading" className="font-serif text-xl font-semibold text-un-900">
          {t("heading")}
        </h2>
        <p className="text-sm" data-testid="attendance">
          {t("present", { present: attendance.present, total: attendance.total })}
          {quorum.open !== null && ` · ${t("quorumOpen", { required: quorum.open })}`}
          {quorum.decide !== null && ` · ${t("quorumDecide", { required: quorum.decide })}`}
        </p>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md border border-un-700 px-3 py-1.5 text-sm font-semibold text-un-800 hover:bg-un-50"
          onClick={() => setEntries(Object.fromEntries(p.members.map((m) => [m, "present"])))}
        >
          {t("allPresent")}
        </button>
        <button
          type="button"
          className="rounded-md border border-un-700 px-3 py-1.5 text-sm font-semibold text-un-800 hover:bg-un-50"
          onClick={() => setEntries(Object.fromEntries(p.members.map((m) => [m, "present-and-voting"])))}
        >
          {t("allPresentAndVoting")}
        </button>
        {connected !== null && (
          <button
            type="button"
            disabled={connected.length === 0}
            className="rounded-md border border-un-700 px-3 py-1.5 text-sm font-semibold text-un-800 hover:bg-un-50 disabled:opacity-45"
            onClick={() => setEntries((e) => ({ ...e, ...Object.fromEntries(connected.map((m) => [m, "present"])) }))}
          >
            {tc("connectedPresent", { count: connected.length })}
          </button>
        )}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <label className="flex flex-1 items-center gap-2 text-sm">
          <span>{tc("search")}</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className="min-w-0 flex-1 rounded-md border border-slate-300 p-1.5"
            data-testid="roll-call-search"
          />
        </label>
        <p className="text-sm text-slate-700" data-testid="presence-count">
          {connected === null ? tc("presenceUnknown") : tc("connectedCount", { count: connected.length, total: p.members.length })}
        </p>
      </div>
      <div className="mt-3 max-h-[28rem] overflow-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("heading")}</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-1">
                {t("delegation")}
              </th>
              <th scope="col" className="px-1 py-1">
                {tc("device")}
              </th>
              {STATUSES.map((s) => (
                <th key={s} scope="col" className="px-1 py-1 text-center">
                  {tp(`attendance.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m} className="border-t border-slate-100" data-member={m}>
                <th scope="row" className="py-1 text-left font-normal">
                  <span className="inline-flex items-center gap-2">
                    <Flag code={m} />
                    {name(m)}
                  </span>
                </th>
                <td
                  className="px-1 text-xs"
                  data-presence={presence === null ? "unknown" : presence.includes(m) ? "connected" : "disconnected"}
                >
                  {presence !== null && (
                    <span className="inline-flex items-center gap-1">
                      <span
                        aria-hidden="true"
                        className={`inline-block h-2 w-2 rounded-full ${presence.includes(m) ? "bg-emerald-600" : "border border-slate-500"}`}
                      />
                      {presence.includes(m) ? tc("connected") : tc("disconnected")}
                    </span>
                  )}
                </td>
                {STATUSES.map((s) => (
                  <td key={s} className="text-center">
                    <input
                      type="radio"
                      name={`att-${m}`}
                      aria-label={`${name(m)} : ${tp(`attendance.${s}`)}`}
                      checked={value(m) === s}
                      onChange={() => setEntries((e) => ({ ...e, [m]: s }))}
                      className="accent-un-700"
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <CommandButton
          command={{ type: "attendance.record", entries: Object.fromEntries(changed.map((m) => [m, entries[m]!])) }}
          onDone={() => setEntries({})}
          showReason={changed.length > 0}
          disabled={changed.length === 0}
        >
          {t("record", { count: changed.length })}
        </CommandButton>
      </div>
    </section>
  );
}
