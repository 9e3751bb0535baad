/**
 * The delegate's phone at 390×844: in each phase the action that matters is visible without
 * scrolling (its position is recorded in test-results/phone-positions.json for the closing note),
 * tap targets are at least 44 px, nothing scrolls sideways at 360 px, and tapping operative
 * clause 5 brings the composer's text box into view. The chair here is the typed client: this
 * spec is about the phone's layout; model-un.spec.ts runs a whole session from the pages alone.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { mustSend, scripted } from "./support/clients";
import { createSession } from "./support/api";

const PHONE = { width: 390, height: 844 };

/** The element is inside the viewport without any scrolling; returns its top (px). */
async function visibleWithoutScrolling(page: Page, target: Locator): Promise<number> {
  await expect(target).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = (await target.boundingBox())!;
  const bar = page.getByTestId("action-bar");
  const barTop = await bar.evaluate((el) => el.getBoundingClientRect().top);
  expect(box.y).toBeGreaterThanOrEqual(0);
  // Above the sticky bar, not hidden under it (or in the bar itself).
  const inBar = await target.evaluate((el) => el.closest('[data-testid="action-bar"]') !== null);
  expect(box.y + box.height).toBeLessThanOrEqual(inBar ? PHONE.height : barTop);
  return Math.round(box.y);
}

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Every visible button, link, select and input of the page is at least 44×44 px (checkboxes and radios: their label). */
async function tapTargetsTooSmall(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("main button, main a, main select, main input, main textarea, main summary")) {
      const target = el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") ? (el.closest("label") ?? el) : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(target).visibility === "hidden") continue;
      if (r.height < 44 || r.width < 44)
        small.push(
          `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return small;
  });
}

test("the phone in every phase: the action at the top, within reach, without scrolling", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const links = await createSession(baseURL, { organ: "model-un" });
  const url = (m: string) => links.delegations.find((d) => d.member === m)!.url;
  const [chair, usa, chn] = await scripted(baseURL!, [links.chair.url, url("USA"), url("CHN")]);
  const context = await browser.newContext({ viewport: PHONE, locale: "fr-FR", hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const positions: Record<string, number> = {};
  const shot = (name: string) => page.screenshot({ path: `test-results/screenshots/phone-${name}.png` });
  try {
    await page.goto(url("FRA"));
    await expect(page.getByTestId("delegation-name")).toHaveText("France");

    // Roll call: the delegation answers for itself.
    positions["roll call: Présente"] = await visibleWithoutScrolling(page, page.getByRole("button", { name: "Présente", exact: true }));
    await shot("roll-call");
    await axe(page);
    expect(await tapTargetsTooSmall(page)).toEqual([]);
    await page.getByRole("button", { name: "Présente", exact: true }).click();
    await expect(page.getByTestId("roll-call-answer")).toHaveCount(0);

    // The draft awaiting signatures.
    await mustSend(chair!, {
      type: "attendance.record",
      entries: Object.fromEntries(chair!.state!.procedure.members.map((m) => [m, "present"])),
    });
    await mustSend(chair!, { type: "meeting.open" });
    positions["signatures: Signer le projet"] = await visibleWithoutScrolling(page, page.getByRole("button", { name: "Signer le projet" }));
    await shot("signatures");
    await axe(page);
    await page.getByRole("button", { name: "Signer le projet" }).click();
    await expect(page.getByText("Votre délégation a signé le projet.")).toBeVisible();
    await mustSend(usa!, { type: "draft.sign" });
    await mustSend(chair!, { type: "draft.introduce" });

    // Debate: the speakers' list from the bar, its badge showing the place.
    await page.evaluate(() => window.scrollTo(0, 0));
    positions["debate: Parole (action bar)"] = await visibleWithoutScrolling(page, page.getByRole("button", { name: "Parole" }));
    await page.getByRole("button", { name: "Parole" }).click();
    await page.getByRole("button", { name: "S'inscrire sur la liste des orateurs" }).click();
    await expect(page.getByTestId("action-bar")).toContainText("n° 1");
    await shot("debate");
    await page.getByRole("button", { name: "Fermer" }).click();

    // The speech: « Vous avez la parole » with the clock and the yields.
    await mustSend(chair!, { type: "speech.start" });
    await expect(page.getByText("Vous avez la parole")).toBeVisible();
    await expect(page.getByTestId("my-speech-clock")).toHaveText(/^1:(30|29|28)$/);
    positions["speech: Céder — À la présidence"] = await visibleWithoutScrolling(
      page,
      page.getByRole("button", { name: "À la présidence" }),
    );
    await shot("speech");
    await axe(page);
    await page.getByRole("button", { name: "À la présidence" }).click();
    await expect(page.getByTestId("speech-card")).toHaveCount(0);

    // A motion moved by another delegation, awaiting a second.
    await mustSend(usa!, {
      type: "motion.propose",
      motion: { kind: "moderated-caucus", totalSeconds: 600, speakerSeconds: 60, topic: "Contrôle humain" },
    });
    positions["motion awaiting a second: Appuyer"] = await visibleWithoutScrolling(page, page.getByRole("button", { name: "Appuyer" }));
    await shot("motion");
    await axe(page);
    expect(await tapTargetsTooSmall(page)).toEqual([]);
    await page.getByRole("button", { name: "Appuyer" }).click();
    await expect(page.getByTestId("motion-card")).toContainText("En attente de la décision de la présidence");

    // The vote: the subject and the big buttons.
    const motionId = chair!.state!.procedure.motions.at(-1)!.id;
    await mustSend(chair!, { type: "vote.open", subject: { kind: "motion", motionId }, method: "recorded" });
    positions["vote: Pour"] = await visibleWithoutScrolling(
      page,
      page.getByTestId("vote-panel").getByRole("button", { name: "Pour", exact: true }),
    );
    await shot("vote");
    await axe(page);
    await page.getByTestId("vote-panel").getByRole("button", { name: "Pour", exact: true }).click();
    await expect(page.getByTestId("my-ballot")).toContainText("Pour");
    await mustSend(chair!, { type: "vote.cancel" });

    // The motion form opens on a motion in order under the preset, with only its fields.
    await page.getByRole("button", { name: "Motion" }).click();
    const form = page.getByTestId("motion-form");
    await expect(form.getByRole("button", { name: "Présenter la motion" })).toBeEnabled();
    await form.getByLabel("Motion").selectOption({ label: "Caucus modéré" });
    await expect(form.getByLabel("Sujet")).toBeVisible();
    await form.getByLabel("Motion").selectOption({ label: "Ajournement de la séance" });
    await expect(form.getByLabel("Sujet")).toHaveCount(0);
    await shot("motion-form");
    await page.getByRole("button", { name: "Fermer" }).click();

    // Amending in place: tapping operative clause 5 puts the composer's text box in the viewport.
    await page.getByRole("button", { name: "Amender le paragraphe 5" }).click();
    const box = page.getByRole("textbox", { name: "Nouveau texte" });
    await expect(box).toBeInViewport();
    await expect(box).toBeFocused();
    await box.fill("Recommande aux États Membres de garantir un contrôle humain constant ;");
    await expect(page.getByTestId("composer").locator("ins").first()).toBeVisible();
    await shot("composer");
    await axe(page);
    expect(await tapTargetsTooSmall(page)).toEqual([]);

    // No horizontal scroll at 360 px.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    void chn;
  } finally {
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/phone-positions.json", JSON.stringify(positions, null, 2));
    for (const c of [chair, usa, chn]) c?.close();
    await context.close();
  }
});
