/**
 * Ids that name Object.prototype's members ("__proto__", "constructor", "toString"…) in every id
 * a command carries: each is refused (or accepted) with a decision, never a throw — a throw left
 * the room's whole batch unanswered.
 */
import { describe, expect, it } from "vitest";
import { LiveTestSession } from "@/lib/bots/test-utils/council";
import type { LiveCommand } from "./commands";
import { decideLive } from "./decide";
import type { LiveSessionState } from "./state";

const PROTO_IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];

function commandsWith(id: string): Array<Record<string, unknown>> {
  const op = { kind: "replace", targetId: id, text: "x" };
  return [
    { type: "motion.second", motionId: id },
    { type: "motion.object", motionId: id },
    { type: "motion.speak", motionId: id, side: "for" },
    { type: "motion.withdraw", motionId: id },
    { type: "motion.grant", motionId: id },
    { type: "motion.rule_out_of_order", motionId: id },
    { type: "motion.propose", motion: { kind: "appeal", pointId: id } },
    { type: "motion.propose", motion: { kind: "reorder-drafts", order: [id] } },
    {
      type: "motion.propose",
      motion: { kind: "divide-question", parts: [{ clauseId: id, section: "operative" }], operativeClauses: [id] },
    },
    { type: "point.resolve", pointId: id, ruling: "upheld" },
    { type: "amendment.submit", op },
    { type: "amendment.submit", op: { kind: "delete", targetId: id } },
    { type: "amendment.submit", op: { kind: "add", section: "operative", parentId: id, afterId: id, text: "x" } },
    { type: "amendment.submit", op: { kind: "delete", targetId: "op1" }, parentId: id },
    { type: "amendment.cosponsor", amendmentId: id },
    { type: "amendment.accept", amendmentId: id },
    { type: "amendment.decline", amendmentId: id },
    { type: "amendment.withdraw", amendmentId: id },
    { type: "amendments.reorder", order: [id] },
    { type: "vote.open", subject: { kind: "amendment", amendmentId: id } },
    { type: "vote.open", subject: { kind: "part", clauseId: id } },
    { type: "vote.open", subject: { kind: "motion", motionId: id } },
    { type: "settings.override", overrides: { [id]: { x: 1 } } },
    { type: "settings.override", overrides: JSON.parse(`{"${id}": {"polluted": true}}`) },
    { type: "amendment.draft.save", draftId: id, op },
    { type: "amendment.draft.save", op },
    { type: "amendment.draft.discard", draftId: id },
    { type: "amendment.draft.submit", draftId: id },
  ];
}

function states(): LiveSessionState[] {
  const s = new LiveTestSession();
  const before = s.state;
  s.chair({ type: "attendance.record", entries: Object.fromEntries(s.state.procedure.members.map((m) => [m, "present"])) });
  s.chair({ type: "meeting.open" });
  const open = s.state;
  s.chair({ type: "draft.introduce" });
  s.as("FRA", { type: "amendment.submit", op: { kind: "delete", targetId: "op2" } });
  s.as("FRA", { type: "motion.propose", motion: { kind: "suspend", minutes: 5 } });
  return [before, open, s.state];
}

describe("ids named after Object.prototype's members", () => {
  it("never make decide throw, for any actor, in any id a command carries", () => {
    const actors = [
      { role: "chair" as const },
      { role: "delegation" as const, member: "FRA" },
      { role: "delegation" as const, member: "USA" },
    ];
    let decided = 0;
    const threw: string[] = [];
    for (const state of states())
      for (const id of PROTO_IDS)
        for (const command of commandsWith(id))
          for (const actor of actors) {
            try {
              decideLive(state, command as LiveCommand, { actor, now: 1_700_000_000_000 });
            } catch (error) {
              threw.push(
                `${command.type} ${id} (${actor.role === "delegation" ? actor.member : actor.role}): ${String(error).slice(0, 80)}`,
              );
            }
            decided++;
          }
    expect([...new Set(threw)]).toEqual([]);
    expect(decided).toBeGreaterThan(1_000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
