/**
 * No missing translation: every key the pages and components ask for exists in French and in
 * English, and the two catalogues have exactly the same keys.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor } from "./messages";

const root = path.resolve(import.meta.dirname, "../..");

function flatten(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Keys used in a file: `t("a.b")` and `t(\`a.${x}\`)` (as a pattern), per translator variable and namespace. */
function usedKeys(file: string): Array<{ file: string; pattern: RegExp; key: string }> {
  const text = readFileSync(file, "utf8");
  const translators = new Map<string, string>();
  for (const m of text.matchAll(/const (\w+) = (?:useTranslations|await getTranslations)\(\s*"([^"]*)"\s*\)/g))
    translators.set(m[1]!, m[2]!);
  const found: Array<{ file: string; pattern: RegExp; key: string }> = [];
  for (const [name, namespace] of translators) {
    for (const m of text.matchAll(new RegExp(`\\b${name}(?:\\.has)?\\(\\s*(?:"([^"]+)"|\`([^\`]+)\`)`, "g"))) {
      const raw = m[1] ?? m[2]!;
      const key = namespace ? `${namespace}.${raw}` : raw;
      const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`).replace(/\\\$\\\{[^}]*\\\}/g, ".+");
      found.push({ file: path.relative(root, file), pattern: new RegExp(`^${escaped}$`), key });
    }
  }
  return found;
}

describe("translations", () => {
  const fr = flatten(messagesFor("fr"));
  const en = flatten(messagesFor("en"));

  it("no key contains a dot (next-intl reads dots as nesting: such a message could never be found)", () => {
    const dotted = (value: unknown, at = ""): string[] =>
      typeof value !== "object" || value === null
        ? []
        : Object.entries(value).flatMap(([k, v]) => [...(k.includes(".") ? [`${at}${k}`] : []), ...dotted(v, `${at}${k}/`)]);
    expect([...dotted(messagesFor("fr")), ...dotted(messagesFor("en"))]).toEqual([]);
  });

  it("French and English have the same keys", () => {
    expect(fr.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !fr.includes(k))).toEqual([]);
  });

  it("every key used by app/ and components/ exists (templates must match at least one key)", () => {
    const used = [...sources(path.join(root, "app")), ...sources(path.join(root, "components"))].flatMap(usedKeys);
    expect(used.length).toBeGreaterThan(100);
    const missing = used.filter(
      ({ pattern }) => !fr.some((k) => pattern.test(k) || k.startsWith(`${pattern.source.slice(1, -1).replace(/\\/g, "")}.`)),
    );
    expect(missing.map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });
});
