/**
 * The security headers with a real browser: every page still hydrates and connects under the CSP
 * (no "Refused to …" in the console), and the chair's access controls work on the links page.
 */
import { expect, test, type Page } from "@playwright/test";
import { createSession } from "./support/api";

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

test("pages hydrate under the CSP; the links page renews the join code and switches it off", async ({ browser, baseURL }) => {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const problems = watch(page);
  const home = await page.goto("/");
  const headers = home!.headers();
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");

  // Creating needs the form's script: hydration happened.
  await page.getByRole("button", { name: "Créer la séance" }).click();
  await expect(page).toHaveURL(/\/s\/[^/]+\/links\?key=/);
  const access = page.getByRole("region", { name: "Accès à la séance" });
  await expect(access).toBeVisible();
  await expect(access).toContainText("Actif");
  await expect(access.getByTestId("seat-claims")).toContainText("France — libre");
  await access.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/security-links-access-1440.png" });

  page.once("dialog", (d) => void d.accept());
  await access.getByRole("button", { name: "Nouveau code" }).click();
  await expect(access).toContainText("Actif");
  await access.getByRole("button", { name: "Désactiver le code" }).click();
  await expect(access).toContainText("Désactivé");
  await expect(access.getByRole("button", { name: "Activer un code" })).toBeVisible();

  // A delegation's page and the chair's console connect over Socket.IO under the same policy.
  const links = await createSession(baseURL, { organ: "security-council" });
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  problems.push(...watch(phone));
  await phone.goto(links.delegations.find((d) => d.member === "FRA")!.url);
  await expect(phone.getByTestId("delegation-name")).toHaveText("France");
  await page.goto(links.chair.url);
  await expect(page.locator("main").first()).toBeVisible();
  await expect(page.getByText("Présidence").first()).toBeVisible();
  expect(problems).toEqual([]);
});
