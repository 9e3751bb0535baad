/**
 * A General Assembly session on the First Committee draft: an important question (two thirds of
 * the members present and voting, Art. 18(2)), where abstentions do not count as voting (rule 86).
 */
import { expect, test } from "@playwright/test";
import { ChairConsole } from "./pages/chair-console";
import { ScreenPage } from "./pages/screen-page";
import { scripted, voteWhenOpen } from "./support/clients";
import { createSession } from "./support/api";

test("General Assembly: 93 yes, 24 no, 58 abstentions on an important question → adopted (93 ≥ 2 × 24)", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const links = await createSession(baseURL, { organ: "general-assembly" });
  expect(links.delegations).toHaveLength(193);

  const chairPage = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await chairPage.goto(links.chair.url);
  const chair = new ChairConsole(chairPage);
  const screen = new ScreenPage(await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage());
  await screen.page.goto(links.screen.url);

  const voters = links.delegations.slice(0, 175);
  const clients = await scripted(
    baseURL!,
    voters.map((d) => d.url),
  );
  try {
    await chairPage.getByRole("button", { name: "Toutes présentes", exact: true }).click();
    await chairPage.getByRole("button", { name: /^Enregistrer \(193 changements\)/ }).click();
    await expect(chairPage.getByTestId("attendance").first()).toContainText("193 présentes sur 193");
    await chair.openMeeting();
    await chair.introduceDraft();

    await chair.chooseMethod("Vote enregistré");
    await chairPage.getByTestId("question-kind").selectOption({ label: "Question importante" });
    await chair.openVoteOn("le projet de résolution");
    await Promise.all(clients.map((c, i) => voteWhenOpen(c, i < 93 ? "yes" : i < 117 ? "no" : "abstain")));
    await chair.expectTally(/^175 votes sur 193 — pour 93, contre 24, abstentions 58/);
    await expect(screen.page.locator('[data-board-member][data-choice="abstain"]')).toHaveCount(58);
    await screen.page.screenshot({ path: "test-results/screenshots/screen-assembly-vote.png" });
    await chair.closeVote();

    await expect(screen.outcome()).toHaveText("Le projet de résolution est adopté.");
    await expect(screen.page.getByText("Pour : 93 · Contre : 24 · Abstentions : 58")).toBeVisible();
    // Two thirds of the 117 present and voting: the 58 abstentions count for nothing.
    await expect(screen.page.getByText("78 voix pour requises\u202f; 117 membres ont voté pour ou contre")).toBeVisible();
  } finally {
    for (const c of clients) c.close();
  }
});
