/**
 * Every surface in French and in English without a missing translation, and without serious
 * accessibility violations (axe-core, WCAG 2 A/AA).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { scripted, mustSend } from "./support/clients";
import { createSession } from "./support/api";
import type { SessionLinks } from "@/lib/protocol/http";

async function sessionWithAVote(baseURL: string): Promise<SessionLinks> {
  const links = await createSession(baseURL, { organ: "security-council" });
  const [chair, fra] = await scripted(baseURL, [links.chair.url, links.delegations.find((d) => d.member === "FRA")!.url]);
  await mustSend(chair!, { type: "attendance.record", entries: Object.fromEntries(links.delegations.map((d) => [d.member, "present"])) });
  await mustSend(chair!, { type: "meeting.open" });
  await mustSend(chair!, { type: "draft.introduce" });
  await mustSend(fra!, { type: "amendment.submit", op: { kind: "delete", targetId: "op3" } });
  await mustSend(chair!, { type: "speakers.add", member: "FRA" });
  await mustSend(chair!, { type: "speech.start", member: "FRA" });
  chair!.close();
  fra!.close();
  return links;
}

function surfaces(links: SessionLinks) {
  return [
    { name: "chair", url: links.chair.url },
    { name: "delegate", url: links.delegations.find((d) => d.member === "GBR")!.url },
    { name: "screen", url: links.screen.url },
    { name: "observer", url: links.observer.url },
    { name: "links", url: `/s/${links.id}/links?key=${new URL(links.chair.url).searchParams.get("key")}` },
    { name: "home", url: "/" },
    { name: "not found", url: "/s/no-such-page/anything" },
  ];
}

async function open(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /MISSING_MESSAGE|FORMATTING_ERROR|INVALID_KEY/.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(url);
  await expect(page.locator("main").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  return problems;
}

for (const locale of ["fr", "en"] as const) {
  test(`every surface renders in ${locale === "fr" ? "French" : "English"} with no missing translation`, async ({ browser, baseURL }) => {
    const links = await sessionWithAVote(baseURL!);
    const context = await browser.newContext();
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    for (const surface of surfaces(links)) {
      const page = await context.newPage();
      const problems = await open(page, surface.url);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const text = await page.locator("body").innerText();
      // A missing message shows its key path ("chair.vote.open"): none may reach the page.
      expect(
        text.match(
          /\b(?:chair|delegate|screen|session|voting|document|procedure|links|create|home|amendment|observer|projector)\.[a-zA-Z]+(?:\.[a-zA-Z-]+)*\b/g,
        ) ?? [],
        surface.name,
      ).toEqual([]);
      expect(problems, surface.name).toEqual([]);
      await page.close();
    }
  });
}

test("the three surfaces have no serious accessibility violations (axe-core, WCAG 2 AA)", async ({ browser, baseURL }) => {
  const links = await sessionWithAVote(baseURL!);
  const context = await browser.newContext();
  for (const surface of surfaces(links)) {
    const page = await context.newPage();
    await open(page, surface.url);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      serious.map(
        (v) =>
          `${surface.name}: ${v.id} — ${v.help} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(", ")})`,
      ),
    ).toEqual([]);
    await page.close();
  }
});

test("the delegate's library, loaded after the page, lists the reference documents and opens one", async ({ browser, baseURL }) => {
  const links = await createSession(baseURL!, { organ: "security-council" });
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto(links.delegations.find((d) => d.member === "FRA")!.url);
  const library = page.locator("section", { has: page.getByRole("heading", { name: "Bibliothèque" }) });
  const first = library.getByRole("listitem").first().getByRole("button");
  await expect(first).toBeVisible();
  await first.click();
  await expect(first).toHaveAttribute("aria-expanded", "true");
  await expect(library.getByRole("button", { name: "Fermer" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/phone-library.png", fullPage: false });
});

test("an address that leads nowhere says so in the reader's language, with the way home (404)", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" })).newPage();
  const response = await page.goto("/une-adresse-mal-copiee");
  expect(response?.status()).toBe(404);
  const heading = page.getByRole("heading", { level: 1, name: "Page introuvable" });
  await expect(heading).toBeInViewport();
  await expect(page).toHaveTitle(/^Page introuvable/);
  expect(await page.locator("body").innerText()).not.toMatch(/could not be found/);
  const home = page.getByRole("link", { name: "Retour à l'accueil" });
  await expect(home).toBeInViewport();
  await page.screenshot({ path: "test-results/screenshots/phone-not-found.png" });
  await home.click();
  await expect(page).toHaveURL(/\/$/);
});
