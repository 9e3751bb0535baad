/**
 * Default profiles: simple, documented heuristics (docs/simulated-delegations.md) the chair may
 * then edit. They depend only on the session's composition and draft, never on chance.
 */
import type { LiveSessionState } from "@/lib/session";
import { botProfileSchema, type BotProfile, type BotProfileInput, type Stance } from "./profile";
import { describeIssue } from "@/lib/util/zod-issue";

/** A sponsor or co-sponsor of the draft: for it, without hesitation. */
export const SPONSOR_DRAFT_STANCE: Stance = { support: 1, oppose: 0, abstain: 0 };
/** An elected member: leans for, sometimes abstains, rarely against. */
export const MEMBER_DRAFT_STANCE: Stance = { support: 0.6, oppose: 0.1, abstain: 0.3 };
/**
 * A permanent member's no on a substantive question is a veto — a deliberate act, not a draw:
 * by default a P5 that does not sponsor the draft leans for or abstains, and never votes no on a
 * draft unless its profile says so (an oppose weight, or a red line).
 */
export const PERMANENT_DRAFT_STANCE: Stance = { support: 0.6, oppose: 0, abstain: 0.4 };
/** Procedural motions are usually granted: follow the majority-leaning default. */
export const MOTION_STANCE: Stance = { support: 0.7, oppose: 0.1, abstain: 0.2 };

export function defaultProfile(state: LiveSessionState, member: string): BotProfile {
  const sponsors = state.procedure.draft?.sponsors ?? [];
  const sponsor = sponsors.includes(member);
  const permanent = state.procedure.permanentMembers.includes(member);
  return botProfileSchema.parse({
    member,
    attendance: "present",
    draft: sponsor ? SPONSOR_DRAFT_STANCE : permanent ? PERMANENT_DRAFT_STANCE : MEMBER_DRAFT_STANCE,
    // Co-sponsors back each other's amendments.
    friends: sponsor ? sponsors.filter((s) => s !== member) : [],
    motions: { default: MOTION_STANCE, kinds: {} },
  } satisfies BotProfileInput);
}

/**
 * The default profile with the chair's edits on top (top-level keys replace the default's;
 * `member` is always the delegation's own). Throws a readable Error on an invalid edit.
 */
export function profileFor(state: LiveSessionState, member: string, edits: Partial<BotProfileInput> = {}): BotProfile {
  const parsed = botProfileSchema.safeParse({ ...defaultProfile(state, member), ...edits, member });
  if (parsed.success) return parsed.data;
  throw new Error(`profile of ${member}: ${describeIssue(parsed.error, "profile")}`);
}
