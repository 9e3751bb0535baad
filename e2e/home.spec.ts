import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";

test("the home page loads in French, switches to English, and shows the live connection", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();

  await home.expectLanguage("fr");
  await expect(home.heading()).toHaveText("Siégez au Conseil de sécurité, depuis la salle de classe");
  await expect(home.connectionStatus()).toHaveText("Connecté");
  await expect(page.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", "true");
  await page.screenshot({ path: "test-results/screenshots/home-fr.png", fullPage: true });

  await home.switchTo("English");

  await home.expectLanguage("en");
  await expect(home.heading()).toHaveText("Sit on the Security Council, from the classroom");
  await expect(home.connectionStatus()).toHaveText("Connected");
  await expect(page.getByText(/^\d+ ms$/)).toBeVisible();

  // The choice is remembered on the next visit.
  await home.goto();
  await home.expectLanguage("en");
  await page.screenshot({ path: "test-results/screenshots/home-en.png", fullPage: true });
});
