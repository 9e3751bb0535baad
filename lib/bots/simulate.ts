/**
 * Simulated delegations without a server: lets every bot act, in a fixed order, until none has
 * anything left to do — the same schedule the runner follows over the network. Pure: for tests,
 * previews ("what would the room vote?") and replays.
 */
import { decideLive, reduceLive, type LiveCommand, type LiveEvent, type LiveSessionState } from "@/lib/session";
import { planBotAction } from "./decide";
import type { BotProfile } from "./profile";
import type { BotRng } from "./rng";

export interface SimulatedStep {
  member: string;
  command: LiveCommand;
  reason: string;
  events: LiveEvent[];
}

export interface SimulationResult {
  state: LiveSessionState;
  steps: SimulatedStep[];
}

/**
 * Round after round, each bot (in `profiles` order) acts once if it has something to do, on the
 * state as its predecessors left it; stops after a round where nobody acted, or after `maxSteps`.
 */
export function settleBots(
  state: LiveSessionState,
  profiles: readonly BotProfile[],
  rng: BotRng,
  options: { now?: number; maxSteps?: number } = {},
): SimulationResult {
  const now = options.now ?? 0;
  const maxSteps = options.maxSteps ?? 10_000;
  const steps: SimulatedStep[] = [];
  let acted = true;
  while (acted && steps.length < maxSteps) {
    acted = false;
    for (const profile of profiles) {
      const action = planBotAction(state, profile.member, profile, rng, { now });
      if (!action) continue;
      const decision = decideLive(state, action.command, { actor: { role: "delegation", member: profile.member }, now });
      // planBotAction only returns what the engine accepts on this very state.
      if (!decision.ok) throw new Error(`simulated ${profile.member}: ${action.command.type} refused (${decision.error.code})`);
      state = decision.events.reduce(reduceLive, state);
      steps.push({ member: profile.member, command: action.command, reason: action.reason, events: decision.events });
      acted = true;
      if (steps.length >= maxSteps) break;
    }
  }
  return { state, steps };
}
