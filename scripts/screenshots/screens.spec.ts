/**
 * The screenshots of docs/screenshots/, in French, from a real session: the projector at
 * 1920×1080 for each kind of business on the floor, the chair's console and a delegate's phone.
 * Run with `npm run screenshots` (E2E_PORT=… to use a server already running).
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { mustSend } from "../../e2e/support/clients";
import { ChairDriver, openScreen } from "../../e2e/support/projector-session";

const OUT = "docs/screenshots";
const PROJECTOR = { width: 1920, height: 1080 };

async function page(browser: Browser, viewport = PROJECTOR): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "fr-FR" });
  return context.newPage();
}

async function shot(p: Page, name: string, focus: string) {
  await expect(p.locator("main")).toHaveAttribute("data-focus-kind", focus);
  await expect(p.getByTestId("session-status")).toHaveText(/^(Connecté|Reconnecté et à jour)$/, { timeout: 20_000 });
  await p.waitForTimeout(400); // the text fits itself to the screen after a render
  await p.screenshot({ path: `${OUT}/${name}.png` });
}

test("the projector, at each kind of business on the floor (Security Council, UK draft)", async ({ browser, baseURL }) => {
  const chair = await ChairDriver.create(baseURL!, "security-council");
  const screen = await page(browser);
  try {
    await openScreen(screen, chair.links);
    await chair.send({
      type: "attendance.record",
      entries: {
        GBR: "present-and-voting",
        FRA: "present-and-voting",
        CHN: "present-and-voting",
        USA: "present-and-voting",
        PAN: "present-and-voting",
      },
    });
    await shot(screen, "screen-roll-call", "roll-call");
    await chair.openAndIntroduce();
    await shot(screen, "screen-draft", "draft");

    const a1 = await chair.amendOp3("FRA");
    for (const m of ["FRA", "USA", "CHN", "RUS"]) await chair.send({ type: "speakers.add", member: m });
    await shot(screen, "screen-amendment", "amendment");

    await chair.send({ type: "speakers.set_time", seconds: 90 });
    await chair.send({ type: "speech.start" });
    await shot(screen, "screen-speech", "speech");
    await chair.send({ type: "speakers.set_time", seconds: 2 });
    await chair.send({ type: "speech.start" });
    await screen.waitForTimeout(4_500);
    await chair.send({ type: "speech.pause" });
    await shot(screen, "screen-speech-overtime", "speech");
    await chair.send({ type: "speech.end" });

    await chair.send({ type: "motion.propose", motion: { kind: "suspend", minutes: 5 }, member: "PAN" });
    await shot(screen, "screen-motion", "motion");
    await chair.send({ type: "vote.open", subject: { kind: "motion", motionId: chair.state.motions[0]!.id }, method: "show-of-hands" });
    await chair.send({ type: "vote.record_totals", yes: 12, no: 3, abstain: 0 });
    await chair.send({ type: "vote.close" });
    await shot(screen, "screen-suspension", "suspension");
    await chair.send({ type: "meeting.resume" });

    const rus = await chair.delegation("RUS");
    await mustSend(rus, { type: "point.raise", kind: "order", text: "Le vote doit porter sur le texte distribué en séance." });
    await shot(screen, "screen-point", "point");
    await chair.send({ type: "point.resolve", pointId: chair.state.points.at(-1)!.id, ruling: "dismissed" });
    await shot(screen, "screen-ruling", "point");
    await chair.send({ type: "speakers.add", member: "GBR" });
    await chair.send({ type: "speakers.set_time", seconds: 60 });
    await chair.send({ type: "speech.start" });
    await chair.send({ type: "projection.set", target: { kind: "clause", clauseId: "op5" } });
    await shot(screen, "screen-projected", "projected");
    await chair.send({ type: "projection.set", target: null });

    await chair.send({ type: "vote.open", subject: { kind: "amendment", amendmentId: a1 }, method: "recorded" });
    const members = chair.state.members;
    const ballots = Object.fromEntries(members.map((m, i) => [m, m === "RUS" ? "no" : i % 5 === 4 ? "abstain" : "yes"] as const));
    await chair.cast(Object.fromEntries(Object.entries(ballots).slice(0, 10)));
    await shot(screen, "screen-vote", "vote");
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
    ]) {
      const small = await page(browser, viewport);
      await openScreen(small, chair.links);
      await shot(small, `screen-vote-${viewport.width}x${viewport.height}`, "vote");
      await small.context().close();
    }
    await chair.cast(Object.fromEntries(Object.entries(ballots).slice(10)));
    await chair.send({ type: "vote.close" });
    await shot(screen, "screen-veto", "decision");
  } finally {
    chair.close();
  }
});

test("the projector during a moderated caucus (Model UN rules)", async ({ browser, baseURL }) => {
  const chair = await ChairDriver.create(baseURL!, "model-un");
  const screen = await page(browser);
  try {
    await openScreen(screen, chair.links);
    await chair.send({ type: "attendance.record", entries: Object.fromEntries(chair.state.members.map((m) => [m, "present"])) });
    await chair.send({ type: "meeting.open" });
    await chair.send({
      type: "motion.propose",
      member: "FRA",
      motion: { kind: "moderated-caucus", totalSeconds: 600, speakerSeconds: 60, topic: "Le financement du fonds" },
    });
    const second = await chair.delegation(chair.state.members.find((m) => m !== "FRA")!);
    await mustSend(second, { type: "motion.second", motionId: chair.state.motions[0]!.id });
    if (chair.state.motions[0])
      await chair.send({ type: "motion.grant", motionId: chair.state.motions[0].id }).catch(async () => {
        await chair.send({ type: "vote.open", subject: { kind: "motion", motionId: chair.state.motions[0]!.id }, method: "show-of-hands" });
        await chair.send({ type: "vote.record_totals", yes: chair.state.members.length, no: 0, abstain: 0 });
        await chair.send({ type: "vote.close" });
      });
    await shot(screen, "screen-caucus", "caucus");
  } finally {
    chair.close();
  }
});

test("the projector during a General Assembly vote: 193 names", async ({ browser, baseURL }) => {
  const chair = await ChairDriver.create(baseURL!, "general-assembly");
  const screen = await page(browser);
  try {
    await openScreen(screen, chair.links);
    await chair.openAndIntroduce();
    await chair.send({ type: "vote.open", subject: { kind: "draft" }, method: "recorded" });
    const members = chair.state.members;
    await chair.cast(Object.fromEntries(members.slice(0, 175).map((m, i) => [m, i < 93 ? "yes" : i < 117 ? "no" : "abstain"] as const)));
    await shot(screen, "screen-assembly-vote", "vote");
  } finally {
    chair.close();
  }
});
