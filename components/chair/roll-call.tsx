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
  const [entries, setEntries] = useState<Record<string, AttendanceStatus>>({});
  const value = (m: string) => entries[m] ?? p.attendance[m] ?? "absent";
  const attendance = attendanceOf(p);
  const quorum = quorumOf(p);
  const changed = Object.keys(entries).filter((m) => entries[m] !== (p.attendance[m] ?? "absent"));

  return (
    <section aria-labelledby="rollcall-heading" className="rounded-lg border border-un-100 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="rollcall-heading" className="font-serif text-xl font-semibold text-un-900">{t("heading")}</h2>
        <p className="text-sm" data-testid="attendance">
          {t("present", { present: attendance.present, total: attendance.total })}
          {quorum.open !== null && ` · ${t("quorumOpen", { required: quorum.open })}`}
          {quorum.decide !== null && ` · ${t("quorumDecide", { required: quorum.decide })}`}
        </p>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="rounded-md border border-un-700 px-3 py-1.5 text-sm font-semibold text-un-800 hover:bg-un-50" onClick={() => setEntries(Object.fromEntries(p.members.map((m) => [m, "present"])))}>
          {t("allPresent")}
        </button>
        <button type="button" className="rounded-md border border-un-700 px-3 py-1.5 text-sm font-semibold text-un-800 hover:bg-un-50" onClick={() => setEntries(Object.fromEntries(p.members.map((m) => [m, "present-and-voting"])))}>
          {t("allPresentAndVoting")}
        </button>
      </div>
      <div className="mt-3 max-h-80 overflow-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("heading")}</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-1">{t("delegation")}</th>
              {STATUSES.map((s) => <th key={s} scope="col" className="px-1 py-1 text-center">{tp(`attendance.${s}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {p.members.map((m) => (
              <tr key={m} className="border-t border-slate-100" data-member={m}>
                <th scope="row" className="py-1 text-left font-normal">
                  <span className="inline-flex items-center gap-2"><Flag code={m} />{name(m)}</span>
                </th>
                {STATUSES.map((s) => (
                  <td key={s} className="text-center">
                    <input type="radio" name={`att-${m}`} aria-label={`${name(m)} : ${tp(`attendance.${s}`)}`} checked={value(m) === s} onChange={() => setEntries((e) => ({ ...e, [m]: s }))} className="accent-un-700" />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <CommandButton command={{ type: "attendance.record", entries: Object.fromEntries(changed.map((m) => [m, entries[m]!])) }} onDone={() => setEntries({})} showReason={changed.length > 0} disabled={changed.length === 0}>
          {t("record", { count: changed.length })}
        </CommandButton>
      </div>
    </section>
  );
}
