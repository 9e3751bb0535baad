import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "components/**/*.test.ts", "bench/**/*.test.ts"],
    // The fault suite runs on its own (npm run test:faults, vitest.faults.config.ts).
    exclude: ["server/faults/**", "node_modules/**"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: [
        "lib/procedure/**/*.ts",
        "lib/resolution/**/*.ts",
        "lib/protocol/**/*.ts",
        "lib/session/**/*.ts",
        "lib/bots/**/*.ts",
        "server/**/*.ts",
      ],
      exclude: ["**/*.test.ts", "**/test-utils/**"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { "lib/procedure/**": { lines: 95 } },
    },
  },
});
