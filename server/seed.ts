/** Loads the bundled documents (prisma/documents) into the library; safe to run at every start. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "./db";

const DOCUMENTS_DIR = path.resolve(import.meta.dirname, "../prisma/documents");

export async function seedLibrary(db: Database): Promise<number> {
  const indexFile = path.join(DOCUMENTS_DIR, "index.json");
  if (!existsSync(indexFile)) return 0;
  const entries = JSON.parse(readFileSync(indexFile, "utf8")) as Array<{
    id: string;
    file: string;
    kind: string;
    organ?: string | null;
    title: string;
    locale?: string;
  }>;
  for (const entry of entries) {
    await db.documents.upsert({
      id: entry.id,
      kind: entry.kind,
      organ: entry.organ ?? null,
      title: entry.title,
      locale: entry.locale ?? "fr",
      source: readFileSync(path.join(DOCUMENTS_DIR, entry.file), "utf8"),
      bundled: true,
    });
  }
  return entries.length;
}
