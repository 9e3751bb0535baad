/**
 * Simulated delegations from the command line, against a running server:
 *
 *   npm run bots -- --session <id> --key <chairKey> [--members FRA,GBR] [--seed 42]
 *                   [--url http://localhost:3000] [--think 1500] [--profiles profiles.json]
 *
 * Without --members, every delegation of the session is simulated (the API cannot tell which
 * seats a human device has joined): name the seats to simulate. --profiles is a JSON file of the
 * chair's edits per member ({ "RUS": { "draft": { "oppose": 1 } } }) on top of the defaults.
 * Stops cleanly on Ctrl-C (SIGINT) or SIGTERM. See docs/simulated-delegations.md.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { BotProfileInput } from "@/lib/bots";
import { MEMBER_CODE } from "@/lib/procedure/members";
import { startBots } from "./runner";

const USAGE = `usage: npm run bots -- --session <id> --key <chairKey> [--members FRA,GBR] [--seed 42] [--url http://localhost:3000] [--think <ms>|<min>-<max>] [--profiles file.json] [--quiet]`;

export interface CliOptions {
  session: string;
  key: string;
  url: string;
  members?: string[];
  seed: number | string;
  thinkTimeMs: number | { min: number; max: number };
  profiles?: Record<string, Partial<BotProfileInput>>;
  quiet: boolean;
}

/** Parses the command line; throws an Error whose message is for the user. */
export function parseCli(argv: string[], readFile: (path: string) => string = (p) => readFileSync(p, "utf8")): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      session: { type: "string" },
      key: { type: "string" },
      members: { type: "string" },
      seed: { type: "string", default: "1" },
      url: { type: "string", default: process.env.HEMICYCLE_URL ?? "http://localhost:3000" },
      think: { type: "string", default: "1200-3000" },
      profiles: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) throw new Error(USAGE);
  if (!values.session || !values.key) throw new Error(`--session and --key are required\n${USAGE}`);
  const members = values.members
    ?.split(",")
    .map((m) => m.trim().toUpperCase())
    .filter(Boolean);
  if (members?.some((m) => !MEMBER_CODE.test(m))) throw new Error(`--members: ISO alpha-3 codes separated by commas (FRA,GBR)`);
  const think = values.think.match(/^(\d+)(?:-(\d+))?$/);
  if (!think) throw new Error(`--think: milliseconds (1500) or a range (1000-3000)`);
  const thinkTimeMs =
    think[2] === undefined ? Number(think[1]) : { min: Number(think[1]), max: Math.max(Number(think[1]), Number(think[2])) };
  const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  let profiles: Record<string, Partial<BotProfileInput>> | undefined;
  if (values.profiles) {
    try {
      profiles = JSON.parse(readFile(values.profiles)) as Record<string, Partial<BotProfileInput>>;
    } catch (error) {
      throw new Error(`--profiles ${values.profiles}: ${(error as Error).message}`);
    }
  }
  return { session: values.session, key: values.key, url: values.url, members, seed, thinkTimeMs, profiles, quiet: values.quiet };
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const runner = await startBots({
    url: options.url,
    sessionId: options.session,
    chairKey: options.key,
    members: options.members,
    seed: options.seed,
    thinkTimeMs: options.thinkTimeMs,
    profiles: options.profiles,
    log: options.quiet ? undefined : (line) => console.log(line),
  }).catch((error: unknown) => {
    console.error(`[bots] ${(error as Error).message}`);
    process.exit(1);
  });
  console.log(`[bots] ready: ${runner.simulatedMembers.length} simulated delegation(s), seed ${options.seed}; Ctrl-C to stop`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await runner.stop();
    console.log(`[bots] stopped: ${runner.sent.length} command(s) sent, ${runner.refusals.length} refused`);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

// Run only when executed (npx tsx server/bots/cli.ts), not when imported by a test.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main();
