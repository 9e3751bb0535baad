/**
 * Simulated delegations run by the server itself, started and stopped from the chair's console.
 * Their settings are stored in the session's log (`simulation.configure`), so a replay and the
 * minutes show which seats were simulated; the runners themselves live in this process.
 */
import type { SimulationConfig } from "@/lib/session";
import type { BotProfileInput } from "@/lib/bots";
import { startBots, type BotRunner } from "./runner";

const STANCE_WEIGHTS: Record<SimulationConfig["stances"][string], BotProfileInput["draft"]> = {
  support: { support: 1, oppose: 0, abstain: 0 },
  oppose: { support: 0, oppose: 1, abstain: 0 },
  abstain: { support: 0, oppose: 0, abstain: 1 },
};

export interface SimulationStatus {
  running: boolean;
  members: string[];
  sent: number;
  refusals: number;
  errors: string[];
}

export function createSimulationService(deps: { selfUrl(): string; thinkTimeMs?: number | { min: number; max: number } }) {
  const runners = new Map<string, BotRunner>();

  async function stop(sessionId: string): Promise<void> {
    const runner = runners.get(sessionId);
    runners.delete(sessionId);
    await runner?.stop();
  }

  return {
    async start(sessionId: string, chairKey: string, config: Omit<SimulationConfig, "running">): Promise<SimulationStatus> {
      await stop(sessionId);
      if (config.members.length === 0) return this.status(sessionId);
      const profiles = Object.fromEntries(
        Object.entries(config.stances).map(([member, stance]) => [member, { draft: STANCE_WEIGHTS[stance] }]),
      );
      const runner = await startBots({
        url: deps.selfUrl(),
        sessionId,
        chairKey,
        members: config.members,
        seed: config.seed,
        profiles,
        thinkTimeMs: deps.thinkTimeMs ?? { min: 600, max: 1_800 },
      });
      runners.set(sessionId, runner);
      return this.status(sessionId);
    },
    stop,
    status(sessionId: string): SimulationStatus {
      const runner = runners.get(sessionId);
      return {
        running: Boolean(runner),
        members: [...(runner?.simulatedMembers ?? [])],
        sent: runner?.sent.length ?? 0,
        refusals: runner?.refusals.length ?? 0,
        errors: [...(runner?.errors ?? [])].slice(-5),
      };
    },
    async stopAll(): Promise<void> {
      await Promise.all([...runners.keys()].map(stop));
    },
  };
}

export type SimulationService = ReturnType<typeof createSimulationService>;
