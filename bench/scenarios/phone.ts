/**
 * The delegate's phone on a weak device: the production build (`npm start`'s own script) in
 * Chromium with the CPU slowed four times, opened on a delegation's link while a vote is open,
 * on two networks as DevTools (and Puppeteer's PredefinedNetworkConditions) define them: "Slow 3G"
 * (2 s of latency per request, 50 KB/s) and "Fast 3G" (562.5 ms, 180 KB/s down). The figure is the
 * time from navigation to the first vote button a student can press: enabled on the screen, which
 * the server-rendered ballot form is from the first HTML (it posts the ballot over HTTP before the
 * scripts have run; after they have, the same button sends it over the socket). On a first visit
 * and on a second one (the browser's cache holds the immutable script chunks, as after a reload in
 * class), with where the time went: the document, the last script, the socket open, the join's
 * answer, the button. The button is then tapped at once — before the page has hydrated, on the
 * first visit at least — and the ballot must reach the log (the chair's copy of it) and come back
 * on the phone's page: a tap the page loses fails the scenario.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Request, type Response, type WebSocket } from "@playwright/test";
import { createSession, join, joined, must } from "@/server/test-utils/session";
import { sleep } from "../measure";

const ms = (n: number) => `${Math.round(n)} ms`;

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
  /** The tap made as soon as the button was pressable. */
  tap: TapCheck;
}

/** A tap made the moment the button could be pressed: did the ballot count? */
export interface TapCheck {
  /** The choice tapped (each visit taps another, so each must change the log). */
  choice: "yes" | "no";
  /** The page had not hydrated yet when it was tapped (its ballot went by the form, over HTTP). */
  beforeHydration: boolean;
  /** Milliseconds from navigation until the chair's copy of the log held the ballot (null: never, within the time-out). */
  countedMs: number | null;
  /** …until the phone's page said it was recorded. */
  shownMs: number | null;
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
      const member = links.delegations[0]!.member;
      const visit = async (choice: "yes" | "no"): Promise<VisitBreakdown> => {
        let started = 0;
        const at = () => performance.now() - started;
        const steps: Omit<VisitBreakdown, "totalMs" | "buttonVisibleMs" | "tap"> = {
          htmlMs: null,
          scriptsMs: null,
          socketOpenMs: null,
          joinedMs: null,
          requests: 0,
          bytes: 0,
        };
        // Each finished request's size, read asynchronously: all in before the visit's figures are.
        const sizes: Promise<unknown>[] = [];
        const onResponse = (response: Response) => {
          if (process.env.BENCH_PHONE_TRACE)
            process.stderr.write(
              `[phone ${network} ${choice}] ${ms(at())} ${response.status()} ${response.request().resourceType()} ${response.url().slice(0, 100)}\n`,
            );
          steps.requests++;
          if (response.request().resourceType() === "document") steps.htmlMs ??= at();
        };
        const onFinished = (request: Request) => {
          if (request.resourceType() === "script" && !request.url().startsWith("data:")) steps.scriptsMs = at();
          sizes.push(
            request
              .sizes()
              .then((size) => (steps.bytes += size.responseBodySize + size.responseHeadersSize))
              .catch(() => {}),
          );
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
        const label = choice === "yes" ? /^Pour\b/ : /^Contre\b/;
        const button = page.getByTestId("vote-panel").getByRole("button", { name: label }).first();
        await button.waitFor({ state: "visible", timeout: 120_000 });
        const buttonVisibleMs = at();
        // Pressable means seen: enabled, and painted with the page's styles (a stylesheet still on its
        // way blocks the first paint — the button is in the DOM, on a white screen).
        await page.waitForFunction(
          (source) =>
            [...document.querySelectorAll("button")].some((b) => new RegExp(source).test(b.textContent?.trim() ?? "") && !b.disabled) &&
            [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet !== null) &&
            performance.getEntriesByName("first-contentful-paint").length > 0,
          label.source,
          { timeout: 120_000 },
        );
        const totalMs = at();
        page.off("response", onResponse);
        page.off("requestfinished", onFinished);
        page.off("websocket", onSocket);
        await Promise.all(sizes);
        // Tapped at once. Until it hydrates, the page's other controls sit in a disabled fieldset (AfterScripts).
        const beforeHydration = await page.evaluate(() => document.querySelector("fieldset[disabled]") !== null);
        await button.tap({ timeout: 30_000 });
        const counted = chair
          .waitFor(() => chair.state?.procedure.vote?.ballots[member]?.choice === choice, 120_000)
          .then(() => at())
          .catch(() => null);
        const recorded = choice === "yes" ? "Pour" : "Contre";
        const shown = page
          .getByTestId("my-ballot")
          .filter({ hasText: `Votre vote est enregistré : ${recorded}` })
          .waitFor({ timeout: 120_000 })
          .then(() => at())
          .catch(() => null);
        const tap = { choice, beforeHydration, countedMs: await counted, shownMs: await shown };
        // The page finishes loading before the next visit (as before a reload in class): on Slow 3G its
        // last chunks were still arriving, and shared the network with the next visit's document.
        await page.waitForLoadState("networkidle", { timeout: 60_000 }).catch(() => {});
        if (tap.countedMs === null)
          errors.push(`phone (${network}): a tap on « ${recorded} » at ${ms(totalMs)} was not counted in the log`);
        if (tap.shownMs === null) errors.push(`phone (${network}): the page never said the ballot « ${recorded} » was recorded`);
        return { totalMs, buttonVisibleMs, ...steps, tap };
      };
      // Each visit changes the ballot, so each tap must show in the log.
      const cold = await visit("yes");
      const warm = await visit("no");
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
