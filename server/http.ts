/** The HTTP routes the Node server answers itself (the rest goes to Next.js). */
import type { IncomingMessage, ServerResponse } from "node:http";
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

/** Answers the request if it is one of ours; returns false to let Next.js handle it. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, ctx: ApiContext): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/api/health") {
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendJson(res, 405, { ok: false, error: { code: "http.method_not_allowed", message: "GET only" } });
      return true;
    }
    const db = await ctx.db.health();
    sendJson(res, db.ok ? 200 : 503, { ok: db.ok, version: APP_VERSION, protocol: PROTOCOL_VERSION, db });
    return true;
  }
  return false;
}
