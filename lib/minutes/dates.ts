/**
 * A moment's calendar parts in the session's time zone, for the `day`, `time` and `dateTime`
 * messages (« 1er décembre 2026, 14 h 05 »: the ordinal and the spaces are the messages').
 */
import type { Locale } from "@/lib/procedure/members";

/** Where a session's time zone was not recorded (sessions created before it was). */
export const DEFAULT_TIME_ZONE = "Europe/Paris";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formats.set(key, f);
  }
  return f;
}

/** True when `timeZone` is one this runtime knows (an IANA name such as "Europe/Paris"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function dateParts(
  at: number,
  locale: Locale,
  timeZone: string,
): { day: number; month: string; year: number; hour: string; minute: string } {
  let f: Intl.DateTimeFormat;
  try {
    f = format(locale, timeZone);
  } catch {
    f = format(locale, DEFAULT_TIME_ZONE); // an unknown zone (recorded by a newer runtime): Paris rather than nothing
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: Number(parts.day), month: parts.month ?? "", year: Number(parts.year), hour: parts.hour ?? "", minute: parts.minute ?? "" };
}
