/** Loads the bundled documents (prisma/documents) into the library; safe to run at every start. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOCUMENT_LIBRARY, LIBRARY_DIR } from "@/lib/resolution/library";
import type { Database } from "./db";

const ROOT = path.resolve(import.meta.dirname, "..");

export async function seedLibrary(db: Database): Promise<number> {
  for (const entry of DOCUMENT_LIBRARY) {
    await db.documents.upsert({
      id: entry.id,
      kind: entry.kind,
      organ: entry.organ,
      title: entry.title,
      locale: entry.language,
      source: readFileSync(path.join(ROOT, LIBRARY_DIR, entry.file), "utf8"),
      bundled: true,
    });
  }
  return DOCUMENT_LIBRARY.length;
}
