import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions";
import { LOCALES } from "@/lib/i18n/config";

/** Sets the language cookie through a server action; the page re-renders in that language. */
export async function LanguageSwitch() {
  const t = await getTranslations("language");
  const current = await getLocale();
  return (
    <form action={setLocale} aria-label={t("label")} className="flex gap-1 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={current === locale}
          className="rounded px-2 py-1 font-medium text-un-800 hover:bg-un-50 aria-pressed:bg-un-800 aria-pressed:text-white aria-pressed:hover:bg-un-800"
        >
          {t(`name.${locale}`)}
        </button>
      ))}
    </form>
  );
}
