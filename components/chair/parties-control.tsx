"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { useMemberName } from "../ui/use-member-name";

/** Art. 27(3): the parties to a dispute, who abstain on substantive votes; shown where the rules say so. */
export function PartiesControl() {
  const t = useTranslations("console.parties");
  const p = useSession((s) => s.live)!.procedure;
  const name = useMemberName();
  const [parties, setParties] = useState<string[] | null>(null);
  if (!p.rules || p.rules.voting.partiesAbstainOn.length === 0) return null;
  const chosen = parties ?? p.parties;
  return (
    <details className="rounded-lg border border-un-100 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-un-800">{t("heading", { count: p.parties.length })}</summary>
      <p className="mt-2 text-sm text-slate-700">{t("help")}</p>
      <div className="mt-2 grid max-h-48 grid-cols-2 gap-1 overflow-auto text-sm">
        {p.members.map((m) => (
          <label key={m} className="flex min-h-8 items-center gap-2">
            <input
              type="checkbox"
              checked={chosen.includes(m)}
              onChange={(e) => setParties(e.target.checked ? [...chosen, m] : chosen.filter((x) => x !== m))}
              className="accent-un-700"
            />
            {name(m)}
          </label>
        ))}
      </div>
      <div className="mt-2">
        <CommandButton
          command={{ type: "parties.mark", members: chosen }}
          variant="secondary"
          disabled={parties === null}
          onDone={() => setParties(null)}
        >
          {t("record")}
        </CommandButton>
      </div>
    </details>
  );
}
