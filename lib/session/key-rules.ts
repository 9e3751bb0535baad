/**
 * The handful of rules a teacher sets when creating a session, in plain words, and the preset
 * overrides they stand for. The engine validates the merged rules (lib/procedure/overrides), so
 * these are only a friendlier face on `session.create`'s `overrides`.
 */
import type { RulesPreset } from "@/lib/procedure/preset-schema";
import { VOTE_METHODS, type VoteMethod } from "@/lib/procedure/preset-kinds";

export interface KeyRules {
  /** Default speaking time per speech, in seconds; null: unlimited. */
  speakingTimeSeconds: number | null;
  /** Share of the members who must sign a draft before it is introduced, in percent; null: none. */
  signatoryPercent: number | null;
  friendlyAmendments: boolean;
  /** Delegations that answered "present and voting" may not abstain (Assembly rule 88 read strictly). */
  strictPresentAndVoting: boolean;
  defaultMethod: VoteMethod;
}

export const KEY_RULE_METHODS = VOTE_METHODS;

export function keyRulesOf(rules: RulesPreset): KeyRules {
  const share = rules.drafts.signatoryShare;
  return {
    speakingTimeSeconds: rules.speakers.defaultSpeakingTimeSeconds,
    signatoryPercent: share ? Math.round((share.num / share.den) * 100) : null,
    friendlyAmendments: rules.amendments.friendlyAllowed,
    strictPresentAndVoting: !rules.voting.presentAndVotingMayAbstain,
    defaultMethod: rules.voting.defaultMethod,
  };
}

/** The overrides that turn `preset` into these key rules (only what differs from the preset). */
export function keyRulesOverrides(preset: RulesPreset, wanted: Partial<KeyRules>): Record<string, Record<string, unknown>> {
  const current = keyRulesOf(preset);
  const out: Record<string, Record<string, unknown>> = {};
  const set = (section: string, key: string, value: unknown) => ((out[section] ??= {})[key] = value);
  if (wanted.speakingTimeSeconds !== undefined && wanted.speakingTimeSeconds !== current.speakingTimeSeconds)
    set("speakers", "defaultSpeakingTimeSeconds", wanted.speakingTimeSeconds);
  if (wanted.signatoryPercent !== undefined && wanted.signatoryPercent !== current.signatoryPercent)
    set("drafts", "signatoryShare", wanted.signatoryPercent === null ? null : { num: wanted.signatoryPercent, den: 100 });
  if (wanted.friendlyAmendments !== undefined && wanted.friendlyAmendments !== current.friendlyAmendments)
    set("amendments", "friendlyAllowed", wanted.friendlyAmendments);
  if (wanted.strictPresentAndVoting !== undefined && wanted.strictPresentAndVoting !== current.strictPresentAndVoting)
    set("voting", "presentAndVotingMayAbstain", !wanted.strictPresentAndVoting);
  if (wanted.defaultMethod !== undefined && wanted.defaultMethod !== current.defaultMethod)
    set("voting", "defaultMethod", wanted.defaultMethod);
  return out;
}
