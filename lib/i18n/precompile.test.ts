/**
 * The pages format build-time compiled messages (lib/i18n/precompile-loader.cjs, icu-minify) with
 * use-intl's format-only runtime; the server and the tests format the JSON as written. Both must
 * say the same thing: every message of both catalogues, compiled by the loader, gives the text
 * intl-messageformat gives, for the arguments' plural, select and plain branches.
 */
import { createRequire } from "node:module";
import format from "icu-minify/format";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { messagesFor } from "./messages";

const precompileLoader = createRequire(import.meta.url)("./precompile-loader.cjs") as (this: unknown, source: string) => void;

/** Runs the loader as the bundler does (an async loader: it answers through this.async()). */
function precompile(tree: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const context = { async: () => (error: Error | null, output?: string) => (error ? reject(error) : resolve(JSON.parse(output!))) };
    precompileLoader.call(context, JSON.stringify(tree));
  });
}

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree | string, prefix = ""): Array<[string, unknown]> {
  if (typeof tree !== "object" || Array.isArray(tree)) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v as Tree, prefix ? `${prefix}.${k}` : k));
}

/** Every argument the same value: 0, 1 and 5 reach the =0, one and other branches (and select's other). */
const valuesOf = (value: string | number) => new Proxy({}, { get: () => value, has: () => true });

/** What use-intl hands the runtime: the platform's Intl. */
const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

describe("precompiled messages (the pages' catalogues)", () => {
  for (const locale of ["fr", "en"] as const) {
    it(`every ${locale} message reads the same compiled as written`, async () => {
      const written = new Map(leaves(messagesFor(locale) as unknown as Tree));
      const compiled = leaves((await precompile(messagesFor(locale))) as Tree);
      expect(compiled.length).toBe(written.size);
      const differences = compiled.flatMap(([key, message]) =>
        [0, 1, 5].flatMap((value) => {
          const expected = new IntlMessageFormat(written.get(key) as string, locale).format(valuesOf(value));
          const actual = format(message as Parameters<typeof format>[0], locale, valuesOf(value), { formatters });
          return actual === expected ? [] : [`${key} (${value}): ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
        }),
      );
      expect(differences).toEqual([]);
    });
  }
});
