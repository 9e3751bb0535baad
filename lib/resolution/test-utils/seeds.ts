/** Test-only access to the bundled documents (node:fs; lib/resolution itself does no I/O). */
/* eslint-disable no-restricted-imports -- test helper: reads prisma/documents for the tests */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseText } from "../parse";
import type { ParsedDocument, ReferenceDocument, ResolutionDocument } from "../types";

export const DOCUMENTS_DIR = path.resolve(import.meta.dirname, "../../../prisma/documents");

export const SEED_FILES = {
  ukDraft: "sc-uk-ai-security.fr.md",
  gaDraft: "ga-first-committee-a-c1-78.fr.md",
  res79239: "ga-res-79-239.fr.md",
  res78311: "ga-res-78-311.fr.md",
  sgReport: "sg-report-a-80.fr.md",
} as const;

export type SeedName = keyof typeof SEED_FILES;

export function readSeed(name: SeedName): string {
  return readFileSync(path.join(DOCUMENTS_DIR, SEED_FILES[name]), "utf8");
}

export function parseSeed(name: SeedName): ParsedDocument {
  const result = parseText(readSeed(name));
  if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
  return result.document;
}

export function seedResolution(name: Exclude<SeedName, "sgReport">): ResolutionDocument {
  const doc = parseSeed(name);
  if (doc.kind !== "resolution") throw new Error(`${name} is not a resolution`);
  return doc;
}

export function seedReport(): ReferenceDocument {
  const doc = parseSeed("sgReport");
  if (doc.kind !== "reference") throw new Error("sgReport is not a reference document");
  return doc;
}
