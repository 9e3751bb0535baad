import { expect, type Page } from "@playwright/test";

/** The projection screen: read-only. */
export class ScreenPage {
  constructor(readonly page: Page) {}

  outcome() {
    return this.page.getByTestId("outcome");
  }

  async expectPhase(text: string) {
    await expect(this.page.getByTestId("phase")).toHaveText(text);
  }

  seat(member: string) {
    return this.page.locator(`[data-board-member="${member}"]`);
  }
}
