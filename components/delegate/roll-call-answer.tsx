"use client";

import { useTranslations } from "next-intl";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";

/** The delegation answers the roll call for itself: present, or present and voting. */
export function RollCallAnswer() {
  const t = useTranslations("phone.rollCall");
  const td = useTranslations("delegate.attendance");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const status = live.procedure.attendance[me] ?? "absent";
  return (
    <section aria-labelledby="rollcall-answer" className="rounded-lg border-2 border-un-700 bg-white p-4" data-testid="roll-call-answer">
      <h2 id="rollcall-answer" className="font-serif text-lg font-semibold text-un-900">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700" role="status">
        {status === "absent" ? t("help") : t("answered", { status: td(status) })}
      </p>
      <div className="mt-3 grid grid-cols-2 gap-2">
        <CommandButton
          command={{ type: "attendance.record", entries: { [me]: "present" } }}
          variant={status === "present" ? "secondary" : "primary"}
          className="min-h-12 w-full"
          disabled={status === "present"}
        >
          {t("present")}
        </CommandButton>
        <CommandButton
          command={{ type: "attendance.record", entries: { [me]: "present-and-voting" } }}
          variant="secondary"
          className="min-h-12 w-full"
          disabled={status === "present-and-voting"}
        >
          {t("presentAndVoting")}
        </CommandButton>
      </div>
      <p className="mt-2 text-xs text-slate-600">{t("presentAndVotingHelp")}</p>
    </section>
  );
}
