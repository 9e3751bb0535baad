/**
 * A whole Security Council session on the United Kingdom's draft, as a class would run it: the
 * chair creates it from the home page, five delegations join in their own browsers, the ten
 * other seats are driven by the typed client, a projector shows the screen.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ChairConsole } from "./pages/chair-console";
import { DelegatePage } from "./pages/delegate-page";
import { ScreenPage } from "./pages/screen-page";
import { mustSend, scripted, voteWhenOpen, type ScriptedDelegation } from "./support/clients";
import { createSession } from "./support/api";

const BROWSER_SEATS = ["GBR", "FRA", "CHN", "RUS", "USA"] as const;
const NAMES: Record<(typeof BROWSER_SEATS)[number], string> = {
  GBR: "Royaume-Uni",
  FRA: "France",
  CHN: "Chine",
  RUS: "Fédération de Russie",
  USA: "États-Unis d'Amérique",
};

async function newPage(browser: Browser, viewport = { width: 1400, height: 1000 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "fr-FR" });
  return context.newPage();
}

for (const variant of ["veto", "adopted"] as const) {
  test(`Security Council on the UK draft: amendments adopted and friendly, then the draft ${variant === "veto" ? "vetoed by the Russian Federation" : "adopted with the P5 abstaining"}`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    // The chair creates the session from the home page.
    const chairPage = await newPage(browser);
    await chairPage.goto("/");
    await chairPage.getByRole("radio", { name: /Conseil de sécurité/ }).check();
    await chairPage.getByRole("button", { name: "Créer la séance" }).click();
    await expect(chairPage.getByRole("heading", { name: "Liens de la séance" })).toBeVisible();
    const linkOf = async (member: string) => (await chairPage.locator(`article[data-member="${member}"] a`).getAttribute("href"))!;
    const allMembers = await chairPage.locator("article[data-member]").evaluateAll((els) => els.map((e) => e.getAttribute("data-member")!));
    expect(allMembers).toHaveLength(15);
    const screenUrl = (await chairPage.locator("article", { hasText: "Écran de projection" }).locator("a").getAttribute("href"))!;
    const delegationUrls = Object.fromEntries(await Promise.all(allMembers.map(async (m) => [m, await linkOf(m)] as const)));
    await chairPage.getByRole("link", { name: "Ouvrir la console de la présidence" }).click();
    const chair = new ChairConsole(chairPage);
    await expect(chairPage.getByTestId("session-status")).toHaveText("Connecté");

    // The projector, and five delegations in their own browsers (one on a phone-sized screen).
    const screen = new ScreenPage(await newPage(browser, { width: 1920, height: 1080 }));
    await screen.page.goto(screenUrl);
    await screen.expectPhase("Appel");
    const delegates = {} as Record<(typeof BROWSER_SEATS)[number], DelegatePage>;
    for (const member of BROWSER_SEATS) {
      const page = await newPage(browser, member === "FRA" ? { width: 412, height: 915 } : undefined);
      await page.goto(delegationUrls[member]!);
      delegates[member] = new DelegatePage(page);
      await delegates[member].expectJoinedAs(NAMES[member]);
    }
    // The ten other seats.
    const others = allMembers.filter((m) => !(BROWSER_SEATS as readonly string[]).includes(m));
    const clients: ScriptedDelegation[] = await scripted(
      baseURL!,
      others.map((m) => delegationUrls[m]!),
    );

    try {
      // Roll call, opening, the draft introduced.
      await chair.rollCallAllPresent();
      await expect(screen.page.locator('[data-attendance="present"]')).toHaveCount(15);
      await chair.openMeeting();
      await chair.introduceDraft();

      // France amends operative paragraph 5; China co-sponsors; it is voted and adopted.
      await delegates.FRA.proposeReplacement(
        "5",
        "Recommande aux armées des États membres de n'utiliser l'intelligence artificielle qu'avec un contrôle humain constant, sous la surveillance d'experts qui rendront compte à l'Office des Nations Unies contre la drogue et le crime (ONUDC) ;",
      );
      await expect(delegates.CHN.amendment("A1")).toBeVisible();
      await delegates.CHN.cosponsor("A1");
      await expect(delegates.GBR.amendment("A1")).toContainText("Chine");
      await expect(screen.page.getByText(/En discussion : amendement A1/)).toBeVisible();
      await expect(screen.page.locator("ins").first()).toBeVisible();

      await chair.openVoteOn("l'amendement A1");
      await expect(screen.page.getByTestId("live-tally")).toBeVisible();
      for (const member of BROWSER_SEATS) await delegates[member].vote("Pour");
      await Promise.all(clients.map((c) => voteWhenOpen(c, "yes")));
      await chair.expectTally(/^15 votes sur 15/);
      await expect(screen.seat("RUS")).toHaveAttribute("data-choice", "yes");
      await chair.closeVote();
      await expect(screen.outcome()).toHaveText("L'amendement A1 est adopté.");

      // A second amendment, accepted as friendly by the sponsor: incorporated without a vote.
      await chair.allowFriendlyAmendments();
      await delegates.USA.proposeReplacement(
        "6",
        "Propose la mise en place d'un cadre de certification international pour les systèmes d'intelligence artificielle militaires, visant à garantir leur sécurité et leur fiabilité avant tout déploiement.",
      );
      await expect(delegates.GBR.amendment("A2")).toBeVisible();
      await delegates.GBR.acceptAsFriendly("A2");
      await expect(delegates.USA.amendment("A2")).toContainText("Intégré (amical)");

      // The draft, as amended, put to a recorded vote.
      await chair.chooseMethod("Vote enregistré");
      await chair.openVoteOn("le projet de résolution");
      await delegates.GBR.vote("Pour");
      await delegates.FRA.vote("Pour");
      await delegates.CHN.vote(variant === "veto" ? "Pour" : "Abstention");
      await delegates.USA.vote(variant === "veto" ? "Pour" : "Abstention");
      await delegates.RUS.vote(variant === "veto" ? "Contre" : "Abstention");
      await Promise.all(clients.map((c) => voteWhenOpen(c, "yes")));
      await chair.expectTally(/^15 votes sur 15/);
      await screen.page.screenshot({ path: `test-results/screenshots/screen-vote-${variant}.png` });
      await chair.closeVote();

      if (variant === "veto") {
        await expect(screen.outcome()).toHaveText(
          "Le projet de résolution n'est pas adopté en raison du vote négatif d'un membre permanent : Fédération de Russie.",
        );
        await expect(delegates.RUS.page.getByTestId("outcome")).toContainText("Fédération de Russie");
      } else {
        await expect(screen.outcome()).toHaveText("Le projet de résolution est adopté.");
        await expect(screen.page.getByText("Pour : 12 · Contre : 0 · Abstentions : 3")).toBeVisible();
      }
      await screen.page.screenshot({ path: `test-results/screenshots/screen-result-${variant}.png` });
      await chairPage.screenshot({ path: `test-results/screenshots/chair-${variant}.png`, fullPage: true });
      await delegates.FRA.page.screenshot({ path: `test-results/screenshots/delegate-phone-${variant}.png`, fullPage: false });
      await delegates.GBR.page.screenshot({ path: `test-results/screenshots/delegate-${variant}.png` });
    } finally {
      for (const c of clients) c.close();
    }
  });
}

test("scripted seats can be driven while browsers watch: a command's result reaches every surface", async ({ browser, baseURL }) => {
  const links = await createSession(baseURL, { organ: "security-council" });
  const [chairClient] = await scripted(baseURL!, [links.chair.url]);
  // The projector, the chair's console and France's phone, each in its own browser.
  const screen = new ScreenPage(await newPage(browser, { width: 1920, height: 1080 }));
  const chairPage = await newPage(browser, { width: 1440, height: 900 });
  const phone = await newPage(browser, { width: 390, height: 844 });
  await screen.page.goto(links.screen.url);
  await chairPage.goto(links.chair.url);
  await phone.goto(links.delegations.find((d) => d.member === "FRA")!.url);
  const onScreen = screen.page.locator('[data-member="FRA"]');
  const onConsole = chairPage.getByRole("radio", { name: "France : Présent", exact: true });
  const onPhone = phone.getByText("Présente", { exact: true });
  // Before: France not yet present anywhere.
  await expect(onScreen).toHaveAttribute("data-attendance", "absent");
  await expect(onConsole).not.toBeChecked();
  await expect(phone.getByText("Pas encore déclarée présente")).toBeVisible();

  await mustSend(chairClient!, { type: "attendance.record", entries: { FRA: "present" } });
  await expect(onScreen).toHaveAttribute("data-attendance", "present");
  await expect(onConsole).toBeChecked();
  await expect(onPhone).toBeVisible();
  chairClient!.close();
});
