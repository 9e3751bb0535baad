import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SQLITE_MIGRATIONS_DIR, migrateSqlite } from "./index";
import { MigrationError, readMigrations, sha256 } from "./migrate";

function tempFile() {
  return path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-migrate-")), "test.db");
}

function tables(file: string): string[] {
  const db = new Sqlite(file, { readonly: true });
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  db.close();
  return rows.map((r) => r.name);
}

describe("migrator", () => {
  it("applies every committed migration to an empty file and records them as Prisma does", async () => {
    const file = tempFile();
    const committed = readMigrations(SQLITE_MIGRATIONS_DIR);
    expect(committed.length).toBeGreaterThan(0);

    const report = await migrateSqlite(file);

    expect(report.applied).toEqual(committed.map((m) => m.name));
    expect(tables(file)).toEqual(expect.arrayContaining(["Session", "SessionEvent", "Document", "_prisma_migrations"]));
    const db = new Sqlite(file, { readonly: true });
    const rows = db.prepare("SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations").all() as {
      migration_name: string;
      checksum: string;
      finished_at: string | null;
      applied_steps_count: number;
    }[];
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    expect(rows).toHaveLength(committed.length);
    for (const row of rows) {
      const sql = readFileSync(path.join(SQLITE_MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(sha256(sql));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("is idempotent: a second run applies nothing and keeps the data", async () => {
    const file = tempFile();
    await migrateSqlite(file);
    const db = new Sqlite(file);
    db.prepare(`INSERT INTO "Session" (id, organ, title) VALUES ('s1', 'security-council', 'Test')`).run();
    db.close();

    const second = await migrateSqlite(file);

    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied.length).toBeGreaterThan(0);
    const check = new Sqlite(file, { readonly: true });
    expect(check.prepare(`SELECT count(*) AS n FROM "Session"`).get()).toEqual({ n: 1 });
    check.close();
  });

  it("refuses a migration that was changed after it was applied, with a clear error", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hemicycle-migrations-"));
    cpSync(SQLITE_MIGRATIONS_DIR, dir, { recursive: true });
    const file = tempFile();
    await migrateSqlite(file, dir);
    const first = readMigrations(dir)[0]!;
    writeFileSync(path.join(dir, first.name, "migration.sql"), first.sql + "\n-- edited afterwards\n");

    const attempt = migrateSqlite(file, dir);

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toMatchObject({ code: "migration.checksum_mismatch", migration: first.name });
    await expect(attempt).rejects.toThrow(/modified after it was applied/);
  });

  it("rolls back a failing migration entirely and does not record it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hemicycle-migrations-"));
    cpSync(SQLITE_MIGRATIONS_DIR, dir, { recursive: true });
    mkdirSync(path.join(dir, "99999999999999_broken"));
    writeFileSync(path.join(dir, "99999999999999_broken", "migration.sql"), `CREATE TABLE "Half" (id TEXT);\nTHIS IS NOT SQL;`);
    const file = tempFile();

    await expect(migrateSqlite(file, dir)).rejects.toMatchObject({ code: "migration.failed", migration: "99999999999999_broken" });

    expect(tables(file)).not.toContain("Half");
    const db = new Sqlite(file, { readonly: true });
    const names = (db.prepare("SELECT migration_name FROM _prisma_migrations").all() as { migration_name: string }[]).map((r) => r.migration_name);
    db.close();
    expect(names).not.toContain("99999999999999_broken");
  });

  it("refuses a database migrated by a newer version it does not know", async () => {
    const file = tempFile();
    await migrateSqlite(file);
    const db = new Sqlite(file);
    db.prepare(`INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ('x', 'y', '2030-01-01', '20300101000000_future', '2030-01-01', 1)`).run();
    db.close();

    await expect(migrateSqlite(file)).rejects.toMatchObject({ code: "migration.unknown" });
  });
});
