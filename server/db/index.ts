/**
 * The database: the only module that opens Prisma. The embedded default is one SQLite file
 * (WAL mode, synchronous=FULL so an append is on disk before it returns); PostgreSQL is chosen by
 * a postgres:// DATABASE_URL once its schema lands (see prisma/postgres).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";
import { migrate, readMigrations, type MigrationReport } from "./migrate";
import { sqliteMigrationDriver } from "./sqlite-migration-driver";
import { parseDatabaseUrl, type DatabaseTarget } from "./url";
import { createEventRepository, type EventRepository } from "./events";
import { createSessionRepository, type SessionRepository } from "./sessions";
import { createDocumentRepository, type DocumentRepository } from "./documents";

export type { DatabaseTarget } from "./url";
export type Prisma = InstanceType<typeof PrismaClient>;

export interface DatabaseHealth {
  ok: boolean;
  kind: DatabaseTarget["kind"];
  migrations: number;
  /** SQLite's journal mode and synchronous level as the app's connection sees them. */
  durability?: { journalMode: string; synchronous: number };
  error?: string;
}

export interface Database {
  readonly kind: DatabaseTarget["kind"];
  readonly migrations: MigrationReport;
  readonly sessions: SessionRepository;
  readonly events: EventRepository;
  readonly documents: DocumentRepository;
  health(): Promise<DatabaseHealth>;
  close(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");
export const SQLITE_MIGRATIONS_DIR = path.join(ROOT, "prisma/sqlite/migrations");

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

export async function openDatabase(url?: string): Promise<Database> {
  const target = parseDatabaseUrl(url);
  if (target.kind === "postgres") {
    throw new Error("PostgreSQL support is not available in this version: use a file: DATABASE_URL.");
  }
  const migrations = await migrateSqlite(target.file);
  const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url }) });
  // Per-connection settings: durable commits, enforced relations, and a wait instead of an
  // immediate SQLITE_BUSY when another process holds the write lock.
  await prisma.$queryRawUnsafe("PRAGMA synchronous = FULL");
  await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  const migrationCount = migrations.applied.length + migrations.alreadyApplied.length;

  return {
    kind: "sqlite",
    migrations,
    sessions: createSessionRepository(prisma),
    events: createEventRepository(prisma),
    documents: createDocumentRepository(prisma),
    async health() {
      try {
        const [journal] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
        const [sync] = await prisma.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
        const durability = { journalMode: String(journal?.journal_mode), synchronous: Number(sync?.synchronous) };
        return { ok: true, kind: "sqlite", migrations: migrationCount, durability };
      } catch (error) {
        return { ok: false, kind: "sqlite", migrations: migrationCount, error: (error as Error).message };
      }
    },
    async close() {
      await prisma.$disconnect();
    },
  };
}
