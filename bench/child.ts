/**
 * Child processes for the benchmark and the fault suite: the real server (bench/server-entry.ts)
 * and the bare Socket.IO baseline (bench/baseline-entry.ts), each run by `node --import tsx` so
 * its memory, CPU and event loop are its own.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { ServerStats } from "./server-entry";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface Child {
  proc: ChildProcess;
  port: number;
  url: string;
  /** The server's own figures (real server only). */
  stats(): Promise<ServerStats>;
  /** Restarts the lag histogram, CPU and peak-RSS counters. */
  reset(): Promise<void>;
  /** A full garbage collection in the child (real server only). */
  gc(): Promise<void>;
  /** Writes a heap snapshot (after a full collection) in BENCH_HEAP_DIR; resolves with its path. */
  heapSnapshot(): Promise<string>;
  /** Graceful stop (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
  /** `kill -9`: no chance to flush or close anything. */
  kill(): Promise<void>;
  /** The last lines it wrote on stderr (for failure messages). */
  stderrTail(): string;
}

export function startChild(
  entry: "server-entry.ts" | "baseline-entry.ts",
  env: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<Child> {
  const proc = fork(path.join(ROOT, "bench", entry), [], {
    cwd: ROOT,
    // BENCH_CHILD_ARGS adds node flags to the children, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    execArgv: ["--import", "tsx", ...(process.env.BENCH_CHILD_ARGS?.split(" ").filter(Boolean) ?? [])],
    // As `npm start` runs the server (scripts/start.mjs): two malloc arenas.
    env: { MALLOC_ARENA_MAX: "2", ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  let stderr = "";
  proc.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));

  const request = <T>(type: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: { type?: string }) => {
        if (message?.type !== type) return;
        proc.off("message", onMessage);
        resolve(message as T);
      };
      proc.on("message", onMessage);
      if (!proc.connected) return reject(new Error(`${entry} is not running`));
      proc.send({ type });
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`${entry} did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${code}) before it was ready: ${stderr}`));
    });
    proc.on("message", (message: { type?: string; port?: number }) => {
      if (message?.type !== "ready" || !message.port) return;
      clearTimeout(timer);
      const port = message.port;
      resolve({
        proc,
        port,
        url: `http://127.0.0.1:${port}`,
        stats: () => request<ServerStats>("stats"),
        reset: () => request<unknown>("reset").then(() => undefined),
        gc: () => request<unknown>("gc").then(() => undefined),
        heapSnapshot: () => request<{ file: string }>("heap").then((m) => m.file),
        async stop() {
          if (proc.exitCode !== null || proc.signalCode !== null) return;
          proc.kill("SIGTERM");
          const hard = setTimeout(() => proc.kill("SIGKILL"), 5_000);
          await exited;
          clearTimeout(hard);
        },
        async kill() {
          if (proc.exitCode !== null || proc.signalCode !== null) return;
          proc.kill("SIGKILL");
          await exited;
        },
        stderrTail: () => stderr,
      });
    });
  });
}
