/**
 * The delegate's phone on a weak device: the production build (`npm start`'s own script) in
 * Chromium with the CPU slowed four times and DevTools' "Slow 3G" network (2 s round trip,
 * 50 KB/s each way), opened on a delegation's link while a vote is open. The figure is the time
 * from navigation to the first vote button a student can press (enabled: the page has hydrated,
 * the socket has joined and the state says this delegation may vote), on a first visit and on a
 * second one (the browser's cache holds the immutable script chunks, as after a reload in class).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { createSession, join, joined, must } from "@/server/test-utils/session";
import { sleep } from "../measure";

export interface PhoneResult {
  /** null: not run (the reason in `note`). */
  coldMs: number | null;
  warmMs: number | null;
  note?: string;
  errors: string[];
}

const ROOT = path.resolve(import.meta.dirname, "../..");
/** DevTools' "Slow 3G" preset. */
const SLOW_3G = { offline: false, latency: 2_000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const CPU_SLOWDOWN = 4;

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs} ms`);
}

export async function phone(options: { port: number }): Promise<PhoneResult> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) return { coldMs: null, warmMs: null, note: `no Chromium at ${executablePath}`, errors: [] };
  const errors: string[] = [];
  const url = `http://127.0.0.1:${options.port}`;
  const file = path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-phone-")), "phone.db");
  // Builds first if the sources changed since the last build (as `npm start` does).
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(options.port), HOST: "127.0.0.1", DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    // Its own process group: start.mjs runs the server as a child of its own, stopped with it.
    detached: true,
  });
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  const clients = [];
  try {
    await waitForHealth(url, 300_000);
    const links = await createSession(url, { organ: "security-council" });
    const chair = join(url, links.id, links.chair.url);
    clients.push(chair);
    await joined([chair], 30_000);
    const members = links.delegations.map((d) => d.member);
    await must(chair, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
    await must(chair, { type: "meeting.open" });
    await must(chair, { type: "draft.introduce" });
    await must(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });

    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      locale: "fr-FR",
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const timeToVote = async (): Promise<number> => {
      const started = performance.now();
      await page.goto(links.delegations[0]!.url, { waitUntil: "commit", timeout: 120_000 });
      await page
        .getByRole("button", { name: /^Pour\b/ })
        .first()
        .waitFor({ state: "visible", timeout: 120_000 });
      await page.waitForFunction(
        () => [...document.querySelectorAll("button")].some((b) => /^Pour\b/.test(b.textContent?.trim() ?? "") && !b.disabled),
        undefined,
        { timeout: 120_000 },
      );
      return performance.now() - started;
    };
    const coldMs = await timeToVote();
    const warmMs = await timeToVote();
    await context.close();
    return { coldMs, warmMs, errors };
  } catch (error) {
    errors.push(`phone: ${(error as Error).message}`);
    return { coldMs: null, warmMs: null, note: "failed", errors };
  } finally {
    for (const c of clients) c.close();
    await browser.close();
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
}
