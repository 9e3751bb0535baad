/**
 * PostgreSQL's connection pool for Prisma's adapter, keeping a connection the server answered with
 * an error.
 *
 * Prisma's pg adapter sends every query outside a transaction through `pool.query`, and pg-pool
 * ends the connection behind any query that failed, out of caution. An error the server itself
 * reported (a `DatabaseError`: the unique (session, seq) refusing an append another process wrote
 * first, a foreign key) leaves the connection in sync and ready for the next query, so ending it
 * only costs a new one: a TCP connect, SCRAM's key derivation and a backend forked by PostgreSQL.
 * With two processes writing one busy session, every sequence conflict paid that (measured: about
 * 4 % of each server's CPU in the two-process conference, and none of it in one process).
 * Errors of the connection itself (a FATAL error, a reset socket, a timeout) still end it.
 */
import pg from "pg";

type QueryArgs = Parameters<pg.Pool["query"]>;

export function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: QueryArgs) => {
    // The callback form (not used by the adapter) keeps pg-pool's own behaviour.
    if (typeof args[args.length - 1] === "function") return poolQuery(...args);
    return queryKeepingConnection(pool, args);
  }) as pg.Pool["query"];
  return pool;
}

async function queryKeepingConnection(pool: pg.Pool, args: QueryArgs) {
  const client = await pool.connect();
  try {
    const result = await (client.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args);
    client.release();
    return result;
  } catch (error) {
    // An error the server answered for this query alone: the connection is fine. A FATAL one (the
    // backend terminated) or anything from the connection itself: pg-pool ends it.
    const answered = error instanceof pg.DatabaseError && error.severity === "ERROR";
    client.release(answered ? undefined : (error as Error));
    throw error;
  }
}
