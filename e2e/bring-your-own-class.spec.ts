/**
 * A teacher's own class: the draft the students wrote in Word (automatic numbering), twelve
 * countries picked by name, two phones joining by their links, a vote, the minutes with the
 * imported text. And the imports the importer must refuse, with nothing saved.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { wordDraft } from "./support/word-draft";
import { scripted, voteWhenOpen } from "./support/clients";
import { ChairConsole } from "./pages/chair-console";
import { DelegatePage } from "./pages/delegate-page";
import { api } from "./support/api";

const CLASS = [
  "Royaume-Uni",
  "France",
  "États-Unis",
  "Allemagne",
  "Brésil",
  "Inde",
  "Japon",
  "Afrique du Sud",
  "Mexique",
  "Égypte",
  "Chili",
  "Sénégal",
];
const PHONES = { GBR: "Royaume-Uni", FRA: "France" } as const;

async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  return (await browser.newContext({ viewport, locale: "fr-FR" })).newPage();
}

async function importedCount(baseURL: string): Promise<number> {
  const library = await api(baseURL)("documents.list", { query: { scope: "all" } });
  if (!library.ok) throw new Error(library.error.code);
  return library.documents.filter((d) => !d.bundled).length;
}

test("a Word draft, twelve countries by search, two phones, a vote: the minutes show the imported text", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const teacher = await newPage(browser, { width: 1440, height: 900 });
  await teacher.goto("/");
  await teacher.getByRole("radio", { name: /Assemblée générale/ }).check();
  await teacher.getByRole("button", { name: /Importer un projet/ }).click();
  await teacher.getByLabel("Fichier du projet").setInputFiles({
    name: "projet-oceans.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await wordDraft(),
  });

  const preview = teacher.getByTestId("draft-preview");
  await expect(preview.getByTestId("warning-count")).toHaveText("Aucun avertissement : le projet a été lu tel quel.");
  await expect(preview).toContainText("La protection des océans");
  await expect(preview.getByTestId("preview-counts")).toHaveText("2 paragraphes du préambule, 3 paragraphes du dispositif.");
  await expect(preview.locator('[data-sponsor="États-Unis d\'Amérique"]')).toContainText(/→\s*États-Unis d'Amérique/);
  await expect(preview.getByText("par des patrouilles communes ;")).toBeVisible();
  await preview.getByText("par des patrouilles communes ;").scrollIntoViewIfNeeded();
  await teacher.screenshot({ path: "test-results/screenshots/import-preview-laptop.png" });
  await teacher.getByRole("button", { name: "Enregistrer dans la bibliothèque et utiliser ce projet" }).click();
  await expect(teacher.getByRole("combobox", { name: "Projet de résolution" })).toHaveValue(/^import-/);

  // Twelve countries, each typed into the search then Enter.
  await teacher.getByRole("button", { name: "Liste vide" }).click();
  const search = teacher.getByRole("searchbox", { name: "Ajouter un pays" });
  for (const name of CLASS) {
    await search.fill(name);
    await expect(teacher.getByRole("button", { name: new RegExp(`^Ajouter : ${name}`) }).first()).toBeVisible();
    await search.press("Enter");
  }
  await expect(teacher.getByTestId("member-count")).toHaveText("12 membres");
  await expect(teacher.getByRole("checkbox", { name: /question importante/ })).not.toBeChecked();
  await teacher.getByRole("button", { name: "Créer la séance" }).click();

  await expect(teacher.getByRole("heading", { name: "Liens de la séance" })).toBeVisible();
  // The e2e server listens on 127.0.0.1 only: the page says phones cannot reach these links.
  await expect(teacher.getByTestId("network-warning")).toBeVisible();
  await expect(teacher.getByTestId("session-setup")).toContainText("12 membres");
  await expect(teacher.getByTestId("session-setup")).toContainText("Question importante (deux tiers)non");
  // Before the roll call the composition can still change.
  await expect(teacher.getByRole("button", { name: "Modifier la composition" })).toBeEnabled();
  const linksPage = teacher.url();
  const members = await teacher.locator("article[data-member]").evaluateAll((els) => els.map((e) => e.getAttribute("data-member")!));
  expect(members).toHaveLength(12);
  const linkOf = async (m: string) => (await teacher.locator(`article[data-member="${m}"] a`).getAttribute("href"))!;
  await teacher.screenshot({ path: "test-results/screenshots/links-laptop.png" });

  // Two phones open their delegation's link (the QR code's address).
  const phones: Record<string, DelegatePage> = {};
  for (const [code, name] of Object.entries(PHONES)) {
    const page = await newPage(browser, { width: 390, height: 844 });
    await page.goto(await linkOf(code));
    phones[code] = new DelegatePage(page);
    await phones[code].expectJoinedAs(name);
  }
  const others = await scripted(baseURL!, await Promise.all(members.filter((m) => !(m in PHONES)).map(linkOf)));
  try {
    await teacher.getByRole("link", { name: "Ouvrir la console de la présidence" }).click();
    const chair = new ChairConsole(teacher);
    await teacher.getByRole("button", { name: "Toutes présentes", exact: true }).click();
    await teacher.getByRole("button", { name: /^Enregistrer \(\d+ changements\)/ }).click();
    await expect(teacher.getByTestId("attendance").first()).toContainText("12 présentes sur 12");
    // The roll call has begun: the links page's composition control is disabled and says why.
    const setup = await newPage(browser, { width: 1440, height: 900 });
    await setup.goto(linksPage);
    await expect(setup.getByRole("button", { name: "Modifier la composition" })).toBeDisabled();
    await expect(setup.getByTestId("composition-hint")).toHaveText("La composition ne peut plus être modifiée : l'appel a commencé.");
    await setup.getByTestId("composition-hint").scrollIntoViewIfNeeded();
    await expect(setup.getByTestId("composition-hint")).toBeInViewport();
    await setup.screenshot({ path: "test-results/screenshots/composition-locked-laptop.png" });
    await setup.close();
    await chair.openMeeting();
    await chair.introduceDraft();
    await chair.openVoteOn("le projet de résolution");
    await phones.GBR!.vote("Pour");
    await phones.FRA!.vote("Pour");
    await Promise.all(others.map((c, i) => voteWhenOpen(c, i < 6 ? "yes" : "abstain")));
    await chair.expectTally(/^12 votes sur 12/);
    await phones.FRA!.page.screenshot({ path: "test-results/screenshots/import-phone-vote.png" });
    await chair.closeVote();
  } finally {
    for (const c of others) c.close();
  }

  const chairUrl = new URL(teacher.url());
  await teacher.goto(`/s/${chairUrl.pathname.split("/")[2]}/minutes?key=${chairUrl.searchParams.get("key")}`);
  await expect(teacher.getByRole("main")).toContainText("par des patrouilles communes");
  await expect(teacher.getByRole("main")).toContainText("La protection des océans");

  // Back on the home page: the session is in "my sessions".
  await teacher.goto("/");
  const mine = teacher.getByTestId("my-sessions");
  await expect(mine).toContainText("La protection des océans");
  await expect(mine.getByRole("link", { name: "Reprendre" })).toHaveAttribute("href", /\/chair\?key=/);
  await teacher.setViewportSize({ width: 390, height: 844 });
  await mine.scrollIntoViewIfNeeded();
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await teacher.screenshot({ path: "test-results/screenshots/home-my-sessions-phone.png" });
});

test("pasted Markdown with a numbering gap shows its warning and line; a 5 MB file and a PNG renamed .docx are refused, nothing saved", async ({
  browser,
  baseURL,
}) => {
  const before = await importedCount(baseURL!);
  const teacher = await newPage(browser, { width: 390, height: 844 });
  await teacher.goto("/");
  await teacher.getByRole("button", { name: /Importer un projet/ }).click();
  await teacher
    .getByLabel("… ou collez le texte")
    .fill(
      "**FORUM: Conseil de sécurité**\n\n**SOUMIS PAR: France**\n\n*Le Conseil de sécurité,*\n\n*Rappelant* ses résolutions,\n\n1. *Décide* de créer un groupe ;\n\n3. *Prie* le Secrétaire général de faire rapport.\n",
    );
  await teacher.getByRole("button", { name: "Aperçu du texte collé" }).click();
  const warnings = teacher.getByTestId("draft-preview");
  await expect(warnings.getByTestId("warning-count")).toHaveText("1 avertissement : corrigez le fichier ou acceptez.");
  await expect(warnings.locator('li[data-line="11"]')).toHaveText(
    "Ligne 11 : numérotation interrompue, le paragraphe 3 arrive là où l'on attendait le 2.",
  );
  await warnings.getByTestId("warning-count").scrollIntoViewIfNeeded();
  // Nothing wider than the phone: the preview, the file input and the selects wrap.
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await teacher.screenshot({ path: "test-results/screenshots/import-warning-phone.png" });

  const file = teacher.getByLabel("Fichier du projet");
  await file.setInputFiles({ name: "enorme.docx", mimeType: "application/octet-stream", buffer: Buffer.alloc(5 * 1024 * 1024, 65) });
  await expect(teacher.getByTestId("import-error")).toHaveText(
    "Ce fichier fait 5.0 Mo : la limite est de 2 Mo. Enregistrez le projet sans images, ou collez son texte.",
  );
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);
  await file.setInputFiles({
    name: "projet.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: png,
  });
  await expect(teacher.getByTestId("import-error")).toHaveText("Ce fichier .docx est illisible ou endommagé.");
  await expect(teacher.getByTestId("draft-preview")).toHaveCount(0);
  // The server refuses the 5 MB body too, even if a script skips the page's check.
  const big = await api(baseURL!)("documents.import", { upload: { file: new Uint8Array(5 * 1024 * 1024), fileName: "big.docx" } });
  expect(big).toMatchObject({ ok: false, status: 413, error: { code: "document.too_large" } });
  expect(await importedCount(baseURL!)).toBe(before);
});
