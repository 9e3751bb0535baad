import { expect, type Page } from "@playwright/test";

/** A delegation's device. */
export class DelegatePage {
  constructor(readonly page: Page) {}

  async expectJoinedAs(name: string) {
    await expect(this.page.getByTestId("delegation-name")).toHaveText(name);
  }

  async proposeReplacement(paragraph: string, text: string) {
    await this.page.getByRole("button", { name: `Amender le paragraphe ${paragraph}` }).click();
    const textbox = this.page.getByRole("textbox", { name: "Nouveau texte" });
    await textbox.fill(text);
    await expect(this.page.locator("ins").first()).toBeVisible();
    await this.page.getByRole("button", { name: "Déposer l'amendement" }).click();
  }

  amendment(id: string) {
    return this.page.locator(`[data-amendment="${id}"]`).first();
  }

  async cosponsor(id: string) {
    await this.amendment(id).getByRole("button", { name: "Devenir coauteur" }).click();
    await expect(this.amendment(id)).toContainText(/Auteurs :/);
  }

  async acceptAsFriendly(id: string) {
    await this.amendment(id).getByRole("button", { name: "Accepter (amical)" }).click();
  }

  async vote(choice: "Pour" | "Contre" | "Abstention") {
    const panel = this.page.getByTestId("vote-panel");
    await panel.getByRole("button", { name: choice, exact: true }).click();
    await expect(this.page.getByTestId("my-ballot")).toContainText(`Votre vote est enregistré : ${choice}`);
  }
}
