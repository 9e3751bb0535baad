import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { createPool } from "./pg-pool";
import { POSTGRES_SKIP_MESSAGE, TEST_POSTGRES_URL, scratchPostgres, type ScratchDatabase } from "./test-databases";

const backend = async (pool: pg.Pool) => (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;

describe.skipIf(!TEST_POSTGRES_URL)(`the PostgreSQL pool${TEST_POSTGRES_URL ? "" : ` (${POSTGRES_SKIP_MESSAGE})`}`, () => {
  let db: ScratchDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await scratchPostgres();
    pool = createPool(db.url);
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it("keeps the connection behind an error the server answered (a unique violation: another process's append)", async () => {
    const first = await backend(pool);
    // A temporary table lives and dies with its connection.
    await pool.query("CREATE TEMP TABLE seqs (seq int PRIMARY KEY)");
    await pool.query("INSERT INTO seqs VALUES (1)");
    for (let i = 0; i < 3; i++) await expect(pool.query("INSERT INTO seqs VALUES (1)")).rejects.toMatchObject({ code: "23505" });
    expect(await backend(pool)).toBe(first);
    expect((await pool.query("SELECT count(*)::int AS n FROM seqs")).rows[0]).toEqual({ n: 1 });
    expect(pool.totalCount).toBe(1);
  });

  it("still ends a connection that died, and the next query gets a new one", async () => {
    const first = await backend(pool);
    await expect(pool.query("SELECT pg_terminate_backend(pg_backend_pid())")).rejects.toThrow();
    const next = await backend(pool);
    expect(next).not.toBe(first);
  });

  it("passes the callback form through to pg-pool", async () => {
    const rows = await new Promise((resolve, reject) =>
      pool.query("SELECT 1 AS one", (error: Error | undefined, result: pg.QueryResult) => (error ? reject(error) : resolve(result.rows))),
    );
    expect(rows).toEqual([{ one: 1 }]);
  });
});
