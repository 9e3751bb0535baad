"use client";

import { useTranslations } from "next-intl";
import { KEY_RULE_METHODS, type KeyRules } from "@/lib/session/key-rules";

/** The few rules a teacher sets up front, in plain words; the preset's values to start with. */
export function KeyRulesFields({ value, onChange }: { value: KeyRules; onChange(v: KeyRules): void }) {
  const t = useTranslations("keyRules");
  const set = <K extends keyof KeyRules>(key: K, v: KeyRules[K]) => onChange({ ...value, [key]: v });
  const number = (raw: string, min: number, max: number) => {
    if (raw.trim() === "") return null;
    const n = Math.round(Number(raw));
    return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : null;
  };
  return (
    <fieldset className="flex min-w-0 flex-col gap-3" data-testid="key-rules">
      <legend className="mb-1 font-semibold text-un-900">{t("heading")}</legend>
      <label className="flex flex-wrap items-center gap-2">
        <span className="min-w-48">{t("speakingTime")}</span>
        <input
          type="number"
          min={10}
          max={3600}
          step={10}
          inputMode="numeric"
          value={value.speakingTimeSeconds ?? ""}
          placeholder={t("unlimited")}
          onChange={(e) => set("speakingTimeSeconds", number(e.target.value, 10, 3600))}
          className="min-h-11 w-28 rounded-md border border-slate-300 px-2"
        />
        <span className="text-sm text-slate-700">{t("seconds")}</span>
      </label>
      <label className="flex flex-wrap items-center gap-2">
        <span className="min-w-48">{t("signatories")}</span>
        <input
          type="number"
          min={1}
          max={100}
          inputMode="numeric"
          value={value.signatoryPercent ?? ""}
          placeholder={t("none")}
          onChange={(e) => set("signatoryPercent", number(e.target.value, 1, 100))}
          className="min-h-11 w-28 rounded-md border border-slate-300 px-2"
        />
        <span className="text-sm text-slate-700">{t("percent")}</span>
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          checked={value.friendlyAmendments}
          onChange={(e) => set("friendlyAmendments", e.target.checked)}
          className="accent-un-700"
        />
        {t("friendly")}
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          checked={value.strictPresentAndVoting}
          onChange={(e) => set("strictPresentAndVoting", e.target.checked)}
          className="accent-un-700"
        />
        {t("strict")}
      </label>
      <label className="flex flex-wrap items-center gap-2">
        <span className="min-w-48">{t("method")}</span>
        <select
          value={value.defaultMethod}
          onChange={(e) => set("defaultMethod", e.target.value as KeyRules["defaultMethod"])}
          className="min-h-11 rounded-md border border-slate-300 bg-white px-2"
        >
          {KEY_RULE_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`methods.${m}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
