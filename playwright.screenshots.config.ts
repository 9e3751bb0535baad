/**
 * `npm run screenshots`: regenerates docs/screenshots/ from a real session (not part of `npm test`).
 * Same server and browser as the e2e tests (playwright.config.ts); a server already listening on
 * E2E_PORT is reused.
 */
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

export default defineConfig({
  ...base,
  testDir: "scripts/screenshots",
  retries: 0,
  timeout: 180_000,
  webServer: base.webServer && !Array.isArray(base.webServer) ? { ...base.webServer, reuseExistingServer: true } : base.webServer,
});
