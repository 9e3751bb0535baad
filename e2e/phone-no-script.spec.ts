/**
 * A phone that never runs the page's scripts (the weakest device, or one whose scripts have not
 * arrived yet), at 390×844: the server's HTML shows the vote on the floor and the ballot's buttons,
 * enabled; a tap on « Pour » posts the ballot form, the page comes back with the ballot shown as
 * cast, and the chair's console (scripts on) counts it. A ballot the rules refuse comes back with
 * the reason, in French, and in English for a phone set to English.
 */
import { expect, test } from "@playwright/test";
import { mustSend, scripted } from "./support/clients";
import { createSession } from "./support/api";

const PHONE = { width: 390, height: 844 };

/** The Council in session, a recorded vote open on the draft; the chair as a script. */
async function recordedVote(baseURL: string, chairUrl: string) {
  const [chair] = await scripted(baseURL, [chairUrl]);
  await mustSend(chair!, {
    type: "attendance.record",
    entries: Object.fromEntries(chair!.state!.procedure.members.map((m) => [m, "present"])),
  });
  await mustSend(chair!, { type: "meeting.open" });
  await mustSend(chair!, { type: "draft.introduce" });
  await mustSend(chair!, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
  return chair!;
}

test("without scripts: the phone sees the vote, taps « Pour », sees its ballot; the chair's console counts it", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const links = await createSession(baseURL, { organ: "security-council" });
  const fraUrl = links.delegations.find((d) => d.member === "FRA")!.url;
  const chair = await recordedVote(baseURL!, links.chair.url);

  const consoleContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR" });
  const consolePage = await consoleContext.newPage();
  const phoneContext = await browser.newContext({
    viewport: PHONE,
    locale: "fr-FR",
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled: false,
  });
  const phone = await phoneContext.newPage();
  try {
    await consolePage.goto(links.chair.url);
    await expect(consolePage.getByTestId("chair-tally")).toHaveText(/^0 vote sur 15/);

    await phone.goto(fraUrl);
    // The server's HTML: the delegation, the vote on the floor, its buttons enabled, within reach without scrolling.
    await expect(phone.getByTestId("delegation-name")).toHaveText("France");
    await expect(phone.getByRole("heading", { name: "Vote sur le projet de résolution" })).toBeVisible();
    const pour = phone.getByTestId("vote-panel").getByRole("button", { name: "Pour", exact: true });
    await expect(pour).toBeEnabled();
    const box = (await pour.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await expect(phone.getByTestId("my-ballot")).toHaveText("Vous n'avez pas encore voté.");
    await expect(phone.getByTestId("no-script")).toHaveText(/^Sans scripts, vous pouvez voter/);
    await phone.screenshot({ path: "test-results/screenshots/phone-no-script.png" });

    await pour.tap();
    await expect(phone.getByTestId("my-ballot")).toHaveText(
      "Votre vote est enregistré : Pour. Vous pouvez le modifier jusqu'à la clôture du vote.",
    );
    expect(new URL(phone.url()).pathname).toBe(new URL(fraUrl).pathname);
    await phone.screenshot({ path: "test-results/screenshots/phone-no-script-cast.png" });
    await expect(consolePage.getByTestId("chair-tally")).toHaveText(/^1 vote sur 15 — pour 1,/);

    // Changed to « Contre » (the board's rule until the close), then a tap on the page as it was before the close: the reason, visibly.
    await phone.getByTestId("vote-panel").getByRole("button", { name: "Contre", exact: true }).tap();
    await expect(phone.getByTestId("my-ballot")).toContainText("Votre vote est enregistré : Contre.");
    await expect(consolePage.getByTestId("chair-tally")).toHaveText(/^1 vote sur 15 — pour 0, contre 1/);
    await mustSend(chair, { type: "vote.close" });
    await phone.getByTestId("vote-panel").getByRole("button", { name: "Pour", exact: true }).tap();
    await expect(phone.getByTestId("ballot-refused")).toHaveText("Votre vote n'a pas été enregistré : Aucun vote n'est ouvert.");
    await expect(phone.getByTestId("ballot-refused")).toBeInViewport();
    await expect(phone.getByTestId("vote-panel")).toHaveCount(0);
    expect(chair.state!.procedure.decisions.at(-1)?.ballots?.FRA?.choice).toBe("no");
  } finally {
    await phoneContext.close();
    await consoleContext.close();
    chair.close();
  }
});

test("without scripts: a ballot refused meanwhile comes back with the engine's reason, in French and in English", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, { organ: "security-council" });
  const chair = await recordedVote(baseURL!, links.chair.url);
  const phones = [];
  for (const [locale, member] of [
    ["fr", "FRA"],
    ["en", "GBR"],
  ] as const) {
    const context = await browser.newContext({ viewport: PHONE, locale, isMobile: true, hasTouch: true, javaScriptEnabled: false });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    const page = await context.newPage();
    await page.goto(links.delegations.find((d) => d.member === member)!.url);
    phones.push({ locale, context, page });
  }
  // The pages were rendered with the vote open; the chair closes it before the students tap.
  await mustSend(chair, { type: "vote.close" });
  for (const { locale, context, page } of phones) {
    await page
      .getByTestId("vote-panel")
      .getByRole("button", { name: locale === "fr" ? "Pour" : "Yes", exact: true })
      .tap();
    await expect(page.getByTestId("ballot-refused")).toHaveText(
      locale === "fr" ? "Votre vote n'a pas été enregistré : Aucun vote n'est ouvert." : "Your ballot was not recorded: No vote is open.",
    );
    await expect(page.getByTestId("ballot-refused")).toBeInViewport();
    if (locale === "fr") await page.screenshot({ path: "test-results/screenshots/phone-no-script-refused.png" });
    await context.close();
  }
  expect(chair.state!.procedure.decisions.at(-1)?.ballots).toEqual({});
  chair.close();
});

test("without scripts: a wrong or revoked link shows the page's error and nothing of the session", async ({ browser, baseURL }) => {
  const links = await createSession(baseURL, { organ: "security-council" });
  const chair = await recordedVote(baseURL!, links.chair.url);
  const fra = links.delegations.find((d) => d.member === "FRA")!.url;
  const reissued = await fetch(`${baseURL}/api/sessions/${links.id}/delegations/FRA/reissue`, {
    method: "POST",
    headers: { authorization: `Bearer ${new URL(links.chair.url).searchParams.get("key")}` },
  });
  expect(reissued.status).toBe(200);
  const context = await browser.newContext({ viewport: PHONE, locale: "fr-FR", isMobile: true, hasTouch: true, javaScriptEnabled: false });
  const phone = await context.newPage();
  try {
    for (const [url, message] of [
      [`/s/${links.id}/d/${"x".repeat(24)}`, "Ce lien n'est pas valable pour cette séance."],
      [new URL(fra).pathname, "Ce lien a été révoqué par la présidence. Demandez-lui un nouveau lien."],
    ] as const) {
      const res = await phone.goto(url);
      await expect(phone.getByRole("alert")).toHaveText(message);
      await expect(phone.getByTestId("vote-panel")).toHaveCount(0);
      // Nothing of the session in the page: not its title, not its draft.
      expect(await res!.text()).not.toContain("nouvel enjeu dans les stratégies");
    }
  } finally {
    await context.close();
    chair.close();
  }
});

test("with scripts: once hydrated, the same buttons send the ballot over the socket, not the form — one ballot per tap", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, { organ: "security-council" });
  const chair = await recordedVote(baseURL!, links.chair.url);
  const context = await browser.newContext({ viewport: PHONE, locale: "fr-FR", isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  const posted: string[] = [];
  phone.on("request", (request) => request.method() === "POST" && posted.push(new URL(request.url()).pathname));
  try {
    await phone.goto(links.delegations.find((d) => d.member === "FRA")!.url);
    await expect(phone.getByTestId("session-status")).toHaveText("Connecté");
    const panel = phone.getByTestId("vote-panel");
    await panel.getByRole("button", { name: "Pour", exact: true }).tap();
    await expect(phone.getByTestId("my-ballot")).toContainText("Votre vote est enregistré : Pour.");
    await panel.getByRole("button", { name: "Contre", exact: true }).tap();
    await expect(phone.getByTestId("my-ballot")).toContainText("Votre vote est enregistré : Contre.");
    // Back to « Pour »: a new command (the form's id is renewed after each answer), not the first tap's reply.
    await panel.getByRole("button", { name: "Pour", exact: true }).tap();
    await expect(phone.getByTestId("my-ballot")).toContainText("Votre vote est enregistré : Pour.");
    // The vote cancelled and opened again: the panel comes back, and its first « Pour » is a ballot of its own.
    await mustSend(chair, { type: "vote.cancel" });
    await expect(panel).toHaveCount(0);
    await mustSend(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    await expect(phone.getByTestId("my-ballot")).toHaveText("Vous n'avez pas encore voté.");
    await panel.getByRole("button", { name: "Pour", exact: true }).tap();
    await expect(phone.getByTestId("my-ballot")).toContainText("Votre vote est enregistré : Pour.");
    expect(posted).toEqual([]);
    const log = await fetch(`${baseURL}/api/sessions/${links.id}/events?key=${new URL(links.chair.url).searchParams.get("key")}`);
    const events = ((await log.json()) as { events: Array<{ event: { type: string; member?: string; choice?: string } }> }).events;
    expect(events.filter((e) => e.event.type === "vote.cast").map((e) => e.event.choice)).toEqual(["yes", "no", "yes", "yes"]);
  } finally {
    await context.close();
    chair.close();
  }
});
