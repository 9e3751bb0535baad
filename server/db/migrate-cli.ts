/** `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names (SQLite or PostgreSQL). */
import { migrateDatabase } from "./index";

try {
  const { target, report } = await migrateDatabase();
  console.log(`${target}: ${report.applied.length} migration(s) applied, ${report.alreadyApplied.length} already applied.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
