import { expect, type Dialog, type Page } from "@playwright/test";

/** The chair's console, as the presiding officer uses it. */
export class ChairConsole {
  constructor(readonly page: Page) {}

  button(name: string | RegExp) {
    return this.page.getByRole("button", typeof name === "string" ? { name, exact: true } : { name });
  }

  async rollCallAllPresent() {
    await this.button("Toutes présentes").click();
    await this.button(/^Enregistrer \(\d+ changements\)/).click();
    await expect(this.page.getByTestId("attendance").first()).toContainText("15 présentes sur 15");
  }

  async openMeeting() {
    await this.button("Ouvrir la séance").click();
    await expect(this.page.getByTestId("phase")).not.toHaveText("Appel");
  }

  async introduceDraft() {
    await this.button("Présenter le projet de résolution").click();
  }

  async allowFriendlyAmendments() {
    await this.button("Autoriser les amendements amicaux").click();
    await expect(this.button("Interdire les amendements amicaux")).toBeVisible();
  }

  async chooseMethod(label: string) {
    await this.page.getByTestId("vote-method").selectOption({ label });
  }

  async openVoteOn(subject: string | RegExp) {
    await this.page
      .getByRole("button", { name: typeof subject === "string" ? `Mettre aux voix ${subject}` : subject })
      .first()
      .click();
    await expect(this.page.getByRole("heading", { name: /Vote en cours sur/ })).toBeVisible();
  }

  async expectTally(text: RegExp) {
    await expect(this.page.getByTestId("chair-tally")).toHaveText(text);
  }

  /** Closes the vote; if members have not voted, the console asks first: returns that question (accepted), or null. */
  async closeVote(how: "click" | "key" = "click"): Promise<string | null> {
    let asked: string | null = null;
    const accept = (dialog: Dialog) => {
      asked = dialog.message();
      void dialog.accept();
    };
    this.page.on("dialog", accept);
    if (how === "key") await this.page.keyboard.press("c");
    else
      await this.button(/Clore le vote/)
        .first()
        .click();
    await expect(this.page.getByRole("heading", { name: /Vote en cours sur/ })).toHaveCount(0);
    this.page.off("dialog", accept);
    return asked;
  }
}
