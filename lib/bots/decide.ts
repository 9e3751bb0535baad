/**
 * What a simulated delegation does now, given the state: pure, deterministic for a given seed.
 * It consults the engine first: every command it would send is run through `decideLive` on its
 * own copy of the state, and only a command the engine accepts is returned.
 */
import { nextRollCall, type Actor, type AmendmentState, type Choice, type VoteState } from "@/lib/procedure";
import { decideLive, type LiveCommand, type LiveSessionState } from "@/lib/session";
import type { AmendmentOp } from "@/lib/resolution/op";
import type { BotProfile, PreparedAmendment } from "./profile";
import type { BotRng } from "./rng";
import {
  amendmentStance,
  leaning,
  sample,
  sponsorsDraft,
  subjectKey,
  subjectStance,
  viewOf,
  type BotView,
  type StanceChoice,
} from "./stance";

export interface BotAction {
  command: LiveCommand;
  /** Why, in a few words, for logs and the chair's console. */
  reason: string;
}

export interface BotDecideOptions {
  /** The `now` the engine is consulted with (it only stamps events); default 0. */
  now?: number;
}

const VOTE: Record<StanceChoice, Choice> = { support: "yes", oppose: "no", abstain: "abstain" };

/** The command this delegation sends now, or null; the engine accepts it on this state. */
export function decideBotAction(
  state: LiveSessionState,
  member: string,
  profile: BotProfile,
  rng: BotRng,
  options: BotDecideOptions = {},
): LiveCommand | null {
  return planBotAction(state, member, profile, rng, options)?.command ?? null;
}

/**
 * The same with the reason. In order: answer the roll call if nobody recorded it; vote when a
 * vote is open and it is its turn; answer friendly amendments (draft sponsors, when the rules
 * allow them); submit its prepared amendment once the draft is introduced. Never withdraws.
 */
export function planBotAction(
  state: LiveSessionState,
  member: string,
  profile: BotProfile,
  rng: BotRng,
  options: BotDecideOptions = {},
): BotAction | null {
  const procedure = state.procedure;
  if (!procedure.created || !procedure.members.includes(member)) return null;
  const actor: Actor = { role: "delegation", member };
  const accepted = (command: LiveCommand) => decideLive(state, command, { actor, now: options.now ?? 0 }).ok;
  const draw = (key: string) => rng.draw(`${member}|${key}`);
  const first = (actions: BotAction[]) => actions.find((a) => accepted(a.command)) ?? null;
  const view = viewOf(state, member, profile);

  if (profile.attendance && procedure.attendance[member] === undefined) {
    const answer = first([{ command: { type: "attendance.record", entries: { [member]: profile.attendance } }, reason: "roll call" }]);
    if (answer) return answer;
  }
  if (procedure.vote) return first(voteActions(view, procedure.vote, draw));
  const friendly = first(friendlyActions(view, draw));
  if (friendly) return friendly;
  return first(preparedActions(view));
}

/** Its ballot, if it is its turn: the drawn choice first, then what the rules leave if refused. */
function voteActions(view: BotView, vote: VoteState, draw: (key: string) => number): BotAction[] {
  const { state, member } = view;
  if (!vote.eligible.includes(member)) return [];
  const key = `vote:${state.procedure.decisions.length}:${subjectKey(vote.subject)}`;
  const stance = subjectStance(view, vote.subject, vote.motionKind);
  const choice = sample(stance, draw(key));
  if (vote.method === "without-vote") {
    // Adoption without a vote: a delegation that would vote against asks for a vote.
    return choice === "oppose" && vote.requestedBy === null
      ? [{ command: { type: "vote.request" }, reason: `requests a vote (${key})` }]
      : [];
  }
  if (vote.totals !== null) return [];
  if (vote.method === "roll-call") {
    if (nextRollCall(vote)?.member !== member) return [];
  } else if (vote.ballots[member] !== undefined) {
    return [];
  }
  // Never "pass"; when abstaining is refused (second round of a roll call, "present and voting"),
  // the likelier of yes and no.
  const choices = [...new Set<Choice>([VOTE[choice], VOTE[leaning(stance)]])];
  return choices.map((c) => ({
    command: { type: "vote.cast", choice: c },
    reason: `${c} on ${subjectKey(vote.subject)} (${choice}, ${key})`,
  }));
}

/** A draft sponsor answers each friendly amendment once: support accepts, oppose declines, abstain leaves it. */
function friendlyActions(view: BotView, draw: (key: string) => number): BotAction[] {
  const { state, member } = view;
  if (!state.procedure.rules?.amendments.friendlyAllowed || !sponsorsDraft(state, member)) return [];
  const open = (a: AmendmentState) =>
    a.parentId === null && a.status === "pending" && !a.acceptedBy.includes(member) && !a.declinedBy.includes(member);
  const actions: BotAction[] = [];
  for (const amendment of state.procedure.amendments.filter(open)) {
    const choice = sample(amendmentStance(view, amendment), draw(`friendly:${amendment.id}`));
    if (choice === "support")
      actions.push({ command: { type: "amendment.accept", amendmentId: amendment.id }, reason: `accepts ${amendment.id} as friendly` });
    if (choice === "oppose")
      actions.push({ command: { type: "amendment.decline", amendmentId: amendment.id }, reason: `declines ${amendment.id}` });
  }
  return actions;
}

/** Its prepared amendment, once: after the draft's introduction, in an open meeting, if not yet submitted. */
function preparedActions(view: BotView): BotAction[] {
  const { state, member, profile } = view;
  const prepared = profile.preparedAmendment;
  const procedure = state.procedure;
  if (!prepared || procedure.meeting !== "open" || procedure.draft?.status !== "introduced") return [];
  if (alreadySubmitted(procedure.amendments, member, prepared)) return [];
  return [
    {
      command: { type: "amendment.submit", op: prepared.op },
      reason: "submits its prepared amendment",
    },
  ];
}

function alreadySubmitted(amendments: readonly AmendmentState[], member: string, prepared: PreparedAmendment): boolean {
  return amendments.some((a) => a.sponsors[0] === member && sameOp(a.op, prepared.op));
}

function sameOp(a: AmendmentOp, b: AmendmentOp): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "delete":
      return b.kind === "delete" && a.targetId === b.targetId;
    case "replace":
      return b.kind === "replace" && a.targetId === b.targetId && a.text === b.text;
    case "add":
      return b.kind === "add" && a.section === b.section && a.parentId === b.parentId && a.afterId === b.afterId && a.text === b.text;
  }
}
