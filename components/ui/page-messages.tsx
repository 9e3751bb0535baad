import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pageMessages, type PageName } from "@/lib/i18n/page-namespaces";

/** The messages a page's client components need, and only those (lib/i18n/page-namespaces.ts), in the page's language. */
export async function PageMessages({ page, children }: { page: PageName; children: ReactNode }) {
  return <NextIntlClientProvider messages={pageMessages(await getMessages(), page)}>{children}</NextIntlClientProvider>;
}
