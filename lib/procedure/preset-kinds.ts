/**
 * The closed vocabularies of a rules preset (organs, questions, voting methods, motions, points),
 * apart from the zod schema so that code running in the browser can use them without zod.
 */
export const ORGANS = ["security-council", "general-assembly", "main-committee", "model-un"] as const;
export type Organ = (typeof ORGANS)[number];

/** Procedural, other (substantive) and important questions (Art. 18(2), Art. 27(2)–(3)). */
export const QUESTION_KINDS = ["procedural", "substantive", "important"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const VOTE_METHODS = ["show-of-hands", "recorded", "roll-call", "without-vote"] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

/**
 * Motions known to the engine. What each does when adopted is fixed (motions.ts); whether it is
 * in order, needs a second, is debatable and what majority it needs is the preset's.
 */
export const MOTION_KINDS = [
  "suspend",
  "adjourn",
  "adjourn-to",
  "refer",
  "postpone",
  "adjourn-debate",
  "close-debate",
  "close-speakers-list",
  "reopen-speakers-list",
  "set-speaking-time",
  "moderated-caucus",
  "unmoderated-caucus",
  "divide-question",
  "roll-call-vote",
  "reorder-drafts",
  "reconsider",
  "appeal",
] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];

export const POINT_KINDS = ["order", "personal-privilege", "parliamentary-inquiry", "information", "right-of-reply"] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** Conditions a motion's `inOrderWhen` may require; evaluated in motions.ts. */
export const MOTION_CONDITIONS = [
  "draft-before-body",
  "debate-open",
  "no-caucus",
  "speakers-list-open",
  "speakers-list-closed",
  "decision-taken",
  "ruling-given",
] as const;
export type MotionCondition = (typeof MOTION_CONDITIONS)[number];
