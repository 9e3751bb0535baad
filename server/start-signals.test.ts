/**
 * `npm start` passes the signals that stop it on to the server (scripts/run-child.mjs): a SIGTERM
 * sent to that process alone once left the server running on its port, with nothing flushed.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const RUN_CHILD = path.resolve(import.meta.dirname, "../scripts/run-child.mjs");

/** A parent that runs, through runChild, a child that records the signal it gets and exits with 0. */
function start(dir: string) {
  const child = path.join(dir, "child.mjs");
  writeFileSync(
    child,
    `import { writeFileSync } from "node:fs";
     for (const s of ["SIGTERM", "SIGINT"]) process.on(s, () => { writeFileSync(${JSON.stringify(path.join(dir, "got"))}, s); process.exit(0); });
     writeFileSync(${JSON.stringify(path.join(dir, "pid"))}, String(process.pid));
     setInterval(() => {}, 1000);`,
  );
  const parent = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { runChild } from ${JSON.stringify(RUN_CHILD)}; runChild(process.execPath, [${JSON.stringify(child)}]);`,
    ],
    { stdio: "ignore" },
  );
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    parent.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { parent, exited };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("npm start's signals reach the server", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`${signal} to the start script alone: the server gets it, shuts down, and the script exits as it did`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "hemicycle-start-"));
      const { parent, exited } = start(dir);
      await until(() => existsSync(path.join(dir, "pid")));
      const childPid = Number(readFileSync(path.join(dir, "pid"), "utf8"));
      parent.kill(signal);
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(readFileSync(path.join(dir, "got"), "utf8")).toBe(signal);
      await until(() => !alive(childPid));
    });
  }
});
