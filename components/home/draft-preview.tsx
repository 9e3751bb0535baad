"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { TrackedDocument } from "@/components/document/tracked-document";
import { memberName } from "@/lib/procedure/member-names";
import type { Locale } from "@/lib/procedure/members";
import { trackedChanges } from "@/lib/resolution/tracked";
import type { ResolutionDocument } from "@/lib/resolution/types";
import { countryOptions } from "@/lib/session/country-picker";

export interface PreviewWarning {
  code: string;
  line: number;
  message: string;
}

export interface PreviewSponsor {
  name: string;
  code: string | null;
}

/**
 * The draft as the importer read it, before anything is saved: the header, each clause as it will
 * appear in the session, the warnings with their line, and the sponsors named in the header, each
 * matched to a country (a picker for the names the importer did not recognise).
 */
export function DraftPreview({
  document,
  warnings,
  sponsors,
  picked,
  onPick,
}: {
  document: ResolutionDocument;
  warnings: PreviewWarning[];
  sponsors: PreviewSponsor[];
  picked: Record<string, string>;
  onPick(name: string, code: string): void;
}) {
  const t = useTranslations("library.preview");
  const locale = useLocale() as Locale;
  const tracked = useMemo(() => trackedChanges(document, []), [document]);
  const options = useMemo(() => countryOptions(locale), [locale]);
  const h = document.header;
  return (
    <div className="flex flex-col gap-3" data-testid="draft-preview">
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {(
          [
            ["forum", h.forum ?? h.organ],
            ["question", h.question ?? h.title],
            ["submittedBy", h.submittedBy ?? (h.sponsors.join(", ") || null)],
            ["coSignatories", h.coSignatories.join(", ") || null],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-semibold text-un-900">{t(key)}</dt>
            <dd className={value ? "text-slate-800" : "italic text-slate-600"}>{value ?? t("missing")}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-700" data-testid="preview-counts">
        {t("counts", { preamble: document.preamble.length, operative: document.operative.length })}
      </p>
      <section
        aria-labelledby="preview-warnings"
        className={warnings.length ? "rounded-md border border-amber-400 bg-amber-50 p-3" : "rounded-md bg-green-50 p-3"}
      >
        <h4 id="preview-warnings" className="font-semibold text-slate-900" data-testid="warning-count">
          {t("warnings", { count: warnings.length })}
        </h4>
        {warnings.length > 0 && (
          <ul className="mt-1 list-disc pl-5 text-sm text-amber-950">
            {warnings.map((w, i) => (
              <li key={i} data-line={w.line}>
                {w.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      {sponsors.length > 0 && (
        <section aria-labelledby="preview-sponsors">
          <h4 id="preview-sponsors" className="font-semibold text-un-900">
            {t("sponsors")}
          </h4>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {sponsors.map((s) => (
              <li key={s.name} className="flex flex-wrap items-center gap-2" data-sponsor={s.name}>
                <span>« {s.name} »</span>
                <span aria-hidden="true">→</span>
                {s.code ? (
                  <span className="font-semibold">{memberName(s.code, locale)}</span>
                ) : (
                  <label className="flex items-center gap-2">
                    <span className="font-semibold text-amber-900">{t("unmatched")}</span>
                    <select
                      value={picked[s.name] ?? ""}
                      onChange={(e) => onPick(s.name, e.target.value)}
                      className="min-h-11 max-w-full rounded-md border border-slate-300 bg-white px-2"
                      aria-label={t("pickFor", { name: s.name })}
                    >
                      <option value="">{t("pick")}</option>
                      {options.map((o) => (
                        <option key={o.code} value={o.code}>
                          {o.name}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="max-h-96 overflow-y-auto rounded-md border border-slate-200 bg-white p-4">
        <TrackedDocument doc={tracked} />
      </div>
    </div>
  );
}
