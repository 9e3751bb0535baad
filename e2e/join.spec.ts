/** A student joins from the projector: the QR code's page, a tap on the country, the delegation's own view. */
import { expect, test } from "@playwright/test";
import { createSession } from "./support/api";

test("during the roll call the screen shows a join code; a student takes France's seat from a phone", async ({ browser, baseURL }) => {
  const links = await createSession(baseURL, { organ: "security-council" });
  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await screen.goto(links.screen.url);
  const code = screen.getByTestId("join-code");
  await expect(code).toContainText("Rejoignez la séance");
  await expect(code.locator("svg")).toBeVisible();
  const joinUrl = (await code.locator(".font-mono").textContent())!;

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(new URL(joinUrl).pathname + new URL(joinUrl).search);
  await phone.getByRole("button", { name: /France/ }).click();
  await expect(phone.getByTestId("delegation-name")).toHaveText("France");

  // The seat is now taken for everyone else.
  const other = await (await browser.newContext()).newPage();
  await other.goto(new URL(joinUrl).pathname + new URL(joinUrl).search);
  await expect(other.getByRole("button", { name: /France/ })).toBeDisabled();
  await expect(other.getByRole("button", { name: /France/ })).toContainText("pris");
});

test("a chat's link preview of a delegation's link leaves its seat free; the student's own visit takes it", async ({
  browser,
  baseURL,
  request,
}) => {
  const links = await createSession(baseURL, { organ: "security-council" });
  const france = links.delegations.find((d) => d.member === "FRA")!;
  // The teacher pastes France's link in the class's chat: the chat reads the page for its preview.
  const preview = await request.get(new URL(france.url).pathname, {
    headers: { "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" },
  });
  expect(preview.status()).toBe(200);

  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await screen.goto(links.screen.url);
  const joinUrl = new URL((await screen.getByTestId("join-code").locator(".font-mono").textContent())!);
  const join = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await join.goto(joinUrl.pathname + joinUrl.search);
  await expect(join.getByRole("button", { name: /France/ })).toBeEnabled();

  // The student opens the link: from now on the join code no longer hands France's seat out.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(france.url);
  await expect(phone.getByTestId("delegation-name")).toHaveText("France");
  await join.reload();
  await expect(join.getByRole("button", { name: /France/ })).toBeDisabled();
  await expect(join.getByRole("button", { name: /France/ })).toContainText("pris");
});
