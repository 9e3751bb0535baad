import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS_DIR, SQLITE_MIGRATIONS_DIR, migrateDatabase, migratePostgres, migrateSqlite } from "./index";
import { MigrationError, readMigrations, sha256 } from "./migrate";
import { prismaMigrateDeploy } from "./prisma-schema-engine";
import { TEST_DATABASE_KINDS, announceSkips, rawQuery, type ScratchDatabase } from "./test-databases";

announceSkips();

describe.each(TEST_DATABASE_KINDS)("migrator on $kind", ({ kind, skip, create }) => {
  const committedDir = kind === "sqlite" ? SQLITE_MIGRATIONS_DIR : POSTGRES_MIGRATIONS_DIR;
  const scratches: ScratchDatabase[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.drop();
  });

  async function fresh(): Promise<ScratchDatabase> {
    const scratch = await create();
    scratches.push(scratch);
    return scratch;
  }
  function migrate(db: ScratchDatabase, dir = committedDir) {
    return kind === "sqlite" ? migrateSqlite(db.url.slice("file:".length), dir) : migratePostgres(db.url, dir);
  }
  async function tables(db: ScratchDatabase): Promise<string[]> {
    const sql =
      kind === "sqlite"
        ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";
    return (await rawQuery<{ name: string }>(db, sql)).map((r) => r.name);
  }
  function migrationsCopy(): string {
    const dir = mkdtempSync(path.join(tmpdir(), "hemicycle-migrations-"));
    cpSync(committedDir, dir, { recursive: true });
    return dir;
  }

  it.skipIf(skip)("applies every committed migration to an empty database and records them as Prisma does", async () => {
    const db = await fresh();
    const committed = readMigrations(committedDir);
    expect(committed.length).toBeGreaterThan(0);

    const report = await migrate(db);

    expect(report.applied).toEqual(committed.map((m) => m.name));
    expect(await tables(db)).toEqual(
      expect.arrayContaining(["Session", "SessionAccess", "SessionEvent", "Document", "_prisma_migrations"]),
    );
    const rows = await rawQuery<{ migration_name: string; checksum: string; finished_at: unknown; applied_steps_count: number }>(
      db,
      "SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations",
    );
    expect(rows).toHaveLength(committed.length);
    for (const row of rows) {
      const sql = readFileSync(path.join(committedDir, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(sha256(sql));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    if (kind === "sqlite") {
      const [mode] = await rawQuery<{ journal_mode: string }>(db, "PRAGMA journal_mode");
      expect(mode?.journal_mode).toBe("wal");
    } else {
      // Prisma's PostgreSQL layout of its bookkeeping table, column by column.
      const columns = await rawQuery(
        db,
        `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
      expect(columns).toEqual([
        { column_name: "id", data_type: "character varying", character_maximum_length: 36, is_nullable: "NO", column_default: null },
        { column_name: "checksum", data_type: "character varying", character_maximum_length: 64, is_nullable: "NO", column_default: null },
        {
          column_name: "finished_at",
          data_type: "timestamp with time zone",
          character_maximum_length: null,
          is_nullable: "YES",
          column_default: null,
        },
        {
          column_name: "migration_name",
          data_type: "character varying",
          character_maximum_length: 255,
          is_nullable: "NO",
          column_default: null,
        },
        { column_name: "logs", data_type: "text", character_maximum_length: null, is_nullable: "YES", column_default: null },
        {
          column_name: "rolled_back_at",
          data_type: "timestamp with time zone",
          character_maximum_length: null,
          is_nullable: "YES",
          column_default: null,
        },
        {
          column_name: "started_at",
          data_type: "timestamp with time zone",
          character_maximum_length: null,
          is_nullable: "NO",
          column_default: "now()",
        },
        {
          column_name: "applied_steps_count",
          data_type: "integer",
          character_maximum_length: null,
          is_nullable: "NO",
          column_default: "0",
        },
      ]);
    }
  });

  it.skipIf(skip)("agrees with `prisma migrate deploy` (Prisma's schema engine) in both directions", async () => {
    const committed = readMigrations(committedDir);
    const schemaFile = path.join(committedDir, "..", "schema.prisma");
    async function adapterFor(db: ScratchDatabase) {
      if (kind === "sqlite") {
        const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
        return new PrismaBetterSqlite3({ url: db.url });
      }
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: db.url });
    }

    // Ours first: Prisma finds nothing left to apply.
    const ours = await fresh();
    await migrate(ours);
    expect(await prismaMigrateDeploy(await adapterFor(ours), schemaFile, committedDir, committed)).toEqual([]);

    // Prisma's first: we find everything applied, checksums included.
    const theirs = await fresh();
    expect(await prismaMigrateDeploy(await adapterFor(theirs), schemaFile, committedDir, committed)).toEqual(committed.map((m) => m.name));
    const report = await migrate(theirs);
    expect(report).toEqual({ applied: [], alreadyApplied: committed.map((m) => m.name) });
  });

  it.skipIf(skip)("is idempotent: a second run applies nothing and keeps the data", async () => {
    const db = await fresh();
    await migrate(db);
    await rawQuery(db, `INSERT INTO "Session" (id, organ, title) VALUES ('s1', 'security-council', 'Test')`);

    const second = await migrateDatabase(db.url);

    expect(second.report.applied).toEqual([]);
    expect(second.report.alreadyApplied.length).toBeGreaterThan(0);
    expect(await rawQuery(db, `SELECT CAST(count(*) AS INTEGER) AS n FROM "Session"`)).toEqual([{ n: 1 }]);
  });

  // PostgreSQL only: a SQLite file is served by one process.
  it.skipIf(skip || kind === "sqlite")("lets processes starting together migrate once: the others wait, then find it done", async () => {
    const db = await fresh();
    const reports = await Promise.all([migrate(db), migrate(db), migrate(db)]);
    const committed = readMigrations(committedDir).map((m) => m.name);
    expect(reports.map((r) => r.applied.length).sort()).toEqual([0, 0, committed.length]);
    expect(await rawQuery(db, "SELECT migration_name FROM _prisma_migrations")).toHaveLength(committed.length);
  });

  it.skipIf(skip)("refuses a migration that was changed after it was applied, with a clear error", async () => {
    const dir = migrationsCopy();
    const db = await fresh();
    await migrate(db, dir);
    const first = readMigrations(dir)[0]!;
    writeFileSync(path.join(dir, first.name, "migration.sql"), first.sql + "\n-- edited afterwards\n");

    const attempt = migrate(db, dir);

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toMatchObject({ code: "migration.checksum_mismatch", migration: first.name });
    await expect(attempt).rejects.toThrow(/modified after it was applied/);
  });

  it.skipIf(skip)("rolls back a failing migration entirely and does not record it", async () => {
    const dir = migrationsCopy();
    mkdirSync(path.join(dir, "99999999999999_broken"));
    writeFileSync(path.join(dir, "99999999999999_broken", "migration.sql"), `CREATE TABLE "Half" (id TEXT);\nTHIS IS NOT SQL;`);
    const db = await fresh();

    await expect(migrate(db, dir)).rejects.toMatchObject({ code: "migration.failed", migration: "99999999999999_broken" });

    expect(await tables(db)).not.toContain("Half");
    const names = (await rawQuery<{ migration_name: string }>(db, "SELECT migration_name FROM _prisma_migrations")).map(
      (r) => r.migration_name,
    );
    expect(names).not.toContain("99999999999999_broken");
    expect(names.length).toBe(readMigrations(committedDir).length);
  });

  it.skipIf(skip)("refuses a database migrated by a newer version it does not know", async () => {
    const db = await fresh();
    await migrate(db);
    await rawQuery(
      db,
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ('x', 'y', '2030-01-01', '20300101000000_future', '2030-01-01', 1)`,
    );

    await expect(migrate(db)).rejects.toMatchObject({ code: "migration.unknown" });
  });
});
