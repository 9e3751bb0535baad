/**
 * The four rules presets, as data. Sources in comments; every value may be overridden per
 * session (overrides.ts).
 */
import type { MotionRule, PointRule, RulesPreset } from "./preset-schema";
import { ORGANS } from "./preset-kinds";

/** One preset per organ. */
export const PRESET_IDS = ORGANS;
export type PresetId = (typeof PRESET_IDS)[number];

/** Shorthand for a motion rule; unspecified fields get the common defaults. */
function motion(precedence: number, rule: Partial<Omit<MotionRule, "precedence">> = {}): MotionRule {
  return {
    precedence,
    needsSecond: false,
    debate: null,
    decision: "vote",
    majority: "procedural",
    grantableWithoutObjection: false,
    inOrderWhen: [],
    ...rule,
  };
}

const interrupts: PointRule = { interruptsSpeaker: true };
const waits: PointRule = { interruptsSpeaker: false };
const twoAndTwo = { for: 2, against: 2 };

/**
 * Security Council: Charter Art. 27, Provisional Rules of Procedure S/96/Rev.7.
 * No quorum rule (the nine-vote threshold binds); no seconding (rule 34); precedence rule 33;
 * division unless the mover objects (rule 32).
 */
const securityCouncil: RulesPreset = {
  id: "security-council",
  organ: "security-council",
  quorum: { open: null, decide: null },
  voting: {
    majorities: {
      procedural: { kind: "affirmative-votes", count: 9 },
      substantive: { kind: "affirmative-votes", count: 9 },
      important: { kind: "affirmative-votes", count: 9 },
    },
    vetoOn: ["substantive", "important"],
    partiesAbstainOn: ["substantive", "important"],
    presentAndVotingMayAbstain: true,
    defaultMethod: "show-of-hands",
    allowedMethods: ["show-of-hands", "recorded", "roll-call", "without-vote"],
  },
  rollCall: { allowPass: false, allowWithRights: false },
  motions: {
    // Rule 33: (1) suspend, (2) adjourn, (3) adjourn to a day/hour, (4) refer, (5) postpone;
    // 1 and 2 without debate.
    suspend: motion(1),
    adjourn: motion(2),
    "adjourn-to": motion(3, { debate: twoAndTwo }),
    refer: motion(4, { debate: twoAndTwo, inOrderWhen: ["draft-before-body"] }),
    postpone: motion(5, { debate: twoAndTwo, inOrderWhen: ["draft-before-body"] }),
    "adjourn-debate": null,
    "close-debate": null,
    "close-speakers-list": null,
    "reopen-speakers-list": null,
    "set-speaking-time": null,
    "moderated-caucus": null,
    "unmoderated-caucus": null,
    // Rule 32: granted on request unless the mover objects (division.moverObjectionBlocks).
    "divide-question": motion(6, { grantableWithoutObjection: true, inOrderWhen: ["draft-before-body"] }),
    "roll-call-vote": motion(7, { decision: "automatic" }),
    "reorder-drafts": null,
    reconsider: null,
    // Rule 30: a ruling stands unless overruled.
    appeal: motion(1, { inOrderWhen: ["ruling-given"] }),
  },
  points: {
    order: interrupts,
    "personal-privilege": null,
    "parliamentary-inquiry": null,
    information: null,
    "right-of-reply": waits,
  },
  amendments: {
    friendlyAllowed: false,
    questionKind: "as-draft",
    adoptedReplaceMootsRivals: true,
    withdrawalAllowed: true,
  },
  drafts: { signatoryShare: null, questionKind: "substantive" },
  speakers: {
    defaultSpeakingTimeSeconds: null,
    yields: { chair: true, delegation: false, questions: false },
  },
  division: { moverObjectionBlocks: true },
};

/** General Assembly plenary: Charter Art. 18, Rules of Procedure A/520/Rev.20. */
const generalAssembly: RulesPreset = {
  id: "general-assembly",
  organ: "general-assembly",
  // Rule 67: one third present to open, a majority present for any decision.
  quorum: {
    open: { num: 1, den: 3, comparison: "at-least" },
    decide: { num: 1, den: 2, comparison: "more-than" },
  },
  voting: {
    majorities: {
      procedural: { kind: "simple" },
      substantive: { kind: "simple" },
      important: { kind: "two-thirds" },
    },
    vetoOn: [],
    partiesAbstainOn: [],
    presentAndVotingMayAbstain: true,
    defaultMethod: "recorded",
    allowedMethods: ["show-of-hands", "recorded", "roll-call", "without-vote"],
  },
  rollCall: { allowPass: false, allowWithRights: false },
  motions: {
    // Rule 77: suspend > adjourn > adjourn the debate > closure of debate; rules 72–76, 81, 89.
    suspend: motion(1),
    adjourn: motion(2),
    "adjourn-to": null,
    refer: null,
    postpone: null,
    "adjourn-debate": motion(3, { debate: twoAndTwo, inOrderWhen: ["draft-before-body", "debate-open"] }),
    "close-debate": motion(4, { debate: { for: 0, against: 2 }, inOrderWhen: ["debate-open"] }),
    "close-speakers-list": motion(5, { debate: twoAndTwo, inOrderWhen: ["speakers-list-open", "debate-open"] }),
    "reopen-speakers-list": motion(5, { debate: twoAndTwo, inOrderWhen: ["speakers-list-closed", "debate-open"] }),
    "set-speaking-time": motion(5, { debate: twoAndTwo }),
    "moderated-caucus": null,
    "unmoderated-caucus": null,
    "divide-question": motion(6, { debate: twoAndTwo, grantableWithoutObjection: true, inOrderWhen: ["draft-before-body"] }),
    // Rule 87: any member may request a roll call; it is a right, not put to the vote.
    "roll-call-vote": motion(7, { decision: "automatic" }),
    "reorder-drafts": motion(8, { inOrderWhen: ["draft-before-body"] }),
    reconsider: motion(8, { debate: { for: 0, against: 2 }, majority: "two-thirds", inOrderWhen: ["decision-taken"] }),
    appeal: motion(1, { inOrderWhen: ["ruling-given"] }),
  },
  points: {
    order: interrupts,
    "personal-privilege": null,
    "parliamentary-inquiry": null,
    information: null,
    "right-of-reply": waits,
  },
  amendments: {
    friendlyAllowed: false,
    questionKind: "as-draft",
    adoptedReplaceMootsRivals: true,
    withdrawalAllowed: true,
  },
  drafts: { signatoryShare: null, questionKind: "substantive" },
  speakers: {
    defaultSpeakingTimeSeconds: null,
    yields: { chair: true, delegation: false, questions: false },
  },
  division: { moverObjectionBlocks: false },
};

/** Main Committees: simple majority for everything (rule 125), quorum one quarter to open (rule 108). */
const mainCommittee: RulesPreset = {
  ...generalAssembly,
  id: "main-committee",
  organ: "main-committee",
  quorum: {
    open: { num: 1, den: 4, comparison: "at-least" },
    decide: { num: 1, den: 2, comparison: "more-than" },
  },
  voting: {
    ...generalAssembly.voting,
    majorities: {
      procedural: { kind: "simple" },
      substantive: { kind: "simple" },
      important: { kind: "simple" },
    },
  },
};

/**
 * Model UN conventions (THIMUN / HNMUN / NMUN / French-language MUN, common defaults): motions
 * need a second; caucuses; friendly amendments; roll call with pass and rights; one fifth of the
 * members as signatories; "present and voting" may not abstain.
 */
const modelUn: RulesPreset = {
  id: "model-un",
  organ: "model-un",
  quorum: {
    open: { num: 1, den: 3, comparison: "at-least" },
    decide: { num: 1, den: 2, comparison: "more-than" },
  },
  voting: {
    majorities: {
      procedural: { kind: "simple" },
      substantive: { kind: "simple" },
      important: { kind: "two-thirds" },
    },
    vetoOn: [],
    partiesAbstainOn: [],
    presentAndVotingMayAbstain: false,
    defaultMethod: "show-of-hands",
    allowedMethods: ["show-of-hands", "recorded", "roll-call", "without-vote"],
  },
  rollCall: { allowPass: true, allowWithRights: true },
  motions: {
    adjourn: motion(1, { needsSecond: true }),
    suspend: motion(2, { needsSecond: true }),
    "adjourn-to": null,
    refer: null,
    postpone: null,
    "adjourn-debate": motion(3, {
      needsSecond: true,
      debate: twoAndTwo,
      majority: "two-thirds",
      inOrderWhen: ["draft-before-body", "debate-open"],
    }),
    "close-debate": motion(4, { needsSecond: true, debate: { for: 0, against: 2 }, majority: "two-thirds", inOrderWhen: ["debate-open"] }),
    "unmoderated-caucus": motion(5, { needsSecond: true, inOrderWhen: ["no-caucus"] }),
    "moderated-caucus": motion(6, { needsSecond: true, inOrderWhen: ["no-caucus"] }),
    "set-speaking-time": motion(7, { needsSecond: true, grantableWithoutObjection: true }),
    "close-speakers-list": motion(8, {
      needsSecond: true,
      grantableWithoutObjection: true,
      inOrderWhen: ["speakers-list-open", "debate-open"],
    }),
    "reopen-speakers-list": motion(8, {
      needsSecond: true,
      grantableWithoutObjection: true,
      inOrderWhen: ["speakers-list-closed", "debate-open"],
    }),
    "divide-question": motion(9, { needsSecond: true, debate: twoAndTwo, inOrderWhen: ["draft-before-body"] }),
    "roll-call-vote": motion(9, { needsSecond: true, grantableWithoutObjection: true }),
    "reorder-drafts": motion(9, { needsSecond: true, inOrderWhen: ["draft-before-body"] }),
    reconsider: motion(10, { needsSecond: true, debate: { for: 0, against: 2 }, majority: "two-thirds", inOrderWhen: ["decision-taken"] }),
    appeal: motion(1, { inOrderWhen: ["ruling-given"] }),
  },
  points: {
    order: interrupts,
    "personal-privilege": interrupts,
    "parliamentary-inquiry": waits,
    information: waits,
    "right-of-reply": waits,
  },
  amendments: {
    friendlyAllowed: true,
    questionKind: "as-draft",
    adoptedReplaceMootsRivals: true,
    withdrawalAllowed: true,
  },
  drafts: { signatoryShare: { num: 1, den: 5 }, questionKind: "substantive" },
  speakers: {
    defaultSpeakingTimeSeconds: 90,
    yields: { chair: true, delegation: true, questions: true },
  },
  division: { moverObjectionBlocks: false },
};

export const PRESETS: Readonly<Record<PresetId, RulesPreset>> = {
  "security-council": securityCouncil,
  "general-assembly": generalAssembly,
  "main-committee": mainCommittee,
  "model-un": modelUn,
};

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}
