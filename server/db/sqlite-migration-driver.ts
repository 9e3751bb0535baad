import type Database from "better-sqlite3";
import type { MigrationDriver } from "./migrate";

/** The migrator's view of a better-sqlite3 connection. */
export function sqliteMigrationDriver(db: Database.Database): MigrationDriver {
  return {
    migrationsTableDdl: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`,
    param: () => "?",
    async exec(sql) {
      db.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return db.prepare(sql).all(...params) as T[];
    },
    async run(sql, params = []) {
      db.prepare(sql).run(...params);
    },
    async transaction(fn) {
      // better-sqlite3's own transaction() wants a synchronous function; our steps are
      // synchronous underneath, so BEGIN/COMMIT by hand is equivalent and keeps the interface async.
      db.exec("BEGIN IMMEDIATE");
      try {
        await fn();
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
  };
}
