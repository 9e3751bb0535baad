import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const t = await getTranslations("app");
  return (
    <header className="border-b border-un-100 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-un-800">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-full border-4 border-un-500 border-b-transparent" />
          {t("name")}
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  );
}
