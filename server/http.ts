/** JSON replies, and two routes of the table (./sessions/http.ts): the health check and the flags. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { ServerResponse } from "node:http";
import path from "node:path";
import countries from "i18n-iso-countries";
import { PROTOCOL_VERSION } from "@/lib/protocol";
import type { Handler } from "./sessions/route-kit";
import { refuse } from "./sessions/route-kit";
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

const require = createRequire(import.meta.url);
const FLAGS_DIR = path.join(path.dirname(require.resolve("country-flag-icons/package.json")), "3x2");

/** GET /api/health: the app's and the protocol's versions, and whether the database reads and writes. */
export const health: Handler<"health"> = async ({ deps }) => {
  const db = await deps.db.health();
  return { status: db.ok ? 200 : 503, reply: { ok: db.ok, version: APP_VERSION, protocol: PROTOCOL_VERSION, db } };
};

/** A country's flag by alpha-3 code (`/flags/FRA.svg`), served from country-flag-icons: no bundle cost. */
export const flag: Handler<"flag"> = async ({ res, params: { code } }) => {
  const alpha2 = countries.alpha3ToAlpha2(code);
  const svg = alpha2 ? await readFile(path.join(FLAGS_DIR, `${alpha2}.svg`)).catch(() => null) : null;
  if (!svg) return refuse(404, "http.not_found");
  res.writeHead(200, {
    "content-type": "image/svg+xml",
    "cache-control": "public, max-age=604800, immutable",
    "content-length": svg.length,
  });
  res.end(svg);
  return "sent";
};
