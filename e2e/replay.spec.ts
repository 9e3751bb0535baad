/** The debrief: a recorded session played back on the screen layout, jumping to any vote. */
import { expect, test } from "@playwright/test";
import { mustSend, scripted } from "./support/clients";
import { createSession } from "./support/api";

test("replay: jump to the vote's opening and to its result, then play to the end", async ({ page, baseURL }) => {
  const links = await createSession(baseURL, { organ: "security-council" });
  const [chair, ...dels] = await scripted(baseURL!, [links.chair.url, ...links.delegations.map((d) => d.url)]);
  try {
    await mustSend(chair!, { type: "attendance.record", entries: Object.fromEntries(links.delegations.map((d) => [d.member, "present"])) });
    await mustSend(chair!, { type: "meeting.open" });
    await mustSend(chair!, { type: "draft.introduce" });
    await mustSend(chair!, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    for (const [i, d] of dels.entries())
      await mustSend(d, { type: "vote.cast", choice: links.delegations[i]!.member === "USA" ? "no" : "yes" });
    await mustSend(chair!, { type: "vote.close" });
  } finally {
    for (const c of [chair!, ...dels]) c.close();
  }

  await page.goto(`/s/${links.id}/replay?key=${new URL(links.chair.url).searchParams.get("key")}`);
  await expect(page.getByTestId("replay-position")).toContainText("Événement 1 sur");
  const jump = page.getByTestId("replay-jump");
  await jump.selectOption({ label: (await jump.locator("option", { hasText: "Ouverture du vote" }).textContent())! });
  await expect(page.getByTestId("phase")).toHaveText("Vote en cours");
  // At the opening nobody has voted yet: for, against and abstentions all at zero.
  await expect(page.getByTestId("live-tally").locator("dd")).toHaveText(["0", "0", "0"]);
  await jump.selectOption({ label: (await jump.locator("option", { hasText: "Résultat du vote" }).textContent())! });
  await expect(page.getByTestId("outcome")).toContainText("États-Unis d'Amérique");
  await page.screenshot({ path: "test-results/screenshots/replay.png" });

  await page.getByTestId("replay-slider").fill("0");
  await page.getByRole("button", { name: "Lecture" }).click();
  await page.getByLabel("Vitesse").selectOption("30");
  await expect(page.getByTestId("outcome")).toBeVisible({ timeout: 20_000 });
});
