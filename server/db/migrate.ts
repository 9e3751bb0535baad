/**
 * Applies the committed Prisma migrations without Prisma's native schema engine (which cannot be
 * downloaded on an offline machine). Each `migrations/<name>/migration.sql` is run in order, in a
 * transaction, and recorded in `_prisma_migrations` with Prisma's own columns and
 * `checksum = sha256(file)`, so `prisma migrate deploy` on a machine with internet agrees with
 * what was applied here.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The few operations the migrator needs; one implementation per database driver. */
export interface MigrationDriver {
  /** Runs a script of one or more statements. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  transaction(fn: () => Promise<void>): Promise<void>;
  /** The dialect's DDL for Prisma's bookkeeping table. */
  readonly migrationsTableDdl: string;
  /** Placeholder for the n-th (1-based) parameter: "?" for SQLite, "$n" for PostgreSQL. */
  param(n: number): string;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  constructor(
    readonly code: "migration.checksum_mismatch" | "migration.failed" | "migration.unfinished" | "migration.unknown",
    readonly migration: string,
    message: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The migrations in a Prisma `migrations/` folder, in the order Prisma applies them (by name). */
export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: sha256(sql) };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: string | Date | null;
  rolled_back_at: string | Date | null;
}

export async function migrate(driver: MigrationDriver, migrations: Migration[]): Promise<MigrationReport> {
  await driver.exec(driver.migrationsTableDdl);
  const rows = await driver.query<AppliedRow>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
  const applied = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
  const known = new Set(migrations.map((m) => m.name));
  for (const name of applied.keys()) {
    if (!known.has(name)) {
      throw new MigrationError(
        "migration.unknown",
        name,
        `The database has migration "${name}", which this version of Hémicycle does not know. Is it an older version?`,
      );
    }
  }

  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    const row = applied.get(migration.name);
    if (row) {
      if (row.finished_at === null) {
        throw new MigrationError(
          "migration.unfinished",
          migration.name,
          `Migration "${migration.name}" was started but never finished; restore the database from a backup.`,
        );
      }
      if (row.checksum !== migration.checksum) {
        throw new MigrationError(
          "migration.checksum_mismatch",
          migration.name,
          `Migration "${migration.name}" was modified after it was applied (checksum ${row.checksum.slice(0, 12)}… ≠ ${migration.checksum.slice(0, 12)}…). Never edit an applied migration: add a new one.`,
        );
      }
      report.alreadyApplied.push(migration.name);
      continue;
    }
    await applyOne(driver, migration);
    report.applied.push(migration.name);
  }
  return report;
}

async function applyOne(driver: MigrationDriver, migration: Migration): Promise<void> {
  const p = (n: number) => driver.param(n);
  const id = randomUUID();
  const now = new Date().toISOString();
  try {
    await driver.transaction(async () => {
      await driver.exec(migration.sql);
      await driver.run(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, NULL, NULL, ${p(5)}, 1)`,
        [id, migration.checksum, now, migration.name, now],
      );
    });
  } catch (error) {
    throw new MigrationError(
      "migration.failed",
      migration.name,
      `Migration "${migration.name}" failed and was rolled back: ${(error as Error).message}`,
    );
  }
}
