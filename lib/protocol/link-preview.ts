/**
 * Who is fetching a delegation's link: a student's browser, or a program reading it on someone's
 * behalf — a chat's link preview (the teacher pastes each link in the class's messaging), a
 * browser prefetching it. Opening the link holds the delegation's seat (the join code no longer
 * hands it out), so only a browser's real visit may do that; the others still get the page.
 * A best effort by design: a preview that passes for a browser still takes the seat, as before.
 */

/**
 * Link-preview and crawler user agents (case-insensitive substrings), as the services document them.
 * Not the apps whose in-app browser carries their name (Snapchat, Viber, Pinterest, Instagram):
 * there a student who taps the link is a person.
 */
const PREVIEW_AGENTS = [
  "facebookexternalhit", // Facebook, Messenger, Instagram, and iMessage's previews
  "facebot",
  "whatsapp",
  "slackbot",
  "slack-imgproxy",
  "twitterbot",
  "discordbot",
  "telegrambot",
  "linkedinbot",
  "skypeuripreview", // Skype and Microsoft Teams
  "microsoftpreview",
  "teamsbot",
  "googlebot",
  "google-inspectiontool",
  "bingbot",
  "bingpreview",
  "applebot",
  "duckduckbot",
  "yandexbot",
  "redditbot",
  "embedly",
  "mattermost",
  "rocket.chat",
  "iframely",
  "outbrain",
  "quora link preview",
  "bitlybot",
  "vkshare",
  "w3c_validator",
] as const;

/** Reads one request header by its lower-case name (Next's `headers().get`, or a Node request's `headers[name]`). */
export type HeaderLookup = (name: string) => string | null | undefined;

/** True when the request is a preview or a prefetch, not a person opening the link. */
export function isLinkPreview(header: HeaderLookup): boolean {
  // Browsers' speculative loads say so (Chromium: Sec-Purpose; older: Purpose; Firefox: X-Moz).
  const purpose = `${header("sec-purpose") ?? ""} ${header("purpose") ?? ""} ${header("x-moz") ?? ""}`.toLowerCase();
  if (purpose.includes("prefetch") || purpose.includes("prerender")) return true;
  const agent = (header("user-agent") ?? "").toLowerCase();
  if (!agent) return true; // no browser sends no user agent
  return PREVIEW_AGENTS.some((bot) => agent.includes(bot)) || /\b(?:bot|crawler|spider|preview)\b/.test(agent);
}
