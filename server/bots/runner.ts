/**
 * Runs simulated delegations for a session: each one a real client of the protocol (the typed
 * SessionClient the browser uses) joined with that delegation's own link, reacting to state
 * changes with the pure `planBotAction`. Runs inside the server process or from the CLI.
 *
 * One scheduler drives all the bots of a runner, one command at a time, in a fixed order (the
 * simulated members' order): each bot decides on its own copy of the state once that copy has
 * caught up with everything the runner has seen. With a think-time of 0 and the same human
 * actions, the event log is therefore the same for the same seed. Every command is checked with
 * `decideLive` on the bot's state just before it is sent; a command the engine would refuse is
 * never sent (that would be a bug in lib/bots, reported in `errors`).
 */
import { createHttpClient } from "@/lib/client/http-client";
import { parseReply } from "@/lib/protocol/http-parse";
import { SessionClient, type SessionStatus } from "@/lib/client/session-client";
import { planBotAction, profileFor, seededRng, type BotAction, type BotProfile, type BotProfileInput, type BotRng } from "@/lib/bots";
import { decideLive, reduceLive, type LiveCommand, type LiveEvent, type LiveSessionState } from "@/lib/session";

export interface BotRunnerOptions {
  /** The server's base URL, e.g. http://localhost:3000 (in process: `app.url`). */
  url: string;
  sessionId: string;
  /** The chair's token: it gives access to the delegations' links. */
  chairKey: string;
  /** The delegations to simulate; default: every delegation of the session. */
  members?: string[];
  /** Same seed + same human actions → same event log. Default 1. */
  seed?: number | string;
  /** The chair's edits to each member's default profile (top-level keys replace the default's). */
  profiles?: Record<string, Partial<BotProfileInput>>;
  /** Pause before each command, ms: a number, or a range drawn from the seed. Default 0. */
  thinkTimeMs?: number | { min: number; max: number };
  /** The clock the engine is consulted with. Default Date.now. */
  now?: () => number;
  locale?: "fr" | "en";
  log?: (line: string) => void;
  /** How long to wait for every bot to join. Default 10 s. */
  joinTimeoutMs?: number;
}

export interface SentCommand {
  member: string;
  command: LiveCommand;
  reason: string;
  seq: number;
}

export interface Refusal {
  member: string;
  command: LiveCommand;
  error: { code: string; message: string };
}

export interface BotRunner {
  readonly sessionId: string;
  /** The delegations this runner simulates (the chair's console shows them, records them present…). */
  readonly simulatedMembers: readonly string[];
  /** Commands sent and acknowledged, in order. */
  readonly sent: readonly SentCommand[];
  /** Commands the server refused (a race with a human or the chair; 0 when actions are sequenced). */
  readonly refusals: readonly Refusal[];
  /** Internal failures: a planned command the engine refused, a lost connection. */
  readonly errors: readonly string[];
  /** The seq of the last event the runner's own commands produced. */
  readonly lastSeq: number;
  profile(member: string): BotProfile;
  /** Replaces a member's profile edits (validated against its default); the bots reconsider at once. */
  setProfile(member: string, edits: Partial<BotProfileInput>): BotProfile;
  /** Resolves once every bot has seen `minSeq` (a public event's) and none has anything left to do. */
  settled(minSeq?: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

type LiveClient = SessionClient<LiveSessionState, LiveEvent, LiveCommand>;

interface Bot {
  member: string;
  client: LiveClient;
  profile: BotProfile | null;
  edits: Partial<BotProfileInput>;
  /** The last refused command at a given seq, so a refusal is not retried on the same state. */
  refused: string | null;
  gone: boolean;
}

/** The delegations' links of a session, by member, read with the chair's key. */
export async function fetchDelegationTokens(url: string, sessionId: string, chairKey: string): Promise<Map<string, string>> {
  const links = await createHttpClient({ base: url, parse: parseReply })("session.links", { params: { id: sessionId }, key: chairKey });
  if (!links.ok) {
    const { code, message } = links.error;
    throw new Error(`links of session ${sessionId}: HTTP ${links.status} ${code} ${message ?? ""}`.trim());
  }
  return new Map(links.delegations.map((d) => [d.member, new URL(d.url).pathname.split("/").at(-1)!]));
}

export async function startBots(options: BotRunnerOptions): Promise<BotRunner> {
  const log = options.log ?? (() => {});
  const now = options.now ?? Date.now;
  const rng: BotRng = seededRng(options.seed ?? 1);
  const tokens = await fetchDelegationTokens(options.url, options.sessionId, options.chairKey);
  const members = options.members ?? [...tokens.keys()];
  const unknown = members.filter((m) => !tokens.has(m));
  if (unknown.length) throw new Error(`not delegations of session ${options.sessionId}: ${unknown.join(", ")}`);

  const sent: SentCommand[] = [];
  const refusals: Refusal[] = [];
  const errors: string[] = [];
  /** The last seq of the runner's own (public) commands: a bot decides only once it has seen it. */
  let knownSeq = 0;
  let stopped = false;
  /** Bots act only once all have joined and their profiles are checked. */
  let started = false;
  let running = false;
  let dirty = false;
  let idleWaiters: Array<() => void> = [];

  const ready = (bot: Bot) =>
    !bot.gone && bot.client.state !== null && (bot.client.status === "connected" || bot.client.status === "resynced");

  const bots: Bot[] = members.map((member) => {
    const bot: Bot = {
      member,
      client: null as unknown as LiveClient,
      profile: null,
      edits: options.profiles?.[member] ?? {},
      refused: null,
      gone: false,
    };
    bot.client = new SessionClient<LiveSessionState, LiveEvent, LiveCommand>({
      url: options.url,
      sessionId: options.sessionId,
      token: tokens.get(member)!,
      locale: options.locale ?? "fr",
      reduce: reduceLive,
      transports: ["websocket"],
      onChange: () => schedule(),
      onStatus: (status: SessionStatus, error) => {
        if (status === "revoked" || status === "join-failed") {
          // The chair reissued this delegation's link (a human took the seat?) or it no longer works.
          bot.gone = true;
          errors.push(`${member}: ${status}${error ? ` (${error.code})` : ""}`);
          log(`[bots] ${member}: ${status}${error ? ` — ${error.message}` : ""}; this delegation is no longer simulated`);
          schedule();
        }
      },
    });
    return bot;
  });

  function profileOf(bot: Bot): BotProfile {
    bot.profile ??= profileFor(bot.client.state!, bot.member, bot.edits);
    return bot.profile;
  }

  function schedule(): void {
    if (stopped || !started) return;
    dirty = true;
    if (!running) void loop();
  }

  function thinkTime(bot: Bot): number {
    const t = options.thinkTimeMs ?? 0;
    if (typeof t === "number") return t;
    return t.min + Math.floor(rng.draw(`think|${bot.member}|${bot.client.seq}`) * (t.max - t.min + 1));
  }

  function plan(bot: Bot): BotAction | null {
    const action = planBotAction(bot.client.state!, bot.member, profileOf(bot), rng, { now: now() });
    if (action && bot.refused === `${bot.client.seq}|${JSON.stringify(action.command)}`) return null;
    return action;
  }

  async function act(bot: Bot): Promise<void> {
    if (bot.client.seq < knownSeq) await bot.client.waitFor(() => bot.client.seq >= knownSeq || !ready(bot), 5_000).catch(() => {});
    if (!ready(bot) || stopped) return;
    let action = plan(bot);
    if (!action) return;
    const pause = thinkTime(bot);
    if (pause > 0) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      if (!ready(bot) || stopped) return;
      action = plan(bot); // the room may have moved on while it was thinking
      if (!action) return;
    }
    const state = bot.client.state!;
    const check = decideLive(state, action.command, { actor: { role: "delegation", member: bot.member }, now: now() });
    if (!check.ok) {
      // planBotAction consults the engine on this very state: this cannot happen unless lib/bots is wrong.
      errors.push(`${bot.member}: planned ${action.command.type} refused by decideLive (${check.error.code}); not sent`);
      bot.refused = `${bot.client.seq}|${JSON.stringify(action.command)}`;
      return;
    }
    const seqBefore = bot.client.seq;
    const reply = await bot.client.send(action.command);
    if (reply.ok) {
      knownSeq = Math.max(knownSeq, reply.seq);
      sent.push({ member: bot.member, command: action.command, reason: action.reason, seq: reply.seq });
      log(`[bots] ${bot.member}: ${action.reason}`);
    } else {
      bot.refused = `${seqBefore}|${JSON.stringify(action.command)}`;
      refusals.push({ member: bot.member, command: action.command, error: { code: reply.error.code, message: reply.error.message } });
      log(`[bots] ${bot.member}: ${action.command.type} refused — ${reply.error.code}`);
    }
  }

  async function loop(): Promise<void> {
    running = true;
    try {
      while (dirty && !stopped) {
        dirty = false;
        for (const bot of bots) {
          if (stopped) break;
          if (ready(bot)) await act(bot);
        }
      }
    } catch (error) {
      errors.push(String(error));
      log(`[bots] ${String(error)}`);
    } finally {
      running = false;
      if (dirty && !stopped) void loop();
      else {
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }

  const joinTimeout = options.joinTimeoutMs ?? 10_000;
  try {
    await Promise.all(bots.map((b) => b.client.waitFor(() => ready(b) || b.gone, joinTimeout)));
  } catch (error) {
    for (const b of bots) b.client.close();
    throw new Error(`simulated delegations could not join session ${options.sessionId}: ${String(error)}`);
  }
  // Profiles (and the chair's edits) are checked now, before any bot acts.
  try {
    for (const bot of bots) if (!bot.gone) profileOf(bot);
  } catch (error) {
    for (const b of bots) b.client.close();
    throw error;
  }
  started = true;
  log(`[bots] simulating ${members.join(", ")} in session ${options.sessionId}`);
  schedule();

  const runner: BotRunner = {
    sessionId: options.sessionId,
    simulatedMembers: members,
    sent,
    refusals,
    errors,
    get lastSeq() {
      return knownSeq;
    },
    profile(member) {
      const bot = bots.find((b) => b.member === member);
      if (!bot || !bot.client.state) throw new Error(`${member} is not simulated here`);
      return profileOf(bot);
    },
    setProfile(member, edits) {
      const bot = bots.find((b) => b.member === member);
      if (!bot || !bot.client.state) throw new Error(`${member} is not simulated here`);
      const profile = profileFor(bot.client.state, member, edits);
      bot.edits = edits;
      bot.profile = profile;
      schedule();
      return profile;
    },
    async settled(minSeq = 0, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      const left = () => Math.max(1, deadline - Date.now());
      await Promise.all(bots.map((b) => b.client.waitFor(() => b.gone || b.client.seq >= minSeq, left())));
      // Everything seen is decided on: wait until a full pass finds nothing to do.
      while (running || dirty) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`bots not settled within ${timeoutMs} ms`)), left());
          idleWaiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
          if (!running && !dirty) idleWaiters.pop()?.();
        });
      }
    },
    async stop() {
      stopped = true;
      const waited = Date.now() + 5_000;
      while (running && Date.now() < waited) await new Promise((resolve) => setTimeout(resolve, 10));
      for (const b of bots) b.client.close();
    },
  };
  return runner;
}
