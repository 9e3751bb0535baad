/** The HTTP routes the Node server answers itself (the rest goes to Next.js). */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import countries from "i18n-iso-countries";
import { PROTOCOL_VERSION } from "@/lib/protocol";
import type { Database } from "./db";
import { APP_VERSION } from "./version";

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

export interface ApiContext {
  db: Database;
}

const require = createRequire(import.meta.url);
const FLAGS_DIR = path.join(path.dirname(require.resolve("country-flag-icons/package.json")), "3x2");

/** A country's flag by alpha-3 code (`/flags/FRA.svg`), served from country-flag-icons: no bundle cost. */
async function sendFlag(res: ServerResponse, alpha3: string): Promise<void> {
  const alpha2 = countries.alpha3ToAlpha2(alpha3);
  const svg = alpha2 ? await readFile(path.join(FLAGS_DIR, `${alpha2}.svg`)).catch(() => null) : null;
  if (!svg) {
    sendJson(res, 404, { ok: false, error: { code: "http.not_found", message: "No such flag" } });
    return;
  }
  res.writeHead(200, {
    "content-type": "image/svg+xml",
    "cache-control": "public, max-age=604800, immutable",
    "content-length": svg.length,
  });
  res.end(svg);
}

/** Answers the request if it is one of ours; returns false to let Next.js handle it. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, ctx: ApiContext): Promise<boolean> {
  if (url.pathname === "/api/health") {
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendJson(res, 405, { ok: false, error: { code: "http.method_not_allowed", message: "GET only" } });
      return true;
    }
    const db = await ctx.db.health();
    sendJson(res, db.ok ? 200 : 503, { ok: db.ok, version: APP_VERSION, protocol: PROTOCOL_VERSION, db });
    return true;
  }
  const flag = url.pathname.match(/^\/flags\/([A-Z]{3})\.svg$/);
  if (flag) {
    await sendFlag(res, flag[1]!);
    return true;
  }
  return false;
}
