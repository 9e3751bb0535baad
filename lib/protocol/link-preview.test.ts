import { describe, expect, it } from "vitest";
import { isLinkPreview } from "./link-preview";

const from = (headers: Record<string, string>) => (name: string) => headers[name.toLowerCase()];

// User agents as the services and browsers send them.
const PREVIEWS = {
  WhatsApp: "WhatsApp/2.23.20.0 A",
  Slack: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
  Discord: "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
  Telegram: "TelegramBot (like TwitterBot)",
  "Facebook, Messenger": "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  iMessage:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0",
  "Microsoft Teams": "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com",
  LinkedIn: "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
  Google: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
};
const BROWSERS = {
  "Chrome on Android":
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  "Safari on iPhone":
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Firefox on Windows": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
  "Samsung Internet":
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
  "Headless Chromium (the e2e tests)":
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
};

describe("a link preview or a prefetch does not take a delegation's seat", () => {
  for (const [service, agent] of Object.entries(PREVIEWS))
    it(`${service}'s link preview is one`, () => expect(isLinkPreview(from({ "user-agent": agent }))).toBe(true));
  for (const [browser, agent] of Object.entries(BROWSERS))
    it(`${browser} opening the link is a person`, () => expect(isLinkPreview(from({ "user-agent": agent }))).toBe(false));

  it("a browser's prefetch or prerender says so in its headers", () => {
    const chrome = BROWSERS["Chrome on Android"];
    expect(isLinkPreview(from({ "user-agent": chrome, "sec-purpose": "prefetch" }))).toBe(true);
    expect(isLinkPreview(from({ "user-agent": chrome, "sec-purpose": "prefetch;prerender" }))).toBe(true);
    expect(isLinkPreview(from({ "user-agent": chrome, purpose: "prefetch" }))).toBe(true);
    expect(isLinkPreview(from({ "user-agent": BROWSERS["Firefox on Windows"], "x-moz": "prefetch" }))).toBe(true);
  });

  it("a request with no user agent is no browser", () => expect(isLinkPreview(from({}))).toBe(true));
});
