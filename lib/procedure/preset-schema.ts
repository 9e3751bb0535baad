/**
 * What a rules preset holds. Everything a conference may change is a setting here, never a
 * constant in code; the zod schema validates a preset after a session's overrides are merged in.
 */
import { z } from "zod";

import {
  ORGANS,
  QUESTION_KINDS,
  VOTE_METHODS,
  MOTION_KINDS,
  POINT_KINDS,
  MOTION_CONDITIONS,
  type MotionKind,
  type PointKind,
} from "./preset-kinds";
export { ORGANS, QUESTION_KINDS, VOTE_METHODS, MOTION_KINDS, POINT_KINDS, MOTION_CONDITIONS } from "./preset-kinds";
export type { Organ, QuestionKind, VoteMethod, MotionKind, PointKind, MotionCondition } from "./preset-kinds";

const count = z.number().int().min(0);

/** present >= ceil(n·num/den) ("at-least") or present > n·num/den ("more-than"). */
export const quorumRuleSchema = z.strictObject({
  num: z.number().int().min(1),
  den: z.number().int().min(1),
  comparison: z.enum(["at-least", "more-than"]),
});
export type QuorumRule = z.infer<typeof quorumRuleSchema>;

/**
 * simple: yes > no (of those present and voting); two-thirds: yes >= 2·no (and at least one yes);
 * affirmative-votes: at least `count` yes whatever the rest (Security Council, Art. 27).
 */
export const majorityRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("simple") }),
  z.strictObject({ kind: z.literal("two-thirds") }),
  z.strictObject({ kind: z.literal("affirmative-votes"), count: z.number().int().min(1) }),
]);
export type MajorityRule = z.infer<typeof majorityRuleSchema>;

export const motionRuleSchema = z.strictObject({
  /** Lower is voted first and outranks higher numbers (GA rule 77, SC rule 33). */
  precedence: z.number().int().min(1),
  needsSecond: z.boolean(),
  /** null: decided without debate; otherwise how many may speak for and against. */
  debate: z.strictObject({ for: count, against: count }).nullable(),
  /** vote: put to the vote; chair: the chair grants or refuses; automatic: granted on request. */
  decision: z.enum(["vote", "chair", "automatic"]),
  /** procedural: the preset's procedural majority; or a fixed simple / two-thirds majority. */
  majority: z.enum(["procedural", "simple", "two-thirds"]),
  /** The chair may declare it adopted when nobody objects (common Model UN practice). */
  grantableWithoutObjection: z.boolean(),
  inOrderWhen: z.array(z.enum(MOTION_CONDITIONS)),
});
export type MotionRule = z.infer<typeof motionRuleSchema>;

export const pointRuleSchema = z.strictObject({
  /** May interrupt a speaker (personal privilege, order); otherwise waits for the speech to end. */
  interruptsSpeaker: z.boolean(),
});
export type PointRule = z.infer<typeof pointRuleSchema>;

const motionsShape = Object.fromEntries(MOTION_KINDS.map((kind) => [kind, motionRuleSchema.nullable()])) as Record<
  MotionKind,
  z.ZodNullable<typeof motionRuleSchema>
>;
const pointsShape = Object.fromEntries(POINT_KINDS.map((kind) => [kind, pointRuleSchema.nullable()])) as Record<
  PointKind,
  z.ZodNullable<typeof pointRuleSchema>
>;

export const fractionSchema = z
  .strictObject({ num: z.number().int().min(1), den: z.number().int().min(1) })
  .refine((f) => f.num <= f.den, { message: "a share is at most 1" });
export type Fraction = z.infer<typeof fractionSchema>;

export const rulesPresetSchema = z.strictObject({
  id: z.string().min(1),
  organ: z.enum(ORGANS),
  quorum: z.strictObject({
    /** Needed to declare the meeting open (GA rule 67: one third; Main Committee rule 108: one quarter). */
    open: quorumRuleSchema.nullable(),
    /** Needed for any decision (GA rule 67: a majority of the members). */
    decide: quorumRuleSchema.nullable(),
  }),
  voting: z.strictObject({
    majorities: z.strictObject({
      procedural: majorityRuleSchema,
      substantive: majorityRuleSchema,
      important: majorityRuleSchema,
    }),
    /** Question kinds on which a permanent member's "no" defeats the proposal (Art. 27(3)). */
    vetoOn: z.array(z.enum(QUESTION_KINDS)),
    /** Question kinds on which parties to a dispute marked by the chair may not vote (Art. 27(3)). */
    partiesAbstainOn: z.array(z.enum(QUESTION_KINDS)),
    /** false: a delegation that answered "present and voting" may not abstain on substantive votes. */
    presentAndVotingMayAbstain: z.boolean(),
    defaultMethod: z.enum(VOTE_METHODS),
    allowedMethods: z.array(z.enum(VOTE_METHODS)).min(1),
  }),
  rollCall: z.strictObject({
    /** "Pass": called again at the end, where only yes or no is accepted. */
    allowPass: z.boolean(),
    /** "Yes/no with rights": the delegation explains its vote after the vote. */
    allowWithRights: z.boolean(),
  }),
  motions: z.strictObject(motionsShape),
  points: z.strictObject(pointsShape),
  amendments: z.strictObject({
    /** Accepted by every sponsor of the draft → incorporated without a vote. */
    friendlyAllowed: z.boolean(),
    /** "as-draft": the draft's question kind (rule 83–85: amendments to important questions too). */
    questionKind: z.enum(["as-draft", ...QUESTION_KINDS]),
    /** Adopting a `replace` of a clause makes other pending replacements of that clause moot (rule 90). */
    adoptedReplaceMootsRivals: z.boolean(),
    /** Rule 80: a proposal may be withdrawn before voting has begun, if not amended. */
    withdrawalAllowed: z.boolean(),
  }),
  drafts: z.strictObject({
    /** Share of members that must sponsor or sign a draft before it is introduced (MUN: often 1/5). */
    signatoryShare: fractionSchema.nullable(),
    /** Question kind of the draft unless the session marks it important. */
    questionKind: z.enum(QUESTION_KINDS),
  }),
  speakers: z.strictObject({
    defaultSpeakingTimeSeconds: z.number().int().min(1).nullable(),
    yields: z.strictObject({ chair: z.boolean(), delegation: z.boolean(), questions: z.boolean() }),
  }),
  division: z.strictObject({
    /** SC rule 32: only the mover of the draft may object, and the objection blocks the division. */
    moverObjectionBlocks: z.boolean(),
  }),
});
export type RulesPreset = z.infer<typeof rulesPresetSchema>;
