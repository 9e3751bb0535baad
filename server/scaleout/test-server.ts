/**
 * One server process for the scale-out tests: what server/main.ts runs, without Next.js.
 * DATABASE_URL, REDIS_URL and REDIS_KEY_PREFIX as in production; PORT (0: any free port).
 * Prints `READY <port>` once it serves.
 */
import { openDatabase } from "../db";
import { createApp } from "../app";
import { systemClock } from "../clock";
import { seedLibrary } from "../seed";
import { UNLIMITED_CREATION } from "../sessions/create-limit";

const db = await openDatabase();
await seedLibrary(db);
const app = await createApp({ db, clock: systemClock, port: Number(process.env.PORT ?? 0), next: false, createLimits: UNLIMITED_CREATION });
console.log(`READY ${app.port}`);

async function shutdown() {
  await app.close();
  await db.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
