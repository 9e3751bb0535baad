/**
 * Each page sends its client components only the message namespaces they use
 * (lib/i18n/page-namespaces.ts). A namespace missing from a page's list would show a key instead
 * of a sentence: this reads every file the page reaches (its lazy panels too) for the namespaces
 * it translates with, and checks the page's list has them all.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { PAGE_NAMESPACES, type PageName } from "@/lib/i18n/page-namespaces";
import { moduleGraph, ROOT } from "./test-utils/module-graph";

function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return pageFiles(file);
    return name === "page.tsx" ? [file] : [];
  });
}

const NAMESPACES = new Set(Object.keys(messagesFor("fr")));

/** The namespaces a file translates with: useTranslations("ns…"), and for the root translator (useTranslations()) the keys' first segment. */
function namespacesOf(source: string): string[] {
  const named = [...source.matchAll(/useTranslations\(\s*["'`](\w+)/g)].map((m) => m[1]!);
  const rooted = /useTranslations\(\s*\)/.test(source) ? [...source.matchAll(/["'`](\w+)\./g)].map((m) => m[1]!) : [];
  return [...named, ...rooted].filter((ns) => NAMESPACES.has(ns));
}

describe("the messages each page sends", () => {
  const pages = pageFiles(path.join(ROOT, "app"));

  it("every page gives its client components their messages, and the lists name real namespaces", () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
    for (const page of pages) expect(readFileSync(page, "utf8"), path.relative(ROOT, page)).toMatch(/<PageMessages page="\w+">/);
    for (const list of Object.values(PAGE_NAMESPACES)) expect(list.filter((ns) => !NAMESPACES.has(ns))).toEqual([]);
  });

  for (const page of pages) {
    const name = readFileSync(page, "utf8").match(/<PageMessages page="(\w+)">/)?.[1] as PageName | undefined;
    it(`${path.relative(ROOT, page)}: its list has every namespace its components use`, async () => {
      const reached = Object.keys((await moduleGraph([page])).inputs).filter((file) => /\.tsx?$/.test(file));
      const used = new Set(reached.flatMap((file) => namespacesOf(readFileSync(path.join(ROOT, file), "utf8"))));
      const listed: readonly string[] = name ? PAGE_NAMESPACES[name] : [];
      expect([...used].filter((ns) => !listed.includes(ns)).sort()).toEqual([]);
    });
  }
});
