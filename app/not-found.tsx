import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/ui/site-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: t("notFoundTitle") };
}

/** An address that leads nowhere: said in the reader's language (Next's own page is in English only). */
export default async function NotFound() {
  const t = await getTranslations("app");
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-2xl px-4 py-12">
        <h1 className="font-serif text-3xl font-semibold text-un-900">{t("notFoundTitle")}</h1>
        <p className="mt-4 text-lg text-slate-700">{t("notFoundBody")}</p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link, as the site header's */}
        <a href="/" className="mt-8 inline-block rounded-md bg-un-800 px-4 py-2 font-semibold text-white hover:bg-un-900">
          {t("notFoundHome")}
        </a>
      </main>
    </>
  );
}
