/**
 * The fault suite (`npm run test:faults`): crashes, storage failures and hostile input against the
 * real server. Slow on purpose (about 2–3 minutes), so it runs apart from `npm run test:unit`; the
 * files skip themselves unless HEMICYCLE_FAULTS is set, which this config does.
 */
import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["server/faults/**/*.test.ts"],
    environment: "node",
    env: { HEMICYCLE_FAULTS: "1" },
    // One file at a time: each one loads the machine on purpose (2 cores).
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
