/**
 * All messages of a locale: the app's own, plus those of the pure modules, mounted under their
 * namespace (`procedure`, `resolution`). The same catalogue serves React (next-intl) and the
 * server (the message of an error reply).
 */
import { createTranslator } from "use-intl/core";
import appFr from "@/messages/fr";
import appEn from "@/messages/en";
import procedureFr from "@/lib/procedure/messages/fr.json" with { type: "json" };
import procedureEn from "@/lib/procedure/messages/en.json" with { type: "json" };
import resolutionFr from "@/lib/resolution/messages/fr.json" with { type: "json" };
import resolutionEn from "@/lib/resolution/messages/en.json" with { type: "json" };
import { DEFAULT_LOCALE, type Locale } from "./config";

const catalogues = {
  fr: { ...appFr, procedure: procedureFr, resolution: resolutionFr },
  en: { ...appEn, procedure: procedureEn, resolution: resolutionEn },
};

export type Messages = (typeof catalogues)["fr"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale] ?? catalogues[DEFAULT_LOCALE];
}

/** Where an error code's message may live: the app's, the rules engine's, the document module's, the working papers'. */
const ERROR_NAMESPACES = ["errors", "procedure.errors", "resolution", "papers.errors"] as const;

/** Translates an error code (e.g. "vote.not_open") for a reply's message. */
export function errorMessage(locale: Locale, code: string, params?: Record<string, string | number>): string {
  const messages = messagesFor(locale);
  for (const namespace of ERROR_NAMESPACES) {
    const t = createTranslator({ locale, messages, namespace: namespace as "errors" });
    const key = code as Parameters<typeof t>[0];
    if (t.has(key)) {
      try {
        return t(key, params);
      } catch {
        // A message that needs a parameter the error did not carry: fall back to the code.
        break;
      }
    }
  }
  return createTranslator({ locale, messages, namespace: "errors" })("unknown", { code });
}
