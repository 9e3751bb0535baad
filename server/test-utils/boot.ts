/** Boots the real server (API + Socket.IO, without Next.js) on a random port with a fresh SQLite file. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp, type App } from "../app";
import { openDatabase, type Database } from "../db";
import { systemClock, type Clock } from "../clock";
import { seedLibrary } from "../seed";
import { UNLIMITED_CREATION, type CreateLimits } from "../sessions/create-limit";

export interface Booted {
  app: App;
  db: Database;
  file: string;
  stop(): Promise<void>;
}

export function tempDatabaseFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-test-")), "hemicycle.db");
}

export async function boot(
  options: { file?: string; clock?: Clock; port?: number; createLimits?: CreateLimits; roomIdleMs?: number } = {},
): Promise<Booted> {
  const file = options.file ?? tempDatabaseFile();
  const db = await openDatabase(`file:${file}`);
  await seedLibrary(db);
  const app = await createApp({
    db,
    clock: options.clock ?? systemClock,
    port: options.port ?? 0,
    next: false,
    botThinkTimeMs: 0,
    createLimits: options.createLimits ?? UNLIMITED_CREATION,
    roomIdleMs: options.roomIdleMs,
  });
  return {
    app,
    db,
    file,
    async stop() {
      await app.close();
      await db.close();
    },
  };
}
