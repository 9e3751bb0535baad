/**
 * A request line the URL parser refuses (`GET //%F2%83%BE%B2`: read as a protocol-relative URL
 * with an invalid host) must get a 4xx, not take the whole server down. Against a child process,
 * since the failure mode is an uncaught exception.
 */
import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startChild, type Child } from "@/bench/child";
import { sleep } from "@/bench/measure";

let server: Child | null = null;
afterAll(async () => {
  await server?.kill();
});

function get(port: number, rawPath: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, method: "GET" }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on("error", () => resolve(null));
    req.end();
  });
}

describe.skipIf(!process.env.HEMICYCLE_FAULTS)("unparseable request URLs", () => {
  it.each(["//%F2%83%BE%B2?zFi", "//[::1", "//a%ZZb/", "//:99999/x"])(
    "GET %s is answered with a 4xx and the server lives on",
    async (rawPath) => {
      if (!server || server.proc.exitCode !== null || server.proc.signalCode !== null)
        server = await startChild("server-entry.ts", { DB_FILE: path.join(mkdtempSync(path.join(tmpdir(), "hemicycle-url-")), "url.db") });
      const status = await get(server.port, rawPath);
      await sleep(200);
      expect(server.proc.exitCode, `the server died: ${server.stderrTail().slice(-400)}`).toBeNull();
      expect(status).not.toBeNull();
      expect(status!).toBeGreaterThanOrEqual(400);
      expect(status!).toBeLessThan(500);
      expect(await get(server.port, "/api/health")).toBe(200);
    },
  );
});
