/**
 * Error and warning texts. The UI translates codes with next-intl (namespace "resolution", the
 * JSON files beside this one, nested by the code's dot); `message` on errors is the English text
 * for logs and API clients. In the bundles Next builds the JSON arrives compiled
 * (lib/i18n/precompile-loader.cjs): a message with arguments is then no string and `message` falls
 * back to the code — the pages show the translated code, never this text.
 */
import en from "./messages/en.json" with { type: "json" };
import type { DocumentError, MessageParams } from "./types";

type MessageTree = { [key: string]: string | MessageTree };

/** The message of a code ("clause.empty") in a message tree, or undefined. */
export function lookupMessage(tree: MessageTree, code: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of code.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** ICU-style "{name}" substitution (the messages use no plurals or selects). */
export function formatMessage(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function makeError<C extends string>(code: C, params: MessageParams = {}): DocumentError<C> {
  const template = lookupMessage(en as MessageTree, code) ?? code;
  return { code, message: formatMessage(template, params), params };
}
