"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

/** The language switch: a form, so it works before the page's JavaScript has loaded too. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = toLocale(formData.get("locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
