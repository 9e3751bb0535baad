/**
 * Three phones co-write a working paper — two preambular clauses, two operative clauses, one with a
 * sub-clause, phrases from the list — two of them typing in the same clause at once, and submit it.
 * The chair returns it with a comment; the authors fix it and submit it again; two more delegations
 * sign it from their phones and the chair accepts it on the console as draft resolution 1.1. A
 * competing draft is imported from Word on the console and accepted as 1.2; the session's own draft
 * is withdrawn by its mover; one amendment to each, voted in the order of rule 91 (a vote out of
 * turn is refused); the minutes list both drafts and who wrote the working paper.
 * A delegation that declined is not invited again at once (the phone says for how long).
 * A laptop (the same delegation's second device) shows the side-by-side layout. Screenshots at
 * real sizes in test-results/screenshots/papers-*.png.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { addClause } from "@/lib/papers/ops";
import { PaperClient } from "@/lib/client/paper-client";
import { createSession } from "./support/api";
import { mustSend, scripted, type ScriptedDelegation } from "./support/clients";
import { tableWordDraftOnConsole } from "./support/word-draft";
import type { LiveCommand } from "@/lib/session";
import type { SessionLinks } from "@/lib/protocol/http";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1440, height: 900 };

const seatUrl = (links: SessionLinks, member: string) => links.delegations.find((d) => d.member === member)!.url;
/** A French-speaking device: a touch phone at PHONE, else a laptop or a screen. */
const device = (browser: Browser, viewport: { width: number; height: number }) =>
  browser.newContext({ viewport, locale: "fr-FR", hasTouch: viewport === PHONE, isMobile: viewport === PHONE });

const text = (page: Page, label: string) => page.getByRole("textbox", { name: `Suite du texte — ${label}`, exact: true });
const phrase = (page: Page, label: string) => page.getByRole("combobox", { name: `Formule d'ouverture — ${label}`, exact: true });
const editor = (page: Page) => page.locator("[data-paper-editor]");
const preview = (page: Page) => editor(page).getByRole("region", { name: "Aperçu (présentation ONU)" });

async function tapTargetsTooSmall(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      "[data-paper-editor] button, [data-paper-editor] select, [data-paper-editor] input",
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.height < 44 || r.width < 44)
        small.push(
          `${el.tagName} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return small;
  });
}

test("three phones co-write a working paper; returned, fixed and submitted again, signed by two more, accepted as 1.1; a Word draft imported as 1.2; amendments and votes on both in order; the minutes show both", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(210_000);
  const links = await createSession(baseURL, { organ: "model-un" });
  const url = (m: string) => seatUrl(links, m);
  const [chair] = await scripted(baseURL!, [links.chair.url]);
  const contexts: BrowserContext[] = [];
  const scriptedSeats: ScriptedDelegation[] = [];
  const open = async (member: string, viewport = PHONE) => {
    const context = await device(browser, viewport);
    contexts.push(context);
    const page = await context.newPage();
    page.on("dialog", (d) => void d.accept());
    await page.goto(url(member));
    await expect(page.getByTestId("my-papers")).toBeVisible();
    return page;
  };
  try {
    const [fra, gbr, usa] = await Promise.all([open("FRA"), open("GBR"), open("USA")]);

    // France starts the paper and invites the two others, who join.
    await fra.getByTestId("paper-title").fill("Cybersécurité et IA");
    await fra.getByRole("button", { name: "Lancer un document de travail" }).click();
    await expect(editor(fra)).toBeVisible();
    await expect(fra.getByTestId("paper-sync")).toHaveText("Enregistré");
    for (const member of ["GBR", "USA"]) {
      await fra.getByTestId("paper-invite-select").selectOption(member);
      await fra.getByRole("button", { name: "Inviter" }).click();
    }
    for (const page of [gbr, usa]) {
      await expect(page.getByText("France invite votre délégation à rédiger « Cybersécurité et IA ».")).toBeVisible();
      await page.getByRole("button", { name: "Rejoindre la rédaction" }).click();
      await page.getByRole("button", { name: "Ouvrir" }).click();
      await expect(page.getByTestId("paper-sync")).toHaveText("Enregistré");
    }

    // Clause by clause, each phone its own part; phrases from the list.
    await fra.getByRole("button", { name: "Ajouter un alinéa du préambule" }).click();
    await phrase(fra, "Alinéa 1 du préambule").selectOption({ label: "Profondément préoccupé" });
    await text(fra, "Alinéa 1 du préambule").fill("par les cybermenaces liées à l'intelligence artificielle,");
    await expect(text(gbr, "Alinéa 1 du préambule")).toHaveValue("par les cybermenaces liées à l'intelligence artificielle,");

    await gbr.getByRole("button", { name: "Ajouter un alinéa du préambule" }).click();
    await phrase(gbr, "Alinéa 2 du préambule").selectOption({ label: "Rappelant" });
    await text(gbr, "Alinéa 2 du préambule").fill("sa résolution 2722 (2024),");

    await usa.getByRole("button", { name: "Ajouter un paragraphe du dispositif" }).click();
    await phrase(usa, "Paragraphe 1").selectOption({ label: "Invite" });
    await text(usa, "Paragraphe 1").fill("les États membres :");
    await usa.getByRole("button", { name: "Ajouter un alinéa — Paragraphe 1" }).click();
    await text(usa, "Alinéa a)").fill("à renforcer leurs capacités de cybersécurité ;");

    await gbr.getByRole("button", { name: "Ajouter un paragraphe du dispositif" }).click();
    await phrase(gbr, "Paragraphe 2").selectOption({ label: "Décide" });
    await text(gbr, "Paragraphe 2").fill("de rester saisi de la question.");

    // Two phones type in the same clause at the same moment: both texts are kept, everywhere.
    const clause = "Alinéa 1 du préambule";
    await expect(text(usa, clause)).toHaveValue(/cybermenaces/);
    await text(fra, clause).click();
    await text(fra, clause).press("Control+End");
    await text(fra, clause).press("ArrowLeft"); // before the final comma
    await text(usa, clause).click();
    await text(usa, clause).press("Control+Home");
    await Promise.all([
      text(fra, clause).pressSequentially(" militaires", { delay: 40 }),
      text(usa, clause).pressSequentially("vivement ", { delay: 40 }),
    ]);
    const merged = "vivement par les cybermenaces liées à l'intelligence artificielle militaires,";
    for (const page of [fra, gbr, usa]) await expect(text(page, clause)).toHaveValue(merged);

    // The UN layout, live, the same on every phone; nothing left to fix.
    for (const page of [fra, gbr, usa]) {
      const layout = preview(page);
      await expect(layout).toContainText("Le Conseil de sécurité,");
      await expect(layout).toContainText("Profondément préoccupé vivement par les cybermenaces");
      await expect(layout).toContainText("Rappelant sa résolution 2722 (2024),");
      await expect(layout).toContainText("Invite les États membres :");
      await expect(layout).toContainText("à renforcer leurs capacités de cybersécurité ;");
      await expect(layout).toContainText("Décide de rester saisi de la question.");
      await expect(page.getByText("Aucune remarque : la présentation est conforme.")).toBeVisible();
      await expect(page.getByTestId("paper-sync")).toHaveText("Enregistré");
    }
    expect(await tapTargetsTooSmall(fra)).toEqual([]);
    await fra.screenshot({ path: "test-results/screenshots/papers-phone.png" });
    await fra.screenshot({ path: "test-results/screenshots/papers-phone-full.png", fullPage: true });

    // A warning appears as soon as a clause breaks the format (the last clause's full stop).
    await text(gbr, "Paragraphe 2").fill("de rester saisi de la question");
    await expect(fra.getByText("Le dernier paragraphe du dispositif se termine par un point.").first()).toBeVisible();
    await text(gbr, "Paragraphe 2").fill("de rester saisi de la question.");
    await expect(fra.getByText("Aucune remarque : la présentation est conforme.")).toBeVisible();

    // The same delegation on a laptop: the editor beside the preview.
    const laptop = await open("FRA", LAPTOP);
    await laptop.getByRole("button", { name: "Ouvrir" }).click();
    await expect(text(laptop, clause)).toHaveValue(merged);
    const left = await text(laptop, clause).boundingBox();
    const right = await preview(laptop).boundingBox();
    expect(right!.x).toBeGreaterThan(left!.x + left!.width);
    await laptop.screenshot({ path: "test-results/screenshots/papers-laptop.png" });

    // Submitted: read-only for its authors, public, converted by the server.
    await fra.getByRole("button", { name: "Soumettre à la présidence" }).click();
    for (const page of [fra, gbr, usa])
      await expect(page.getByText("Ce document a été soumis à la présidence : il est en lecture seule.")).toBeVisible();
    await chair!.waitFor(() => Object.values(chair!.state!.papers).some((p) => p.status === "submitted"), 10_000);
    const submitted = Object.values(chair!.state!.papers)[0]!;
    expect(submitted.document!.preamble.map((c) => c.phrase)).toEqual(["Profondément préoccupé", "Rappelant"]);
    expect(submitted.document!.operative.map((c) => [c.number, c.phrase, c.subClauses.length])).toEqual([
      [1, "Invite", 1],
      [2, "Décide", 0],
    ]);
    expect(submitted.authors).toEqual(["FRA", "GBR", "USA"]);
    // It is a draft resolution now: the chair may return it to its authors, with a comment.
    expect(chair!.state!.procedure.drafts.find((d) => d.id === submitted.draftId)).toMatchObject({
      status: "submitted",
      sponsors: ["FRA", "GBR", "USA"],
    });
    await mustSend(chair!, { type: "draft.return", draftId: submitted.draftId!, comment: "Précisez le paragraphe 1." });
    await expect(gbr.getByText("Commentaire de la présidence : Précisez le paragraphe 1.")).toBeVisible();

    // Returned: editable again. The authors fix paragraph 1 and submit it again.
    await text(gbr, "Paragraphe 1").fill("les États membres, d'ici à 2028 :");
    await expect(text(fra, "Paragraphe 1")).toHaveValue("les États membres, d'ici à 2028 :");
    await expect(fra.getByTestId("paper-sync")).toHaveText("Enregistré");
    await fra.getByRole("button", { name: "Soumettre à la présidence" }).click();
    const resubmitted = () =>
      chair!.state!.procedure.drafts.find(
        (d) => d.status === "submitted" && d.sponsors.join() === "FRA,GBR,USA" && d.id !== submitted.draftId,
      );
    await chair!.waitFor(() => resubmitted() !== undefined, 10_000);
    const draftId = resubmitted()!.id;
    expect(JSON.stringify(chair!.state!.documents[draftId]!.document)).toContain("d'ici à 2028");

    // Two more delegations sign it from their phones.
    const signers = links.delegations
      .map((d) => d.member)
      .filter((m) => !["FRA", "GBR", "USA"].includes(m))
      .slice(0, 2);
    for (const member of signers) {
      const phone = await open(member);
      const row = phone.getByTestId(`phone-draft-${draftId}`);
      await expect(row).toContainText("Cybersécurité et IA");
      await row.getByRole("button", { name: "Signer ce projet" }).click();
      await expect(row).toContainText("Vous avez signé ce projet.");
    }

    // The chair accepts it on the console as draft resolution 1.1.
    const consoleContext = await browser.newContext({ viewport: LAPTOP, locale: "fr-FR" });
    contexts.push(consoleContext);
    const consolePage = await consoleContext.newPage();
    await consolePage.goto(links.chair.url);
    const row = consolePage.getByTestId("drafts-panel").getByTestId(`draft-${draftId}`);
    await expect(row.getByTestId("draft-signatures")).toContainText("5 auteurs et signataires");
    await row.getByRole("button", { name: "Accepter comme projet 1.1" }).click();
    await expect(row).toContainText("Projet de résolution 1.1");
    await expect(fra.getByTestId(`phone-draft-${draftId}`)).toContainText("Projet de résolution 1.1");

    // A competing draft, imported from Word on the console, accepted as 1.2.
    const panel = consolePage.getByTestId("drafts-panel");
    await tableWordDraftOnConsole(panel);
    await chair!.waitFor(() => chair!.state!.procedure.drafts.some((d) => d.title === "La protection des océans"), 10_000);
    const oceans = chair!.state!.procedure.drafts.find((d) => d.title === "La protection des océans")!.id;
    await panel.getByTestId(`draft-${oceans}`).getByRole("button", { name: "Accepter comme projet 1.2" }).click();
    await expect(panel.getByTestId(`draft-${oceans}`)).toContainText("Projet de résolution 1.2");

    // The debate: the session's own draft is withdrawn by its mover (rule 80); one amendment to each
    // of 1.1 and 1.2; the votes in the order of rule 91, each draft after its own amendment.
    const members = links.delegations.map((d) => d.member);
    const seats = await scripted(baseURL!, members.map(url));
    scriptedSeats.push(...seats);
    const seat = Object.fromEntries(members.map((m, i) => [m, seats[i]!]));
    await mustSend(chair!, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
    await mustSend(chair!, { type: "meeting.open" });
    for (const other of chair!.state!.procedure.drafts.filter((d) => d.status === "submitted" && d.sponsors[0] !== "FRA"))
      if (other.id !== oceans) await mustSend(seat[other.sponsors[0]!]!, { type: "draft.withdraw", draftId: other.id });
    await mustSend(chair!, { type: "draft.introduce", draftId });
    await mustSend(chair!, { type: "draft.introduce", draftId: oceans });
    await mustSend(seat.CHN!, { type: "amendment.submit", draftId, op: { kind: "delete", targetId: "op2" } });
    await mustSend(seat.RUS!, { type: "amendment.submit", draftId: oceans, op: { kind: "delete", targetId: "op1" } });
    const pending = () => chair!.state!.procedure.amendments.filter((a) => a.status === "pending");
    await chair!.waitFor(() => pending().length === 2, 10_000); // the chair's copy hears of them a moment after the movers' acks
    const [first, second] = pending();
    expect([first!.draftId, second!.draftId]).toEqual([draftId, oceans]);
    const early = await chair!.send({ type: "vote.open", subject: { kind: "amendment", amendmentId: second!.id } });
    expect(early).toMatchObject({ ok: false, error: { code: "draft.not_next" } });
    const vote = async (subject: Extract<LiveCommand, { type: "vote.open" }>["subject"], yes: (m: string) => boolean) => {
      await mustSend(chair!, { type: "vote.open", subject });
      for (const m of members) await mustSend(seat[m]!, { type: "vote.cast", choice: yes(m) ? "yes" : "no" });
      await mustSend(chair!, { type: "vote.close" });
    };
    await vote({ kind: "amendment", amendmentId: first!.id }, (m) => m === "CHN");
    await vote({ kind: "draft", draftId }, () => true);
    await vote({ kind: "amendment", amendmentId: second!.id }, (m) => m !== "GBR");
    await vote({ kind: "draft", draftId: oceans }, (m) => m !== "RUS" && m !== "CHN");
    await expect(panel.getByTestId(`draft-${draftId}`)).toContainText("Adopté");
    await expect(panel.getByTestId(`draft-${oceans}`)).toContainText("Adopté");

    // The minutes show both drafts, and who wrote the working paper.
    const key = new URL(links.chair.url).searchParams.get("key")!;
    await consolePage.goto(`/s/${links.id}/minutes?key=${key}`);
    const drafts = consolePage.getByTestId("minutes-drafts");
    await expect(drafts).toContainText("Projet de résolution 1.1 — Cybersécurité et IA : adopté");
    await expect(drafts).toContainText("Projet de résolution 1.2 — La protection des océans : adopté");
    await expect(consolePage.getByTestId("proceedings")).toContainText(
      /Rédaction du document de travail : la France \(\d+ paragraphes? ou alinéas?\), le Royaume-Uni \(\d+ paragraphes? ou alinéas?\) et les États-Unis d'Amérique/,
    );
  } finally {
    for (const c of contexts) await c.close();
    chair!.close();
    for (const s of scriptedSeats) s.close();
  }
});

test("the projector lists the working papers submitted, with sponsors and signatures, during an unmoderated caucus", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const links = await createSession(baseURL, { organ: "model-un" });
  const clients = await scripted(baseURL!, [links.chair.url, ...links.delegations.map((d) => d.url)]);
  const [chair, ...delegations] = clients;
  const as = (member: string) => delegations[links.delegations.findIndex((d) => d.member === member)]!;
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: "fr-FR" });
  try {
    // Two papers: one submitted by France and Germany, signed by two; one still being written (never shown).
    await mustSend(as("FRA"), { type: "paper.start", title: "Cybersécurité et IA", language: "fr" });
    await mustSend(as("GBR"), { type: "paper.start", title: "Brouillon secret", language: "fr" });
    const paperId = Object.keys(as("FRA").state!.papers)[0]!;
    await mustSend(as("FRA"), { type: "paper.invite", paperId, members: ["DNK"] });
    await mustSend(as("DNK"), { type: "paper.join", paperId });
    const paper = new PaperClient(as("FRA"), as("FRA").sessionId, paperId);
    await expect.poll(() => paper.status).toBe("saved");
    addClause(paper.doc, {
      section: "operative",
      parent: null,
      after: null,
      phrase: "invites",
      text: "les États membres à coopérer.",
      by: "FRA",
    });
    await expect.poll(() => paper.status).toBe("saved");
    paper.close();
    await mustSend(as("FRA"), { type: "paper.submit", paperId });
    await chair!.waitFor(() => chair!.state!.papers[paperId]?.draftId != null);
    const draftId = chair!.state!.papers[paperId]!.draftId!;

    const members = chair!.state!.procedure.members;
    await mustSend(chair!, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
    await mustSend(chair!, { type: "meeting.open" });
    await mustSend(chair!, { type: "draft.accept", draftId });
    for (const m of ["CHN", "PAK"]) await mustSend(as(m), { type: "draft.sign", draftId });
    await mustSend(as("USA"), { type: "motion.propose", motion: { kind: "unmoderated-caucus", totalSeconds: 600 } });
    const motionId = as("USA").state!.procedure.motions.at(-1)!.id;
    await mustSend(as("GBR"), { type: "motion.second", motionId });
    await mustSend(chair!, { type: "vote.open", subject: { kind: "motion", motionId }, method: "recorded" });
    for (const d of delegations) await d.send({ type: "vote.cast", choice: "yes" });
    await mustSend(chair!, { type: "vote.close" });
    await chair!.waitFor(() => chair!.state!.procedure.caucus?.kind === "unmoderated");

    const screen = await context.newPage();
    await screen.goto(links.screen.url);
    const board = screen.getByTestId("working-papers-board");
    await expect(board).toBeVisible();
    await expect(board).toContainText("Cybersécurité et IA");
    await expect(board).toContainText("Auteurs : France, Danemark");
    await expect(board).toContainText("2 signatures");
    await expect(board).not.toContainText("Brouillon secret");
    const title = board.locator("[data-board-paper] p").first();
    await expect(title).toBeInViewport();
    const size = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    await screen.screenshot({ path: "test-results/screenshots/papers-projector.png" });
  } finally {
    await context.close();
    for (const c of clients) c.close();
  }
});

test("an author cannot push a paper back onto a delegation that declined it: on the phone, Inviter is disabled and says for how long", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const links = await createSession(baseURL, { organ: "model-un" });
  const url = (m: string) => seatUrl(links, m);
  const [fra, gbr] = await scripted(baseURL!, [url("FRA"), url("GBR")]);
  const context = await device(browser, PHONE);
  try {
    await mustSend(fra!, { type: "paper.start", title: "Cybersécurité et IA", language: "fr" });
    const paperId = Object.keys(fra!.state!.papers)[0]!;
    await mustSend(fra!, { type: "paper.invite", paperId, members: ["GBR"] });
    await gbr!.waitFor(() => gbr!.state!.papers[paperId] !== undefined);
    await mustSend(gbr!, { type: "paper.leave", paperId }); // declines

    const page = await context.newPage();
    await page.goto(url("FRA"));
    await page.getByTestId("my-papers").getByRole("button", { name: "Ouvrir" }).click();
    await page.getByTestId("paper-invite-select").selectOption("GBR");
    const invite = page.getByRole("button", { name: "Inviter" });
    await invite.scrollIntoViewIfNeeded();
    await expect(invite).toBeDisabled();
    const why = page.getByTestId("disabled-reason").filter({ hasText: "vous pourrez l'inviter de nouveau dans 10 minutes" });
    await expect(why).toBeInViewport();
    await page.screenshot({ path: "test-results/screenshots/papers-reinvite-phone.png" });
    // Another delegation can still be invited.
    await page.getByTestId("paper-invite-select").selectOption("USA");
    await expect(invite).toBeEnabled();
  } finally {
    await context.close();
    fra!.close();
    gbr!.close();
  }
});
