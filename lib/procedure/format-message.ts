/**
 * A small, pure ICU MessageFormat subset for server-side and test use (the app itself uses
 * next-intl with the same JSON files): `{name}`, `{n, plural, =0 {…} one {…} other {…}}` with `#`,
 * and `{x, select, a {…} other {…}}`. Apostrophes are literal.
 */
import en from "./messages/en.json" with { type: "json" };
import fr from "./messages/fr.json" with { type: "json" };
import type { Locale } from "./members";

export type MessageParams = Record<string, string | number>;
type MessageTree = { [key: string]: string | MessageTree };

export const MESSAGES: Readonly<Record<Locale, MessageTree>> = { en, fr };

/** The raw message at a dotted key (e.g. "errors.vote.not_open"), or undefined. */
export function lookupMessage(locale: Locale, key: string): string | undefined {
  let node: string | MessageTree | undefined = MESSAGES[locale];
  for (const part of key.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Index of the `}` closing the `{` at `open`. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return text.length;
}

/** `sel {msg} sel2 {msg2}` → [[sel, msg], …]. */
function parseOptions(text: string): [string, string][] {
  const options: [string, string][] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) break;
    const selector = text.slice(i, open).trim();
    const close = matchingBrace(text, open);
    options.push([selector, text.slice(open + 1, close)]);
    i = close + 1;
  }
  return options;
}

function renderArgument(inner: string, params: MessageParams, locale: Locale): string {
  const [name = "", type, ...rest] = inner.split(",");
  const key = name.trim();
  const value = params[key];
  if (type === undefined) return value === undefined ? `{${key}}` : String(value);
  const options = parseOptions(rest.join(","));
  const pick = (selector: string) => options.find(([s]) => s === selector)?.[1];
  if (type.trim() === "plural") {
    const n = Number(value);
    const chosen = pick(`=${n}`) ?? pick(new Intl.PluralRules(locale).select(n)) ?? pick("other") ?? "";
    return render(chosen, params, locale, n);
  }
  const chosen = pick(String(value)) ?? pick("other") ?? "";
  return render(chosen, params, locale);
}

function render(template: string, params: MessageParams, locale: Locale, pluralValue?: number): string {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "{") {
      const close = matchingBrace(template, i);
      out += renderArgument(template.slice(i + 1, close), params, locale);
      i = close;
    } else if (c === "#" && pluralValue !== undefined) {
      out += String(pluralValue);
    } else {
      out += c;
    }
  }
  return out;
}

/** The message at `key` with its parameters filled in; the key itself when missing. */
export function formatMessage(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = lookupMessage(locale, key);
  return template === undefined ? key : render(template, params, locale);
}
