import type pg from "pg";
import type { MigrationDriver } from "./migrate";

/**
 * Prisma's own advisory lock key for migrations: `prisma migrate deploy` and our start-up
 * migrator (several processes starting at once) wait for each other instead of racing.
 */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;

/** The migrator's view of one node-postgres connection (not a pool: a transaction needs one). */
export function pgMigrationDriver(client: pg.Client): MigrationDriver {
  return {
    // Exactly Prisma's PostgreSQL bookkeeping table, so `prisma migrate deploy` agrees.
    migrationsTableDdl: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum"              VARCHAR(64) NOT NULL,
      "finished_at"           TIMESTAMPTZ,
      "migration_name"        VARCHAR(255) NOT NULL,
      "logs"                  TEXT,
      "rolled_back_at"        TIMESTAMPTZ,
      "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
    )`,
    param: (n) => `$${n}`,
    async exec(sql) {
      // Without parameters node-postgres uses the simple query protocol: a whole script runs.
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
    async run(sql, params = []) {
      await client.query(sql, params);
    },
    async transaction(fn) {
      // PostgreSQL's DDL is transactional: a failing migration leaves nothing behind.
      await client.query("BEGIN");
      try {
        await fn();
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
  };
}
