import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";

// No locale in the URL: links shared with a class stay the same in both languages. The choice is
// a cookie set by the language switch; French when there is none.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: messagesFor(locale) };
});
