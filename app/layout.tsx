import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { MemberNamesProvider } from "@/components/ui/member-names";
import type { Locale } from "@/lib/procedure/members";
import { memberNames } from "@/lib/procedure/member-names";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        {/* The delegations' names in this language only (the browser's code carries none); each page
            gives its client components their messages (PageMessages, lib/i18n/page-namespaces.ts). */}
        <MemberNamesProvider names={memberNames(locale as Locale)}>{children}</MemberNamesProvider>
      </body>
    </html>
  );
}
