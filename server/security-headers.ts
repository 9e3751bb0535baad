/**
 * Headers on every answer, pages and API alike. Links carry their key in the URL: no Referer may
 * take it to another site. Nothing is sniffed into another type, no other site may frame a page
 * (a chair console under someone's overlay), and the CSP admits only this origin — Next's own
 * inline bootstrap scripts and styles included ('unsafe-inline': they carry no nonce), the
 * Socket.IO connection ('self' covers ws: on the same host), QR codes and flags (data:, 'self').
 */
import type { ServerResponse } from "node:http";

export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    // Development: React's and Turbopack's tooling evaluate code.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

export function securityHeaders(dev: boolean): Record<string, string> {
  return {
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "SAMEORIGIN",
    "content-security-policy": contentSecurityPolicy(dev),
    "cross-origin-opener-policy": "same-origin",
  };
}

export function setSecurityHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
