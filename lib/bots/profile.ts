/**
 * Stance profiles of simulated delegations: plain JSON data, validated with zod, editable by the
 * chair and storable with the session. A stance is three weights — support, oppose, abstain —
 * normalised into the probabilities of voting yes, no or abstaining. See
 * docs/simulated-delegations.md for the format and the default heuristics.
 */
import { z } from "zod";
import { MOTION_KINDS, amendmentOpSchema, memberCodeSchema } from "@/lib/procedure";

const clauseId = z.string().min(1).max(200);
const weight = z.number().min(0).max(1_000);

export const stanceSchema = z
  .strictObject({ support: weight.default(0), oppose: weight.default(0), abstain: weight.default(0) })
  .refine((s) => s.support + s.oppose + s.abstain > 0, "a stance needs a positive weight");
export type Stance = z.output<typeof stanceSchema>;
export type StanceInput = z.input<typeof stanceSchema>;

export const topicSchema = z.strictObject({
  /** Matched against a clause's text, case and accents ignored; any keyword matches. */
  keywords: z.array(z.string().trim().min(2).max(100)).min(1).max(50),
  stance: stanceSchema,
});

export const preparedAmendmentSchema = z.strictObject({
  op: amendmentOpSchema,
  /**
   * Accepted for profiles written before, and ignored: co-sponsorship is each delegation's own
   * command (amendment.cosponsor), never part of someone else's submission.
   */
  coSponsors: z.array(memberCodeSchema).max(50).optional(),
});
export type PreparedAmendment = z.output<typeof preparedAmendmentSchema>;

export const botProfileSchema = z.strictObject({
  version: z.literal(1).default(1),
  member: memberCodeSchema,
  /** Its answer to the roll call at the opening when nobody recorded it; null: never answers. */
  attendance: z.enum(["present", "present-and-voting"]).nullable().default("present"),
  /** On the draft as a whole, and the default for each of its clauses. */
  draft: stanceSchema,
  /** On keeping a clause of the draft (by clause id: "op3", "pre2", "op2/b"). */
  clauses: z.record(clauseId, stanceSchema).default({}),
  /** On clauses (and amendment texts) about a topic; the first topic that matches wins. */
  topics: z.array(topicSchema).max(50).default([]),
  /** Clauses whose presence in the final text makes it vote against the draft (a P5: a veto). */
  redLines: z.array(clauseId).max(200).default([]),
  /** Explicit stance on a submitted amendment, by its id ("A2"): the chair's override. */
  amendments: z.record(z.string().min(1).max(100), stanceSchema).default({}),
  /** Delegations whose amendments it tends to support. */
  friends: z.array(memberCodeSchema).max(200).default([]),
  motions: z
    .strictObject({
      default: stanceSchema,
      kinds: z.partialRecord(z.enum(MOTION_KINDS), stanceSchema).default({}),
    })
    .default({ default: { support: 0.7, oppose: 0.1, abstain: 0.2 }, kinds: {} }),
  /** An amendment it submits once, when the draft is introduced and amendments are in order. */
  preparedAmendment: preparedAmendmentSchema.nullable().default(null),
});
export type BotProfile = z.output<typeof botProfileSchema>;
export type BotProfileInput = z.input<typeof botProfileSchema>;

/** Every simulated delegation's profile, by member: what the chair edits and the session stores. */
export const botProfilesSchema = z.record(memberCodeSchema, botProfileSchema);

/** Some common stances, as data. */
export const STANCES = {
  support: { support: 1, oppose: 0, abstain: 0 },
  oppose: { support: 0, oppose: 1, abstain: 0 },
  abstain: { support: 0, oppose: 0, abstain: 1 },
  /** "Abstain when uncertain": nothing in the profile or the state says what to do. */
  uncertain: { support: 0.25, oppose: 0.15, abstain: 0.6 },
} as const satisfies Record<string, Stance>;
