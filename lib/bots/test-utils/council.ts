/** A Security Council session on the UK draft, driven through decideLive/reduceLive (no server). */
import { seedResolution } from "@/lib/resolution/test-utils/seeds";
import { decideLive, reduceLive, replayLive, type LiveCommand, type LiveEvent, type LiveSessionState } from "@/lib/session";
import { newSessionEvents } from "@/lib/session/create";

export const NOW = 1_700_000_000_000;

export class LiveTestSession {
  state: LiveSessionState;
  log: LiveEvent[];

  constructor(input: { organ?: "security-council" | "model-un" | "general-assembly"; members?: string[]; sponsors?: string[] } = {}) {
    const created = newSessionEvents({
      organ: input.organ ?? "security-council",
      members: input.members,
      sponsors: input.sponsors,
      document: { id: "sc-uk-ai-security", parsed: seedResolution("ukDraft"), title: "UK draft" },
      now: NOW,
    });
    if (!created.ok) throw new Error(created.code);
    this.log = [...created.events];
    this.state = replayLive(this.log);
  }

  /** Applies events produced elsewhere (by settleBots). */
  absorb(state: LiveSessionState, events: LiveEvent[]): void {
    this.state = state;
    this.log.push(...events);
  }

  private run(actor: { role: "chair" } | { role: "delegation"; member: string }, command: LiveCommand): LiveEvent[] {
    const decision = decideLive(this.state, command, { actor, now: NOW });
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.code}`);
    for (const event of decision.events) this.state = reduceLive(this.state, event);
    this.log.push(...decision.events);
    return decision.events;
  }

  chair(command: LiveCommand): LiveEvent[] {
    return this.run({ role: "chair" }, command);
  }

  as(member: string, command: LiveCommand): LiveEvent[] {
    return this.run({ role: "delegation", member }, command);
  }
}
