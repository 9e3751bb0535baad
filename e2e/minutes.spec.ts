/**
 * The minutes of a Security Council session: roll call, an amendment adopted, the draft vetoed
 * by the Russian Federation in a recorded vote — then the chair reads the procès-verbal, the
 * votes, downloads the adopted text and the votes, and sees the feedback for the delegations.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { mustSend, scripted, type ScriptedDelegation } from "./support/clients";
import { createSession } from "./support/api";

const NEW_OP5 = "Recommande aux États membres de n'utiliser l'intelligence artificielle à des fins militaires que sous contrôle humain ;";

test("the minutes of a Council session: procès-verbal, veto, votes table, downloads, feedback", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const links = await createSession(baseURL, { organ: "security-council" });
  const members = links.delegations.map((d) => d.member);
  const clients = await scripted(baseURL!, [links.chair.url, ...links.delegations.map((d) => d.url)]);
  const chair = clients[0]!;
  const delegation = Object.fromEntries(members.map((m, i) => [m, clients[i + 1]!])) as Record<string, ScriptedDelegation>;
  try {
    await mustSend(chair, { type: "attendance.record", entries: Object.fromEntries(members.map((m) => [m, "present"])) });
    await mustSend(chair, { type: "meeting.open" });
    await mustSend(chair, { type: "draft.introduce" });
    await mustSend(chair, { type: "speech.start", member: "GBR" });
    await mustSend(chair, { type: "speech.end" });
    await mustSend(delegation.FRA!, { type: "amendment.submit", op: { kind: "replace", targetId: "op5", text: NEW_OP5 } });
    await mustSend(chair, { type: "vote.open", subject: { kind: "amendment", amendmentId: "A1" }, method: "recorded" });
    for (const m of members) await mustSend(delegation[m]!, { type: "vote.cast", choice: "yes" });
    await mustSend(chair, { type: "vote.close" });
    await mustSend(chair, { type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    for (const m of members) await mustSend(delegation[m]!, { type: "vote.cast", choice: m === "RUS" ? "no" : "yes" });
    await mustSend(chair, { type: "vote.close" });
  } finally {
    for (const c of clients) c.close();
  }

  const key = new URL(links.chair.url).searchParams.get("key")!;
  await page.goto(`/s/${links.id}/minutes?key=${key}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("L'I.A.");
  await expect(page.getByRole("main")).toBeVisible();

  // The procès-verbal: the amendment, its fate, the veto naming the Russian Federation.
  const record = page.getByTestId("proceedings");
  await expect(record.locator('[data-kind="roll-call"]')).toContainText("15 membres présents");
  await expect(record.locator('[data-amendment="A1"]')).toContainText("France dépose l'amendement A1");
  await expect(record.locator('[data-amendment="A1"]')).toContainText("Nouvelle rédaction du paragraphe 5 du dispositif");
  await expect(record).toContainText("L'amendement A1 est adopté");
  await expect(record).toContainText("Intervention du Royaume-Uni");
  await expect(record).toContainText("9 voix pour requises\u202f; 15 membres ont voté pour ou contre");
  await expect(record.getByTestId("vote-outcome").last()).toHaveText(
    "Le projet de résolution n'est pas adopté en raison du vote négatif d'un membre permanent du Conseil (Fédération de Russie)",
  );

  // The votes table: RUS against on the draft, with its veto.
  const draftVote = page.getByTestId("vote-record").filter({ has: page.getByRole("table", { name: /Projet de résolution/ }) });
  await expect(draftVote.getByRole("table")).toHaveCount(1);
  const rusRow = draftVote.getByRole("row", { name: /Fédération de Russie/ });
  await expect(rusRow.getByRole("cell")).toContainText("Contre");
  await expect(rusRow.getByRole("cell")).toContainText("veto");
  await expect(draftVote.getByRole("row", { name: /France/ }).getByRole("cell")).toContainText("Pour");

  // The text as it stands, said honestly: put to the vote, not adopted.
  const status = "Texte mis aux voix — non adopté (veto\u202f: Fédération de Russie)";
  await expect(page.getByRole("heading", { name: status })).toBeVisible();
  await expect(page.getByText("Texte adopté", { exact: false })).toHaveCount(0);
  await expect(page.locator("article").filter({ hasText: NEW_OP5 }).first()).toBeVisible();

  // Downloads.
  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `${status} (Markdown)` }).click()]);
  expect(md.suggestedFilename()).toMatch(/texte-mis-aux-voix-non-adopte-veto-federation-de-russie\.md$/);
  expect(readFileSync((await md.path())!, "utf8")).toContain("5. *Recommande* aux États membres");
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Votes (CSV, pour les outils)" }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/votes\.csv$/);
  const rows = readFileSync((await csv.path())!, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(rows.filter((r) => r.includes(";Projet de résolution;") && r.includes(";RUS;Fédération de Russie;Contre;"))).toHaveLength(1);
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Votes (tableur, .xlsx)" }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/votes\.xlsx$/);
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Procès-verbal (PDF)" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/proces-verbal\.pdf$/);
  expect(
    readFileSync((await pdf.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  // Feedback: the Russian Federation's vote was decisive (its veto).
  const rus = page.locator('[data-testid="feedback"][data-member="RUS"]');
  await expect(rus.getByTestId("decisive")).toHaveText("Vote décisif : son veto a empêché l'adoption");
  await expect(page.locator('[data-testid="feedback"][data-member="FRA"]')).toContainText("A1");

  await page.getByRole("heading", { level: 1 }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/minutes.png", fullPage: true });

  // A delegation's link shows its own feedback first.
  const rusLink = links.delegations.find((d) => d.member === "RUS")!.url;
  const rusKey = new URL(rusLink).pathname.split("/").at(-1)!;
  await page.goto(`/s/${links.id}/minutes?key=${rusKey}`);
  await expect(page.getByTestId("feedback").first()).toHaveAttribute("data-member", "RUS");
  await expect(page.getByTestId("feedback").first()).toContainText("Votre délégation");
});
