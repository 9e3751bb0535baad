import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const t = await getTranslations("app");
  return (
    <header className="border-b border-un-100 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        {/* A plain link on purpose: the home page is a fresh start anyway, and next/link would add its
            router code (about 3 KB gzip) to every page under this header, the delegate's phone first. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
        <a href="/" className="flex items-center gap-2 text-lg font-semibold text-un-800">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-full border-4 border-un-500 border-b-transparent" />
          {t("name")}
        </a>
        <LanguageSwitch />
      </div>
    </header>
  );
}
