/**
 * The one Prisma client type the repositories (events.ts, sessions.ts, documents.ts) are written
 * against. Both schemas (prisma/sqlite and prisma/postgres) describe the same models, so the
 * queries the repositories send are the same on both; the generated clients are two nominally
 * distinct classes, so the PostgreSQL client is viewed through the SQLite client's type — and the
 * checks below make `tsc` fail the day the two schemas' models stop being identical.
 */
import type { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import type * as Sqlite from "./generated/sqlite/client";
import type * as Postgres from "./generated/postgres/client";

export type RepositoryClient = InstanceType<typeof SqliteClient>;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

// Every model, field by field (names, types, optionality), on both databases.
export type SameModels = [
  Assert<Equal<Sqlite.Session, Postgres.Session>>,
  Assert<Equal<Sqlite.SessionAccess, Postgres.SessionAccess>>,
  Assert<Equal<Sqlite.SessionEvent, Postgres.SessionEvent>>,
  Assert<Equal<Sqlite.Document, Postgres.Document>>,
  Assert<Equal<Sqlite.StateSnapshot, Postgres.StateSnapshot>>,
  Assert<Equal<Sqlite.PaperUpdate, Postgres.PaperUpdate>>,
  Assert<Equal<keyof Sqlite.Prisma.TypeMap["model"], keyof Postgres.Prisma.TypeMap["model"]>>,
];

/** Views a client generated from either schema as the repositories' client type. */
export function asRepositoryClient(
  client: InstanceType<typeof SqliteClient> | InstanceType<typeof Postgres.PrismaClient>,
): RepositoryClient {
  return client as RepositoryClient;
}
