import { randomBytes } from "node:crypto";

/** An unguessable link secret: 160 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(20).toString("base64url");
}

/** A short, readable session id (not a secret: every link also carries a token). */
export function newSessionId(): string {
  return randomBytes(6).toString("base64url").replace(/[-_]/g, "x");
}
