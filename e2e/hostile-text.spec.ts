/**
 * Text typed by participants — the session's title, an amendment's text, a caucus topic — is shown
 * as text on every surface: markup in it stays inert. Each payload tries a different way in
 * (an inline script, an event handler on an image and on an SVG, a javascript: link); if any of
 * them ran, it would set a flag on the window or open a dialog.
 */
import { expect, test, type Page } from "@playwright/test";
import { mustSend, scripted } from "./support/clients";
import { createSession } from "./support/api";

const TITLE = `Séance <img src=x onerror="window.__injected='title'"><script>window.__injected='title-script'</script>`;
const AMENDMENT = `Décide <script>window.__injected='amendment'</script><svg onload="window.__injected='svg'"></svg> [lien](javascript:window.__injected='link') fin`;
const TOPIC = `<img src=y onerror="window.__injected='topic'">Sujet`;

async function watch(page: Page): Promise<string[]> {
  const alarms: string[] = [];
  page.on("dialog", (dialog) => {
    alarms.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => alarms.push(`page error: ${error.message}`));
  return alarms;
}

/** The amended text is shown as tracked changes, split into words: find the inserted script tag. */
function amendmentShown(page: Page) {
  return page.locator("ins").filter({ hasText: "<script>window.__injected=" }).first();
}

/** The moderated caucus's topic, shown as text wherever the pending motion is. */
function topicShown(page: Page) {
  return page.getByText(TOPIC, { exact: false }).first();
}

async function expectInert(page: Page, alarms: string[], surface: string) {
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected), surface).toBeUndefined();
  // The markup is shown as text, never parsed into elements.
  expect(await page.locator('img[src="x"], img[src="y"], main script, main svg[onload], a[href^="javascript:"]').count(), surface).toBe(0);
  expect(alarms, surface).toEqual([]);
}

test("markup in a title, an amendment and a caucus topic is shown as text on the chair's, a delegation's and the screen's pages", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, { organ: "model-un", title: TITLE });
  const fraUrl = links.delegations.find((d) => d.member === "FRA")!.url;
  const gbrUrl = links.delegations.find((d) => d.member === "GBR")!.url;
  const [chair, fra] = await scripted(baseURL!, [links.chair.url, fraUrl]);
  await mustSend(chair!, { type: "attendance.record", entries: Object.fromEntries(links.delegations.map((d) => [d.member, "present"])) });
  await mustSend(chair!, { type: "meeting.open" });
  // Model UN rules: a draft needs three sponsors and signatories before it is introduced.
  const sponsors = chair!.state!.procedure.draft?.sponsors ?? [];
  const signatories = links.delegations
    .map((d) => d.member)
    .filter((m) => !sponsors.includes(m))
    .slice(0, 2);
  for (const member of signatories) await mustSend(chair!, { type: "draft.sign", member });
  await mustSend(chair!, { type: "draft.introduce" });

  const context = await browser.newContext();
  const surfaces = [
    { name: "chair", url: links.chair.url },
    { name: "delegate", url: gbrUrl },
    { name: "screen", url: links.screen.url },
  ];
  const pages = [];
  for (const surface of surfaces) {
    const page = await context.newPage();
    const alarms = await watch(page);
    await page.goto(surface.url);
    await expect(page.locator("main").first()).toBeVisible();
    pages.push({ ...surface, page, alarms });
  }

  // While every surface watches: an amendment arrives live (the projector shows it as the next
  // business), then a moderated caucus is moved (the projector then shows the motion instead).
  await mustSend(fra!, { type: "amendment.submit", op: { kind: "replace", targetId: "op1", text: AMENDMENT } });
  for (const { name, page, alarms } of pages) {
    await expect(amendmentShown(page), name).toBeVisible();
    await expectInert(page, alarms, name);
  }
  await mustSend(chair!, {
    type: "motion.propose",
    member: "FRA",
    motion: { kind: "moderated-caucus", totalSeconds: 600, speakerSeconds: 60, topic: TOPIC },
  });
  chair!.close();
  fra!.close();
  // What each page shows now: the amendment on the chair's and the delegate's, the motion's topic on the screen's.
  const shownAfterMotion = (name: string, page: Page) => (name === "screen" ? topicShown(page) : amendmentShown(page));
  for (const { name, page, alarms } of pages) {
    await expect(shownAfterMotion(name, page), name).toBeVisible();
    await expectInert(page, alarms, name);
  }
  // The title on the chair's and the screen's page; the topic where the pending motion is listed.
  await expect(pages[0]!.page.getByText(`<img src=x onerror="window.__injected='title'">`, { exact: false }).first()).toBeVisible();
  await expect(pages[2]!.page.getByText(`<img src=x onerror="window.__injected='title'">`, { exact: false }).first()).toBeVisible();
  await expect(topicShown(pages[0]!.page)).toBeVisible();

  // A fresh load (server-rendered shell, then the snapshot) is just as inert.
  for (const { name, page, alarms } of pages) {
    await page.reload();
    await expect(shownAfterMotion(name, page), name).toBeVisible();
    await expectInert(page, alarms, name);
  }
  await context.close();
});
