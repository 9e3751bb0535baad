"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { memberName } from "@/lib/procedure/member-names";
import { OBSERVER_STATES, type Locale } from "@/lib/procedure/members";
import {
  COMPOSITION_PRESETS,
  countryOptions,
  presetComposition,
  searchCountries,
  sortByName,
  type CompositionPreset,
} from "@/lib/session/country-picker";

export interface CompositionValue {
  members: string[];
  permanentMembers: string[];
  observers: string[];
}

export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 193;

/** Who sits: a preset, then any change by searching countries by name (French order). */
export function CompositionPicker({
  value,
  onChange,
  council,
}: {
  value: CompositionValue;
  onChange(v: CompositionValue): void;
  council: boolean;
}) {
  const t = useTranslations("composition");
  const locale = useLocale() as Locale;
  const options = useMemo(() => countryOptions(locale).filter((o) => !o.observer), [locale]);
  const [query, setQuery] = useState("");
  const results = query.trim()
    ? searchCountries(options, query)
        .filter((o) => !value.members.includes(o.code))
        .slice(0, 8)
    : [];
  const members = sortByName(value.members, locale);

  const add = (code: string) => {
    if (value.members.includes(code) || value.members.length >= MAX_MEMBERS) return;
    onChange({ ...value, members: [...value.members, code], observers: value.observers.filter((o) => o !== code) });
    setQuery("");
  };
  const remove = (code: string) =>
    onChange({
      ...value,
      members: value.members.filter((m) => m !== code),
      permanentMembers: value.permanentMembers.filter((m) => m !== code),
    });
  const togglePermanent = (code: string) =>
    onChange({
      ...value,
      permanentMembers: value.permanentMembers.includes(code)
        ? value.permanentMembers.filter((m) => m !== code)
        : [...value.permanentMembers, code],
    });
  const toggleObserver = (code: string) =>
    onChange({
      ...value,
      observers: value.observers.includes(code) ? value.observers.filter((m) => m !== code) : [...value.observers, code],
    });
  const preset = (p: CompositionPreset) => {
    const c = presetComposition(p);
    onChange({ members: c.members, permanentMembers: council ? c.permanentMembers : [], observers: value.observers });
  };
  const count = value.members.length;
  const countOk = count >= MIN_MEMBERS && count <= MAX_MEMBERS;

  return (
    <fieldset className="flex min-w-0 flex-col gap-3" data-testid="composition">
      <legend className="mb-1 font-semibold text-un-900">{t("heading")}</legend>
      <div className="flex flex-wrap gap-2" role="group" aria-label={t("presets")}>
        {COMPOSITION_PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            onClick={() => preset(p)}
            className="min-h-11 rounded-md border border-un-700 px-3 py-2 text-sm font-semibold text-un-800 hover:bg-un-50"
          >
            {t(`preset.${p}`)}
          </button>
        ))}
      </div>
      <p
        className={countOk ? "text-sm text-slate-700" : "text-sm font-semibold text-red-800"}
        data-testid="member-count"
        aria-live="polite"
      >
        {t("count", { count })} {!countOk && t("countRange", { min: MIN_MEMBERS, max: MAX_MEMBERS })}
      </p>
      <label className="flex flex-col gap-1">
        <span className="text-sm font-semibold text-un-900">{t("search")}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              if (results[0]) add(results[0].code);
            }
          }}
          placeholder={t("searchPlaceholder")}
          className="min-h-11 rounded-md border border-slate-300 px-3 py-2"
          // Only while the list exists: an aria-controls naming no element is invalid ARIA.
          aria-controls={query.trim() ? "country-results" : undefined}
          autoComplete="off"
        />
      </label>
      {query.trim() && (
        <ul id="country-results" className="flex flex-col gap-1" aria-label={t("results")}>
          {results.length === 0 && <li className="text-sm text-slate-700">{t("noResult")}</li>}
          {results.map((o) => (
            <li key={o.code}>
              <button
                type="button"
                onClick={() => add(o.code)}
                className="min-h-11 w-full rounded-md bg-un-50 px-3 py-2 text-left hover:bg-un-100"
              >
                {t("add", { name: o.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {members.length > 0 && (
        <ul
          className="flex max-h-64 flex-col divide-y divide-un-100 overflow-y-auto rounded-md border border-un-100"
          aria-label={t("selected")}
          data-testid="selected-members"
        >
          {members.map((code) => (
            <li key={code} className="flex flex-wrap items-center justify-between gap-x-2 px-3 py-1" data-member={code}>
              <span className="min-w-40 flex-1 break-words">{memberName(code, locale)}</span>
              <span className="flex shrink-0 items-center gap-2">
                {council && (
                  <label className="flex min-h-11 items-center gap-1 text-sm">
                    <input
                      type="checkbox"
                      checked={value.permanentMembers.includes(code)}
                      onChange={() => togglePermanent(code)}
                      className="accent-un-700"
                    />
                    {t("permanent")}
                  </label>
                )}
                <button
                  type="button"
                  onClick={() => remove(code)}
                  className="min-h-11 rounded px-2 text-sm text-un-800 underline"
                  aria-label={t("removeLabel", { name: memberName(code, locale) })}
                >
                  {t("remove")}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3 text-sm">
        <span className="font-semibold text-un-900">{t("observers")}</span>
        {OBSERVER_STATES.map((code) => (
          <label key={code} className="flex min-h-11 items-center gap-1">
            <input
              type="checkbox"
              checked={value.observers.includes(code)}
              onChange={() => toggleObserver(code)}
              className="accent-un-700"
              disabled={value.members.includes(code)}
            />
            {memberName(code, locale)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
