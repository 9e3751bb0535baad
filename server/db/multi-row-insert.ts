/**
 * Multi-row INSERT statements in raw SQL, for the writes whose row count varies (a session's
 * events, a session's links). A single statement is atomic on both databases, costs a fraction of
 * one Prisma `create` per row, and leaves nothing in Prisma's query-plan cache, which keeps a plan
 * per batch shape — one per distinct row count — for the life of the process.
 */

/** Rows per INSERT statement (a few parameters each, well under both databases' limits). */
const ROWS_PER_INSERT = 500;

export type Provider = "sqlite" | "postgres";

/** A Date as each database's Prisma client stores it: SQLite text "2026-12-01T10:00:00.123+00:00", a PostgreSQL timestamp(3). */
export const sqlDate = (provider: Provider, date: Date): unknown =>
  provider === "postgres" ? date : date.toISOString().replace(/Z$/, "+00:00");

export function insertStatements(
  provider: Provider,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): Array<{ sql: string; args: unknown[] }> {
  const statements = [];
  const names = columns.map((c) => `"${c}"`).join(", ");
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    let n = 0;
    const placeholder = () => (provider === "postgres" ? `$${++n}` : "?");
    const values = chunk.map(() => `(${columns.map(placeholder).join(", ")})`).join(", ");
    statements.push({ sql: `INSERT INTO "${table}" (${names}) VALUES ${values}`, args: chunk.flat() });
  }
  return statements;
}
