/**
 * The database: the only module that opens Prisma. The embedded default is one SQLite file
 * (WAL mode, synchronous=FULL so an append is on disk before it returns); a postgres:// DATABASE_URL
 * chooses PostgreSQL instead (several processes share one database: see docs/deploy.md). Both go
 * through the same repositories and the same migrator.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { clearLogs } from "@prisma/debug";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { asRepositoryClient, type RepositoryClient } from "./client";
import { migrate, readMigrations, type MigrationReport } from "./migrate";
import { sqliteMigrationDriver } from "./sqlite-migration-driver";
import { PRISMA_MIGRATE_LOCK_KEY, pgMigrationDriver } from "./pg-migration-driver";
import { parseDatabaseUrl, type DatabaseTarget } from "./url";
import { createEventRepository, type EventRepository } from "./events";
import { SharedSqliteAdapter } from "./sqlite-direct";
import { createPool } from "./pg-pool";
import { createSessionRepository, type SessionRepository } from "./sessions";
import { createDocumentRepository, type DocumentRepository } from "./documents";
import { createSnapshotRepository, type SnapshotRepository } from "./snapshots";
import { createPaperRepository, type PaperRepository } from "./papers";
import { guardRepository, writeTracker, type WriteHealth, type WriteTracker } from "./storage-guard";

export type { DatabaseTarget } from "./url";
export type Prisma = InstanceType<typeof PrismaClient>;

export interface DatabaseHealth {
  ok: boolean;
  kind: DatabaseTarget["kind"];
  migrations: number;
  /** SQLite's journal mode and synchronous level as the app's connection sees them. */
  durability?: { journalMode: string; synchronous: number };
  /** Whether the last write went through: reads may work while writes fail (a locked or full disk). */
  writes: WriteHealth;
  error?: string;
}

/**
 * How long a SQLite write waits for a lock another process holds before it fails with
 * `server.storage_unavailable`. The driver waits synchronously — the whole event loop, every
 * session with it — so the wait stays short.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 200;

export interface Database {
  readonly kind: DatabaseTarget["kind"];
  readonly migrations: MigrationReport;
  readonly sessions: SessionRepository;
  readonly events: EventRepository;
  readonly documents: DocumentRepository;
  readonly snapshots: SnapshotRepository;
  readonly papers: PaperRepository;
  health(): Promise<DatabaseHealth>;
  close(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");
export const SQLITE_MIGRATIONS_DIR = path.join(ROOT, "prisma/sqlite/migrations");
export const POSTGRES_MIGRATIONS_DIR = path.join(ROOT, "prisma/postgres/migrations");

/** Applies pending migrations to a SQLite file (creating it), and leaves it in WAL mode. */
export async function migrateSqlite(file: string, migrationsDir = SQLITE_MIGRATIONS_DIR): Promise<MigrationReport> {
  mkdirSync(path.dirname(file), { recursive: true });
  const raw = new Sqlite(file);
  try {
    raw.pragma("journal_mode = WAL");
    raw.pragma("foreign_keys = ON");
    return await migrate(sqliteMigrationDriver(raw), readMigrations(migrationsDir));
  } finally {
    raw.close();
  }
}

/**
 * Applies pending migrations to a PostgreSQL database, under Prisma's migration advisory lock so
 * that processes starting together (or a concurrent `prisma migrate deploy`) take turns.
 */
export async function migratePostgres(url: string, migrationsDir = POSTGRES_MIGRATIONS_DIR): Promise<MigrationReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    try {
      return await migrate(pgMigrationDriver(client), readMigrations(migrationsDir));
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** Applies pending migrations to the database a DATABASE_URL names (`npm run db:migrate`). */
export async function migrateDatabase(url?: string): Promise<{ target: string; report: MigrationReport }> {
  const target = parseDatabaseUrl(url);
  if (target.kind === "postgres") return { target: redactUrl(target.url), report: await migratePostgres(target.url) };
  return { target: target.file, report: await migrateSqlite(target.file) };
}

/** A URL fit for logs: the password replaced by ***. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@/]*@/, "$1***@");
}

function repositories(
  prisma: RepositoryClient,
  provider: "sqlite" | "postgres",
  writes: WriteTracker,
  connection?: () => Sqlite.Database | undefined,
) {
  return {
    sessions: guardRepository("sessions", createSessionRepository(prisma, provider), writes),
    events: guardRepository("events", createEventRepository(prisma, provider, { group: provider === "sqlite", connection }), writes),
    documents: guardRepository("documents", createDocumentRepository(prisma), writes),
    snapshots: guardRepository("snapshots", createSnapshotRepository(prisma), writes),
    papers: guardRepository("papers", createPaperRepository(prisma), writes),
  };
}

/**
 * Prisma's driver adapters keep the arguments of their last hundred queries for error reports
 * (@prisma/debug), debugging off or not: a snapshot's JSON, a session's links — megabytes after a
 * conference (5 MB of the heap after sixty sessions had ended). Dropped when a room leaves memory,
 * so that what the room held leaves with it.
 */
export function forgetQueryHistory(): void {
  clearLogs();
}

export async function openDatabase(url?: string): Promise<Database> {
  const target = parseDatabaseUrl(url);
  if (target.kind === "postgres") return openPostgres(target.url);
  return openSqlite(target);
}

async function openPostgres(url: string): Promise<Database> {
  const migrations = await migratePostgres(url);
  const prisma = new PostgresPrismaClient({ adapter: new PrismaPg(createPool(url), { disposeExternalPool: true }) });
  const migrationCount = migrations.applied.length + migrations.alreadyApplied.length;
  const writes = writeTracker();
  return {
    kind: "postgres",
    migrations,
    ...repositories(asRepositoryClient(prisma), "postgres", writes),
    async health() {
      try {
        await prisma.$queryRawUnsafe("SELECT 1");
        return { ok: writes.health().ok, kind: "postgres", migrations: migrationCount, writes: writes.health() };
      } catch (error) {
        return { ok: false, kind: "postgres", migrations: migrationCount, writes: writes.health(), error: (error as Error).message };
      }
    },
    async close() {
      await prisma.$disconnect();
    },
  };
}

async function openSqlite(target: Extract<DatabaseTarget, { kind: "sqlite" }>): Promise<Database> {
  const migrations = await migrateSqlite(target.file);
  const adapter = new SharedSqliteAdapter({ url: target.url });
  const prisma = new PrismaClient({ adapter });
  // Per-connection settings: durable commits, enforced relations, and a wait instead of an
  // immediate SQLITE_BUSY when another process holds the write lock.
  await prisma.$queryRawUnsafe("PRAGMA synchronous = FULL");
  await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const migrationCount = migrations.applied.length + migrations.alreadyApplied.length;
  const writes = writeTracker();

  return {
    kind: "sqlite",
    migrations,
    // The event log writes through the adapter's own connection (sqlite-direct.ts).
    ...repositories(prisma, "sqlite", writes, () => adapter.connection),
    async health() {
      try {
        const [journal] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
        const [sync] = await prisma.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
        const durability = { journalMode: String(journal?.journal_mode), synchronous: Number(sync?.synchronous) };
        return { ok: writes.health().ok, kind: "sqlite", migrations: migrationCount, durability, writes: writes.health() };
      } catch (error) {
        return { ok: false, kind: "sqlite", migrations: migrationCount, writes: writes.health(), error: (error as Error).message };
      }
    },
    async close() {
      await prisma.$disconnect();
    },
  };
}
