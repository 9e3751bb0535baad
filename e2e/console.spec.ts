/**
 * The chair's console with the keyboard alone (1440×900): the roll call, opening, the draft,
 * a speech (N, T), a vote (V) closed with C — which, with members yet to vote, asks first and
 * names them. Delegations are the typed client.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { mustSend, scripted, voteWhenOpen } from "./support/clients";
import { createSession } from "./support/api";

/** Presses Tab until the focused element is the button (or control) with this name: keyboard only. */
async function tabTo(page: Page, name: string | RegExp, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute("aria-label") ?? el.innerText ?? "").trim() : "";
    });
    if (typeof name === "string" ? label === name || label.startsWith(`${name}\n`) : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

test("the console's main loop with the keyboard alone", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const links = await createSession(baseURL, { organ: "security-council" });
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" })).newPage();
  await page.goto(links.chair.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connecté");
  const clients = await scripted(
    baseURL!,
    links.delegations.map((d) => d.url),
  );
  try {
    await tabTo(page, "Toutes présentes");
    await page.keyboard.press("Enter");
    await tabTo(page, /^Enregistrer \(15 changements\)/);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("attendance").first()).toContainText("15 présentes sur 15");
    await tabTo(page, "Ouvrir la séance");
    await page.keyboard.press("Enter");
    await tabTo(page, "Présenter le projet de résolution");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Présenter le projet de résolution" })).toHaveCount(0);

    // A speech: N gives the floor to the first on the list, T pauses and resumes the clock.
    const fra = clients.find((c) => c.member === "FRA")!;
    await mustSend(fra, { type: "speakers.add" });
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("n");
    await expect(page.getByTestId("speaker-timer")).toBeVisible();
    await page.keyboard.press("t");
    await expect(page.getByRole("button", { name: /^Reprendre/ }).first()).toBeVisible();
    await page.keyboard.press("t");
    await tabTo(page, "Fin de l'intervention");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("speaker-timer")).toHaveCount(0);

    // V opens the vote on the draft; ten vote; C asks before closing, naming the five others.
    await page.keyboard.press("v");
    await expect(page.getByRole("heading", { name: /Vote en cours sur/ })).toBeVisible();
    await Promise.all(clients.slice(0, 10).map((c) => voteWhenOpen(c, "yes")));
    await expect(page.getByTestId("chair-tally")).toHaveText(/^10 votes sur 15/);
    const missing = links.delegations.slice(10).map((d) => d.member);
    let question = "";
    page.once("dialog", (d) => {
      question = d.message();
      void d.dismiss();
    });
    await page.keyboard.press("c");
    await expect.poll(() => question).toContain("5 délégations sur 15 n'ont pas encore voté");
    // Dismissed: the vote stays open.
    await expect(page.getByRole("heading", { name: /Vote en cours sur/ })).toBeVisible();
    expect(missing.length).toBe(5);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    page.once("dialog", (d) => void d.accept());
    await page.keyboard.press("c");
    await expect(page.getByTestId("outcome")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/console-keyboard.png" });
  } finally {
    for (const c of clients) c.close();
  }
});
