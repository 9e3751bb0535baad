/**
 * The chair's pick among the machine's LAN addresses, kept in a cookie: the setup page, the
 * console and the projector opened on the same computer (on `localhost`) then all print the same
 * address in their links and QR codes — the projector's join code included, which no page passes
 * a `?host=` to. The server honours it only when it is one of its own LAN addresses
 * (server/sessions/link-base.ts), so a cookie cannot send students anywhere else.
 */
export const LINK_HOST_COOKIE = "hemicycle-link-host";

/** `document.cookie` value that remembers `host` for a year, on every path of this origin. */
export function linkHostCookie(host: string): string {
  return `${LINK_HOST_COOKIE}=${encodeURIComponent(host)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/** The pick in a `Cookie` header, if any. */
export function linkHostFrom(cookieHeader: string | undefined): string | undefined {
  const raw = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LINK_HOST_COOKIE}=([^;]*)`))?.[1];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw) || undefined;
  } catch {
    return undefined; // a malformed escape: no pick
  }
}
