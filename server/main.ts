/**
 * Entry point: `npm start` (after a build) or `npm run dev`. Opens (and migrates) the database,
 * loads the bundled documents, serves everything on one port.
 */
import { openDatabase } from "./db";
import { createApp } from "./app";
import { systemClock } from "./clock";
import { seedLibrary } from "./seed";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// All interfaces by default: students join from their phones on the classroom network.
const host = process.env.HOST ?? "0.0.0.0";

const db = await openDatabase();
const seeded = await seedLibrary(db);
const app = await createApp({ db, clock: systemClock, port, host, next: { dev } });
console.log(
  `Hémicycle ready on http://localhost:${app.port} (${dev ? "development" : "production"}, ${db.kind}` +
    `${process.env.REDIS_URL ? ", several processes through Redis" : ""}, ` +
    `${db.migrations.applied.length} migration(s) applied now, ${seeded} document(s) in the library)`,
);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: closing…`);
  try {
    await app.close(); // Socket.IO, then the Redis clients when there are some
  } finally {
    await db.close();
  }
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
