/** `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names. */
import { migrateSqlite } from "./index";
import { parseDatabaseUrl } from "./url";

const target = parseDatabaseUrl();
if (target.kind !== "sqlite") {
  console.error("Only SQLite databases can be migrated by this version.");
  process.exit(1);
}
try {
  const report = await migrateSqlite(target.file);
  console.log(
    `${target.file}: ${report.applied.length} migration(s) applied, ${report.alreadyApplied.length} already applied.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
