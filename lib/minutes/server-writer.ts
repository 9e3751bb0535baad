/** The minutes' phrases outside React (exports, tests), from the same catalogue as the page. */
import { createTranslator } from "use-intl/core";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/procedure/members";
import { DEFAULT_TIME_ZONE } from "./dates";
import { minutesWriter, type MinutesWriter, type Translate } from "./writer";

export function serverMinutesWriter(locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): MinutesWriter {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "minutes" }) as unknown as Translate;
  const tp = createTranslator({ locale, messages, namespace: "procedure" }) as unknown as Translate;
  return minutesWriter(locale, timeZone, t, tp);
}
