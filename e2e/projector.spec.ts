/**
 * The projector follows the floor, read as a person at the back of the room would: the words at
 * stake in the viewport (the element at the centre of their box is theirs), at a size measured
 * in the browser, on the real server.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ChairDriver, NEW_WORDS, openScreen, seen } from "./support/projector-session";

const SIZES = [
  { viewport: { width: 1920, height: 1080 }, minText: 32 },
  { viewport: { width: 1024, height: 768 }, minText: 24 },
] as const;

async function screenAt(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  return (await browser.newContext({ viewport, locale: "fr-FR" })).newPage();
}

/** The amendment's new words: the inserted phrase that holds them. */
async function expectNewWordsSeen(page: Page, minText: number, moment: string) {
  await expect(page.locator("ins", { hasText: NEW_WORDS }), moment).toBeVisible();
  await page.waitForTimeout(300); // the text fits itself to its box after the render
  const words = await seen(page, "ins", NEW_WORDS);
  expect(words.visible, `${moment}: new words at the centre of their box`).toBe(true);
  expect(words.fontSize, `${moment}: font size`).toBeGreaterThanOrEqual(minText);
  return words.fontSize;
}

test("Security Council, UK draft: an amendment to operative clause 3 under discussion, voted, closed — at 1920×1080 and 1024×768", async ({
  browser,
  baseURL,
}) => {
  const chair = await ChairDriver.create(baseURL!, "security-council");
  const screens = await Promise.all(SIZES.map((s) => screenAt(browser, s.viewport)));
  try {
    await chair.openAndIntroduce();
    for (const page of screens) await openScreen(page, chair.links);
    const id = await chair.amendOp3("FRA");
    const sizes: Record<string, number> = {};
    for (const [i, page] of screens.entries()) {
      await expect(page.getByText(`En discussion : amendement ${id} (France)`)).toBeVisible();
      sizes[`discussion@${SIZES[i]!.viewport.width}`] = await expectNewWordsSeen(page, SIZES[i]!.minText, "under discussion");
    }

    await chair.send({ type: "vote.open", subject: { kind: "amendment", amendmentId: id }, method: "recorded" });
    const members = chair.state.members;
    const first = members.filter((m) => m !== "RUS").slice(0, 8);
    await chair.cast(Object.fromEntries(first.map((m) => [m, "yes"] as const)));
    for (const [i, page] of screens.entries()) {
      await expect(page.getByTestId("live-tally")).toContainText("8");
      sizes[`vote@${SIZES[i]!.viewport.width}`] = await expectNewWordsSeen(page, SIZES[i]!.minText, "during the vote");
    }
    const majority = await seen(screens[0]!, "[data-testid=majority]");
    expect(majority.visible).toBe(true);
    expect(majority.fontSize).toBeGreaterThanOrEqual(28);
    await expect(screens[0]!.getByTestId("majority")).toContainText(
      "Majorité requise : 9 voix pour dont aucune opposition d'un membre permanent",
    );

    // Nine or more in favour: only the permanent member's negative vote defeats it.
    await chair.cast(Object.fromEntries(members.filter((m) => !first.includes(m)).map((m) => [m, m === "RUS" ? "no" : "yes"] as const)));
    await chair.send({ type: "vote.close" });
    for (const [i, page] of screens.entries()) {
      await expect(page.getByTestId("outcome")).toHaveText(
        `L'amendement ${id} n'est pas adopté en raison du vote négatif d'un membre permanent : Fédération de Russie.`,
      );
      sizes[`closed@${SIZES[i]!.viewport.width}`] = await expectNewWordsSeen(page, SIZES[i]!.minText, "after the close");
    }
    // After the close, the board by name stays: every member seen, with its light, at ≥ 40 px on the projector.
    const board = screens[0]!;
    await expect(board.locator("[data-board-member]")).toHaveCount(15);
    await expect(board.locator('[data-board-member="RUS"]')).toHaveAttribute("data-choice", "no");
    const names = await board.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("[data-board-member] > span:last-child")].map((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + Math.min(r.width, 40) / 2, r.y + r.height / 2);
        return {
          name: el.textContent,
          seen: !!hit && el.contains(hit) && r.bottom <= innerHeight && r.right <= innerWidth,
          size: parseFloat(getComputedStyle(el).fontSize),
        };
      }),
    );
    expect(names.filter((n) => !n.seen)).toEqual([]);
    expect(Math.min(...names.map((n) => n.size))).toBeGreaterThanOrEqual(40);
    console.log("measured font sizes (px):", JSON.stringify({ ...sizes, boardNames: names[0]!.size, majority: majority.fontSize }));

    const axe = await new AxeBuilder({ page: board }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);

    // The next business clears the decision: a motion awaiting the chair, then the suspension's countdown.
    await chair.send({ type: "motion.propose", motion: { kind: "suspend", minutes: 5 }, member: "PAN" });
    await expect(board.getByTestId("floor-item")).toHaveText("Motion de suspension de la séance (5 min) — Panama");
    await expect(board.getByTestId("outcome")).toHaveCount(0);
  } finally {
    chair.close();
  }
});

test("the speech clock tells the truth: overtime in red with +0:0x, « En pause » when paused", async ({ browser, baseURL }) => {
  const chair = await ChairDriver.create(baseURL!, "security-council");
  const screen = await screenAt(browser, SIZES[0].viewport);
  try {
    await chair.openAndIntroduce();
    await openScreen(screen, chair.links);
    for (const m of ["FRA", "USA", "CHN", "RUS"]) await chair.send({ type: "speakers.add", member: m });
    await chair.send({ type: "speakers.set_time", seconds: 1 });
    await chair.send({ type: "speech.start" });
    await expect(screen.getByTestId("current-speaker")).toHaveText("France");
    await expect(screen.getByTestId("next-speakers")).toContainText("États-Unis d'Amérique");
    await expect(screen.getByTestId("next-speakers").locator("li")).toHaveCount(3);
    const clock = screen.getByTestId("speech-clock");
    await expect(clock).toHaveAttribute("data-clock-state", "overtime", { timeout: 5_000 });
    await expect(clock).toContainText(/\+0:0\d/);
    await expect(clock.locator("p").first()).toHaveClass(/text-red-700/);
    await chair.send({ type: "speech.pause" });
    await expect(screen.getByTestId("clock-paused")).toHaveText(/En pause/);
  } finally {
    chair.close();
  }
});

test("General Assembly: the board shows all 193 names, none overflowing, at ≥ 18 px", async ({ browser, baseURL }) => {
  const chair = await ChairDriver.create(baseURL!, "general-assembly");
  const screen = await screenAt(browser, SIZES[0].viewport);
  try {
    await chair.openAndIntroduce();
    await openScreen(screen, chair.links);
    await chair.send({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    await chair.cast(
      Object.fromEntries(chair.state.members.slice(0, 12).map((m, i) => [m, (["yes", "no", "abstain"] as const)[i % 3]!] as const)),
    );
    await expect(screen.locator("[data-board-member]")).toHaveCount(193);
    await expect(screen.locator('[data-board-member][data-choice="no"]')).toHaveCount(4);
    await screen.waitForTimeout(300);
    const report = await screen.evaluate(() => {
      const list = document.querySelector<HTMLElement>("[data-testid=vote-board]")!;
      const box = list.parentElement!;
      const names = [...list.querySelectorAll<HTMLElement>("[data-board-member] > span:last-child")];
      const hidden = names.filter((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + Math.min(r.width, 30) / 2, r.y + r.height / 2);
        return !(hit && el.contains(hit)) || r.bottom > innerHeight || r.right > innerWidth || el.scrollWidth > el.clientWidth + 1;
      });
      return {
        hidden: hidden.map((el) => el.textContent),
        overflow: list.scrollWidth > box.clientWidth + 1 || list.scrollHeight > box.clientHeight + 1,
        size: parseFloat(getComputedStyle(names[0]!).fontSize),
      };
    });
    expect(report.hidden).toEqual([]);
    expect(report.overflow).toBe(false);
    expect(report.size).toBeGreaterThanOrEqual(18);
    console.log("General Assembly board names (px):", report.size);
  } finally {
    chair.close();
  }
});

test("the chair projects a clause from the console (« Projeter »), then gives the screen back (« Suivre la séance »)", async ({
  browser,
  baseURL,
}) => {
  const chair = await ChairDriver.create(baseURL!, "security-council");
  const screen = await screenAt(browser, SIZES[0].viewport);
  const consolePage = await screenAt(browser, { width: 1440, height: 900 });
  try {
    await chair.openAndIntroduce();
    await openScreen(screen, chair.links);
    await consolePage.goto(chair.links.chair.url);
    const controls = consolePage.getByTestId("projection-controls");
    await expect(controls.getByTestId("projection-state")).toHaveText("L'écran suit la séance.");
    await expect(controls.getByRole("button", { name: "Suivre la séance" })).toBeDisabled();
    await controls.getByTestId("projection-pick").selectOption({ label: "le paragraphe 5" });
    await controls.getByRole("button", { name: "Projeter" }).click();
    await expect(screen.locator("main")).toHaveAttribute("data-focus-kind", "projected");
    await expect(screen.getByTestId("focused-clause")).toHaveAttribute("data-clause", "op5");
    await expect(screen.getByText("Paragraphe 5 du dispositif")).toBeVisible();
    await expect(controls.getByTestId("projection-state")).toHaveText("L'écran montre : le paragraphe 5");
    await controls.getByRole("button", { name: "Suivre la séance" }).click();
    await expect(screen.locator("main")).toHaveAttribute("data-focus-kind", "draft");
    // A vote takes the screen back by itself, and the controls say why they wait.
    await chair.send({ type: "projection.set", target: { kind: "draft" } });
    await chair.send({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    await expect(screen.locator("main")).toHaveAttribute("data-focus-kind", "vote");
    await expect(controls).toContainText("Pendant un vote, l'écran montre le vote.");
  } finally {
    chair.close();
  }
});
