/**
 * The delegate's phone on a weak device: the production build (`npm start`'s own script) in
 * Chromium with the CPU slowed four times, opened on a delegation's link while a vote is open,
 * on two networks as DevTools (and Puppeteer's PredefinedNetworkConditions) define them: "Slow 3G"
 * (2 s of latency per request, 50 KB/s) and "Fast 3G" (562.5 ms, 180 KB/s down). The figure is the
 * time from navigation to the first vote button a student can press (enabled: the page has
 * hydrated, the socket has joined and the state says this delegation may vote), on a first visit
 * and on a second one (the browser's cache holds the immutable script chunks, as after a reload in
 * class), with where the time went: the document, the last script, the socket open, the join's
 * answer, the button.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Request, type Response, type WebSocket } from "@playwright/test";
import { createSession, join, joined, must } from "@/server/test-utils/session";
import { sleep } from "../measure";

/** Milliseconds from navigation: when each step of a visit ended. */
export interface VisitBreakdown {
  totalMs: number;
  /** The document's response has arrived. */
  htmlMs: number | null;
  /** The last script the page loaded has arrived (null: all from the cache). */
  scriptsMs: number | null;
  /** The socket's first frame from the server (Engine.IO's open packet). */
  socketOpenMs: number | null;
  /** The join's answer (the state). */
  joinedMs: number | null;
  /** The vote button is on the screen (rendered, perhaps not yet enabled). */
  buttonVisibleMs: number;
  /** Requests the page made, and the bytes it received. */
  requests: number;
  bytes: number;
}

export interface PhoneProfileResult {
  network: string;
  cold: VisitBreakdown;
  warm: VisitBreakdown;
}

export interface PhoneResult {
  /** Slow 3G (the profile); null: not run (the reason in `note`). */
  coldMs: number | null;
  warmMs: number | null;
  /** Every profile's visits, with their breakdown. */
  profiles: PhoneProfileResult[];
  note?: string;
  errors: string[];
}

const ROOT = path.resolve(import.meta.dirname, "../..");
/** DevTools' presets (Puppeteer's PredefinedNetworkConditions): latency per request, bytes per second. */
export const NETWORKS = {
  "Slow 3G": { offline: false, latency: 2_000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  "Fast 3G": { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
} as const;
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
  if (!existsSync(executablePath))
    return { coldMs: null, warmMs: null, profiles: [], note: `no Chromium at ${executablePath}`, errors: [] };
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

    const profiles: PhoneProfileResult[] = [];
    for (const [network, conditions] of Object.entries(NETWORKS)) {
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
      await cdp.send("Network.emulateNetworkConditions", conditions);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      const visit = async (): Promise<VisitBreakdown> => {
        let started = 0;
        const at = () => performance.now() - started;
        const steps: Omit<VisitBreakdown, "totalMs" | "buttonVisibleMs"> = {
          htmlMs: null,
          scriptsMs: null,
          socketOpenMs: null,
          joinedMs: null,
          requests: 0,
          bytes: 0,
        };
        const onResponse = (response: Response) => {
          steps.requests++;
          if (response.request().resourceType() === "document") steps.htmlMs ??= at();
        };
        const onFinished = (request: Request) => {
          if (request.resourceType() === "script" && !request.url().startsWith("data:")) steps.scriptsMs = at();
          void request
            .sizes()
            .then((sizes) => (steps.bytes += sizes.responseBodySize + sizes.responseHeadersSize))
            .catch(() => {});
        };
        const onSocket = (ws: WebSocket) =>
          ws.on("framereceived", ({ payload }) => {
            const text = String(payload);
            if (text.startsWith("0")) steps.socketOpenMs ??= at();
            if (text.startsWith("43") && text.includes('"snapshot"')) steps.joinedMs ??= at();
          });
        page.on("response", onResponse);
        page.on("requestfinished", onFinished);
        page.on("websocket", onSocket);
        started = performance.now();
        await page.goto(links.delegations[0]!.url, { waitUntil: "commit", timeout: 120_000 });
        await page
          .getByRole("button", { name: /^Pour\b/ })
          .first()
          .waitFor({ state: "visible", timeout: 120_000 });
        const buttonVisibleMs = at();
        await page.waitForFunction(
          () => [...document.querySelectorAll("button")].some((b) => /^Pour\b/.test(b.textContent?.trim() ?? "") && !b.disabled),
          undefined,
          { timeout: 120_000 },
        );
        const totalMs = at();
        page.off("response", onResponse);
        page.off("requestfinished", onFinished);
        page.off("websocket", onSocket);
        return { totalMs, buttonVisibleMs, ...steps };
      };
      const cold = await visit();
      const warm = await visit();
      profiles.push({ network, cold, warm });
      await context.close();
    }
    const slow = profiles.find((p) => p.network === "Slow 3G")!;
    return { coldMs: slow.cold.totalMs, warmMs: slow.warm.totalMs, profiles, errors };
  } catch (error) {
    errors.push(`phone: ${(error as Error).message}`);
    return { coldMs: null, warmMs: null, profiles: [], note: "failed", errors };
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
