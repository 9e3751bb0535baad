/**
 * The databases the repository and migrator tests run against: SQLite always, PostgreSQL when
 * TEST_POSTGRES_URL names a server we may create databases on (a role with CREATEDB; .ci/run sets
 * one up). Each test file gets a database of its own, dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL || undefined;

export interface ScratchDatabase {
  kind: "sqlite" | "postgres";
  /** A DATABASE_URL for it. */
  url: string;
  drop(): Promise<void>;
}

export interface TestDatabaseKind {
  kind: "sqlite" | "postgres";
  /** Why the kind's tests are skipped, or null when they run. */
  skip: string | null;
  create(): Promise<ScratchDatabase>;
}

export const POSTGRES_SKIP_MESSAGE =
  "PostgreSQL tests skipped: set TEST_POSTGRES_URL=postgres://user:password@host/db (a role with CREATEDB) to run them";

export function scratchSqlite(): ScratchDatabase {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-test-")), "hemicycle.db");
  return { kind: "sqlite", url: `file:${file}`, drop: async () => {} };
}

/** Creates an empty database next to TEST_POSTGRES_URL's, named hemicycle_t_<random>. */
export async function scratchPostgres(adminUrl = TEST_POSTGRES_URL): Promise<ScratchDatabase> {
  if (!adminUrl) throw new Error(POSTGRES_SKIP_MESSAGE);
  const name = `hemicycle_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind: "postgres",
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export const TEST_DATABASE_KINDS: TestDatabaseKind[] = [
  { kind: "sqlite", skip: null, create: async () => scratchSqlite() },
  { kind: "postgres", skip: TEST_POSTGRES_URL ? null : POSTGRES_SKIP_MESSAGE, create: () => scratchPostgres() },
];

/** Says once, visibly, which kinds are skipped (vitest shows a test file's stderr). */
export function announceSkips(kinds = TEST_DATABASE_KINDS): void {
  for (const k of kinds) if (k.skip) console.warn(`⚠ ${k.skip}`);
}

/** Runs a query on a scratch database through a connection of its own (not the app's). */
export async function rawQuery<T>(db: ScratchDatabase, sql: string, params: unknown[] = []): Promise<T[]> {
  if (db.kind === "postgres") {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const { default: Sqlite } = await import("better-sqlite3");
  const raw = new Sqlite(db.url.slice("file:".length));
  try {
    const statement = raw.prepare(sql.replace(/\$\d+/g, "?"));
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  } finally {
    raw.close();
  }
}
