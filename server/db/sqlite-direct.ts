/**
 * The event log's appends on SQLite, written straight through the connection Prisma's adapter
 * opened — the hot path of every command. Through Prisma, one append cost about 0.7 ms of CPU on
 * top of SQLite's own work (its query engine, and a statement prepared afresh each time); here it
 * is a cached prepared statement in a synchronous transaction.
 *
 * The same connection, not a second one: a second connection would meet the write lock of a Prisma
 * transaction left open across turns of the event loop (session creation, a link reissued) and
 * wait for it synchronously, holding the very loop that transaction needs to finish. On the shared
 * connection an open Prisma transaction shows as `inTransaction`; the append waits for it to end
 * (yielding the loop) rather than slipping its rows into a transaction that may yet roll back.
 */
import type Sqlite from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

/** How long an append waits for a Prisma transaction on the connection before it gives up (storage unavailable). */
export const OPEN_TRANSACTION_WAIT_MS = 2_000;

/** Prisma's better-sqlite3 adapter factory, keeping a hand on the connection it opens. */
export class SharedSqliteAdapter extends PrismaBetterSqlite3 {
  connection: Sqlite.Database | undefined;

  override async connect() {
    const adapter = await super.connect();
    // The adapter keeps its driver as `client` (public in its JavaScript, untyped here).
    this.connection = (adapter as unknown as { client: Sqlite.Database }).client;
    return adapter;
  }
}

/**
 * Writes rows with one prepared single-row INSERT, run once per row inside one transaction, on the
 * connection once no other transaction is open on it. One statement, not one per row count: a
 * prepared multi-row INSERT holds native memory in proportion to its rows, and sixty sessions'
 * group commits come in every size (measured: 100 MB more RSS kept after a full conference with a
 * cache of them).
 */
export function directWriter(
  connection: () => Sqlite.Database | undefined,
  sql: string,
  fallback: (rows: unknown[][]) => Promise<void>,
): (rows: unknown[][]) => Promise<void> {
  let insert: { on: Sqlite.Database; statement: Sqlite.Statement } | undefined;

  return async (rows) => {
    const db = connection();
    if (!db?.open) return fallback(rows);
    const deadline = performance.now() + OPEN_TRANSACTION_WAIT_MS;
    while (db.inTransaction) {
      if (performance.now() > deadline) throw new Error("SQLITE_BUSY: a transaction stayed open on the connection");
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    // A statement belongs to its connection (Prisma may have reconnected).
    if (insert?.on !== db) insert = { on: db, statement: db.prepare(sql) };
    const statement = insert.statement;
    db.transaction(() => {
      for (const row of rows) statement.run(...row);
    })();
  };
}
