/** Which database a DATABASE_URL names. SQLite (a file) is the embedded default. */
import path from "node:path";

export type DatabaseTarget = { kind: "sqlite"; file: string; url: string } | { kind: "postgres"; url: string };

export const DEFAULT_DATABASE_URL = "file:./data/hemicycle.db";

export function parseDatabaseUrl(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL, cwd = process.cwd()): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url.startsWith("file:")) {
    const file = path.resolve(cwd, url.slice("file:".length));
    return { kind: "sqlite", file, url: `file:${file}` };
  }
  throw new Error(
    `DATABASE_URL must be "file:<path>" (embedded SQLite) or "postgres://…" (PostgreSQL); got "${url.replace(/:[^:@/]*@/, ":***@")}".`,
  );
}
