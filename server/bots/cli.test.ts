/** The CLI: its arguments, and a real run (tsx, as `npm run bots` does) against the test server. */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boot, type Booted } from "../test-utils/boot";
import { createSession, join, joined, tokenOf } from "../test-utils/session";
import { parseCli } from "./cli";

let server: Booted;
beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  await server.stop();
});

describe("parseCli", () => {
  it("reads the session, the key, the members, the seed, the think-time and a profiles file", () => {
    const files: Record<string, string> = { "p.json": '{ "RUS": { "draft": { "oppose": 1 } } }' };
    const options = parseCli(
      ["--session", "abc", "--key", "k".repeat(20), "--members", "fra, gbr", "--seed", "42", "--think", "0", "--profiles", "p.json"],
      (p) => files[p]!,
    );
    expect(options).toMatchObject({
      session: "abc",
      members: ["FRA", "GBR"],
      seed: 42,
      thinkTimeMs: 0,
      profiles: { RUS: { draft: { oppose: 1 } } },
    });
    expect(parseCli(["--session", "a", "--key", "b", "--think", "500-1500", "--seed", "class-3b"])).toMatchObject({
      members: undefined,
      seed: "class-3b",
      thinkTimeMs: { min: 500, max: 1500 },
      url: expect.stringMatching(/^http/),
    });
    expect(() => parseCli(["--session", "a"])).toThrow(/--session and --key are required/);
    expect(() => parseCli(["--session", "a", "--key", "b", "--members", "FRANCE"])).toThrow(/--members/);
    expect(() => parseCli(["--session", "a", "--key", "b", "--think", "soon"])).toThrow(/--think/);
    expect(() =>
      parseCli(["--session", "a", "--key", "b", "--profiles", "missing.json"], () => {
        throw new Error("ENOENT");
      }),
    ).toThrow(/missing.json: ENOENT/);
    expect(() => parseCli(["--sesion", "a"])).toThrow();
  });
});

describe("npx tsx server/bots/cli.ts", () => {
  it("joins as the named delegations, answers the roll call, and stops cleanly on SIGTERM", async () => {
    const links = await createSession(server.app.url, { organ: "security-council" });
    const chair = join(server.app.url, links.id, links.chair.url);
    await joined([chair]);
    const root = path.resolve(import.meta.dirname, "../..");
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      [
        "server/bots/cli.ts",
        "--session",
        links.id,
        "--key",
        tokenOf(links.chair.url),
        "--members",
        "FRA,GBR",
        "--seed",
        "3",
        "--think",
        "0",
        "--url",
        server.app.url,
      ],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await chair.waitFor(
        () => chair.state!.procedure.attendance.FRA === "present" && chair.state!.procedure.attendance.GBR === "present",
        20_000,
      );
      expect(Object.keys(chair.state!.procedure.attendance).sort()).toEqual(["FRA", "GBR"]);
      expect(out).toContain("[bots] ready: 2 simulated delegation(s), seed 3");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(out).toContain("[bots] stopped: 2 command(s) sent, 0 refused");
    chair.close();
  }, 30_000);
});
