/**
 * Two drafts in one Council session: the UK draft the session was created with, and a second one
 * the chair imports from Word on the console, accepts as draft resolution 1.1; a phone signs it
 * and amends it (choosing it); amendments and votes on both, in the order of rule 91 (the UK
 * draft first, each draft after its own amendments); the minutes show both. Screenshots at the
 * three sizes: console 1440×900, phone 390×844, projector 1920×1080.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createSession } from "./support/api";
import { mustSend, scripted, type ScriptedDelegation } from "./support/clients";
import { tableWordDraftOnConsole } from "./support/word-draft";

async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  return (await browser.newContext({ viewport, locale: "fr-FR" })).newPage();
}

const shot = (name: string) => `test-results/screenshots/${name}.png`;

test("two drafts: one imported on the console, accepted as 1.1, signed and amended from a phone, voted in rule 91 order; the minutes show both", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const links = await createSession(baseURL, { organ: "security-council" });
  const members = links.delegations.map((d) => d.member);
  const url = (m: string) => links.delegations.find((d) => d.member === m)!.url;
  const others = members.filter((m) => m !== "DNK");
  const clients = await scripted(baseURL!, [links.chair.url, ...others.map(url)]);
  const chair = clients[0]!;
  const delegation = Object.fromEntries(others.map((m, i) => [m, clients[i + 1]!])) as Record<string, ScriptedDelegation>;

  const consolePage = await newPage(browser, { width: 1440, height: 900 });
  const phone = await newPage(browser, { width: 390, height: 844 });
  const projector = await newPage(browser, { width: 1920, height: 1080 });
  try {
    await consolePage.goto(links.chair.url);
    const panel = consolePage.getByTestId("drafts-panel");
    await expect(panel.getByRole("heading", { name: /Projets de résolution/ })).toBeVisible();
    await expect(panel.getByTestId("draft-sc-uk-ai-security")).toContainText("Déposé");
    const heading = await panel.getByRole("heading", { name: /Projets de résolution/ }).boundingBox();
    console.log(`console 1440×900: drafts panel heading at y = ${Math.round(heading!.y)} px`);

    // The chair imports a Word draft as a second draft: the home page's importer, in the console.
    await tableWordDraftOnConsole(panel);
    const second = panel.getByTestId("draft-D2");
    await expect(second).toContainText("Déposé");
    await expect(second).toContainText("Auteurs : Royaume-Uni, France et États-Unis d'Amérique");
    await expect(second).toContainText("2e au vote");
    // Not yet accepted: it cannot be introduced; the chair accepts it as 1.1.
    await second.getByRole("button", { name: "Accepter comme projet 1.1" }).click();
    await expect(second).toContainText("Projet de résolution 1.1");
    await expect(second).toContainText("Accepté");

    // A phone: the list of drafts, signing 1.1.
    await phone.goto(url("DNK"));
    const list = phone.getByTestId("phone-drafts");
    await expect(list).toBeVisible();
    const listBox = await list.boundingBox();
    console.log(`phone 390×844: list of drafts at y = ${Math.round(listBox!.y)} px`);
    const d2OnPhone = list.getByTestId("phone-draft-D2");
    await expect(d2OnPhone).toContainText("Projet de résolution 1.1");
    await d2OnPhone.getByRole("button", { name: "Signer ce projet" }).click();
    await expect(d2OnPhone).toContainText("Vous avez signé ce projet.");
    await expect(second.getByTestId("draft-signatures")).toContainText("4 auteurs et signataires");
    await list.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: shot("drafts-phone-list") });

    await mustSend(chair, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
    await mustSend(chair, { type: "meeting.open" });
    await consolePage.getByTestId("draft-sc-uk-ai-security").getByRole("button", { name: "Présenter ce projet" }).click();
    await second.getByRole("button", { name: "Présenter ce projet" }).click();
    await expect(second).toContainText("Présenté");

    // An amendment to each draft: to the UK draft by a script, to 1.1 from the phone, choosing it.
    await mustSend(delegation.FRA!, { type: "amendment.submit", op: { kind: "delete", targetId: "op6" } });
    await phone.getByTestId("amend-draft").selectOption("D2");
    await phone.getByRole("button", { name: "Amender le paragraphe 1" }).first().click();
    await phone.getByRole("textbox", { name: "Nouveau texte" }).fill("Invite les États à protéger les océans par des aires marines ;");
    await phone.getByRole("button", { name: "Déposer l'amendement" }).click();
    await expect
      .poll(() => chair.state!.procedure.amendments.map((a) => [a.id, a.draftId]))
      .toEqual([
        ["A1", "sc-uk-ai-security"],
        ["A2", "D2"],
      ]);

    await projector.goto(links.screen.url);
    // The next amendment is the UK draft's: the projector names that draft above its text.
    await expect(projector.getByTestId("projected-draft")).toContainText("L'I.A.");
    await consolePage.screenshot({ path: shot("drafts-console") });
    await expect(second).toContainText("1 amendement en attente");

    // Rule 91: 1.1's amendment waits for the UK draft.
    const early = await chair.send({ type: "vote.open", subject: { kind: "amendment", amendmentId: "A2" } });
    expect(early).toMatchObject({ ok: false, error: { code: "draft.not_next" } });
    const recorded = async (subject: Record<string, unknown>, choice: (m: string) => "yes" | "no" | "abstain") => {
      await mustSend(chair, { type: "vote.open", subject, method: "recorded" } as never);
      for (const m of members) {
        if (m === "DNK") continue;
        await mustSend(delegation[m]!, { type: "vote.cast", choice: choice(m) });
      }
      await mustSend(chair, { type: "vote.cast", member: "DNK", choice: choice("DNK") });
      await mustSend(chair, { type: "vote.close" });
    };
    await recorded({ kind: "amendment", amendmentId: "A1" }, () => "yes");
    await recorded({ kind: "draft" }, (m) => (m === "CHN" ? "abstain" : "yes"));
    // Now 1.1 is on the floor: once the result gives way to the next business, the projector names it.
    await mustSend(chair, { type: "speech.start", member: "USA" });
    await mustSend(chair, { type: "speech.end" });
    await expect(projector.getByTestId("projected-draft")).toHaveText("Projet de résolution 1.1");
    const size = await projector.getByTestId("projected-draft").evaluate((el) => getComputedStyle(el).fontSize);
    console.log(`projector 1920×1080: draft name ${size}`);
    expect(parseFloat(size)).toBeGreaterThanOrEqual(30);
    await projector.screenshot({ path: shot("drafts-projector") });
    await recorded({ kind: "amendment", amendmentId: "A2" }, (m) => (m === "USA" ? "no" : "yes"));
    await recorded({ kind: "draft", draftId: "D2" }, (m) => (m === "RUS" ? "no" : "yes"));
    await expect(consolePage.getByTestId("draft-D2")).toContainText("Rejeté");
    await expect(consolePage.getByTestId("draft-sc-uk-ai-security")).toContainText("Adopté");
    await consolePage.getByTestId("drafts-panel").scrollIntoViewIfNeeded();
    await consolePage.screenshot({ path: shot("drafts-console-decided") });
  } finally {
    for (const c of clients) c.close();
  }

  const key = new URL(links.chair.url).searchParams.get("key")!;
  const minutesPage = await newPage(browser, { width: 1440, height: 900 });
  await minutesPage.goto(`/s/${links.id}/minutes?key=${key}`);
  const drafts = minutesPage.getByTestId("minutes-drafts");
  await expect(drafts).toContainText("Projet de résolution 1.1 — La protection des océans : rejeté");
  await expect(drafts).toContainText("adopté");
  await expect(minutesPage.getByTestId("proceedings")).toContainText(
    "La présidence accepte le projet « La protection des océans » comme projet de résolution 1.1",
  );
  // The page's own text is the draft decided last (1.1); the UK draft's follows, with its downloads.
  await expect(minutesPage.getByRole("heading", { name: /Texte mis aux voix — non adopté/ })).toBeVisible();
  const uk = drafts.getByTestId("minutes-draft-sc-uk-ai-security");
  await expect(uk).toContainText("adopté");
  await expect(uk.getByRole("link", { name: /Texte adopté \(Markdown\)/ })).toBeVisible();
  await uk.scrollIntoViewIfNeeded();
  await minutesPage.screenshot({ path: shot("drafts-minutes") });
  const [download] = await Promise.all([
    minutesPage.waitForEvent("download"),
    uk.getByRole("link", { name: /Texte adopté \(Markdown\)/ }).click(),
  ]);
  expect(readFileSync((await download.path())!, "utf8")).toContain("Texte adopté");
  const md = await (await minutesPage.request.get(`/api/sessions/${links.id}/export/minutes.md?key=${key}`)).text();
  expect(md).toContain("## Les projets de la séance");
  expect(md).toMatch(/Vote n°\s4 sur le projet de résolution 1\.1/);
});
