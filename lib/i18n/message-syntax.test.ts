/** Every message of both catalogues is valid ICU: a syntax error shows the key instead of the text. */
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import fr from "@/messages/fr";

function leaves(tree: unknown, prefix = ""): Array<[string, string]> {
  if (typeof tree === "string") return [[prefix, tree]];
  if (typeof tree !== "object" || tree === null) return [];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe("message syntax", () => {
  for (const [locale, catalogue] of [
    ["fr", fr],
    ["en", en],
  ] as const) {
    it(`every ${locale} message parses`, () => {
      const broken = leaves(catalogue).flatMap(([key, text]) => {
        try {
          new IntlMessageFormat(text, locale);
          return [];
        } catch (error) {
          return [`${key}: ${(error as Error).message}`];
        }
      });
      expect(broken).toEqual([]);
    });
  }
});
