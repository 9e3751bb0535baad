import { expect, type Page } from "@playwright/test";

/** The home page, as a user sees it. */
export class HomePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  connectionStatus() {
    return this.page.getByTestId("connection-status");
  }

  async switchTo(language: "Français" | "English") {
    await this.page.getByRole("button", { name: language }).click();
  }

  async expectLanguage(lang: "fr" | "en") {
    await expect(this.page.locator("html")).toHaveAttribute("lang", lang);
  }
}
