/**
 * Which amendment is voted next (GA rule 90, SC practice) and which become moot when one is
 * adopted. Works on clause ids only (lib/resolution/op): the engine never sees the text.
 */
import { isWithin, touchedClause, type AmendmentKind } from "@/lib/resolution/op";
import type { AmendmentState, MootReason } from "./state";

/**
 * "Furthest removed in substance first", approximated: a deletion removes the most, a
 * replacement rewrites, an addition only adds. Within a kind, the larger caller-supplied
 * `distance` (0..1, from a word diff) goes first; amendments without one follow those with one;
 * then submission order. The chair may reorder.
 */
const KIND_RANK: Record<AmendmentKind, number> = { delete: 0, replace: 1, add: 2 };

function compareRemoteness(a: AmendmentState, b: AmendmentState): number {
  const kind = KIND_RANK[a.op.kind] - KIND_RANK[b.op.kind];
  if (kind !== 0) return kind;
  if (a.distance !== b.distance) {
    if (a.distance === null) return 1;
    if (b.distance === null) return -1;
    return b.distance - a.distance;
  }
  return a.seq - b.seq;
}

/**
 * Proposed order of the pending amendments: each first-degree amendment preceded by its own
 * second-degree amendments (voted before it), first-degree ones by remoteness.
 */
export function proposeVotingOrder(amendments: readonly AmendmentState[]): string[] {
  const pending = amendments.filter((a) => a.status === "pending");
  const pendingIds = new Set(pending.map((a) => a.id));
  const heads = pending.filter((a) => a.parentId === null || !pendingIds.has(a.parentId)).sort(compareRemoteness);
  const order: string[] = [];
  for (const head of heads) {
    const children = pending.filter((a) => a.parentId === head.id).sort(compareRemoteness);
    order.push(...children.map((c) => c.id), head.id);
  }
  return order;
}

/** The queue actually used: the chair's order for what it names, then the proposed order. */
export function votingQueue(amendments: readonly AmendmentState[], chairOrder: readonly string[] | null): string[] {
  const proposed = proposeVotingOrder(amendments);
  if (chairOrder === null) return proposed;
  const fixed = chairOrder.filter((id) => proposed.includes(id));
  return [...fixed, ...proposed.filter((id) => !fixed.includes(id))];
}

/** A chair's order must name exactly the pending amendments and keep second degree first. */
export function isValidOrder(amendments: readonly AmendmentState[], order: readonly string[]): boolean {
  const pending = amendments.filter((a) => a.status === "pending").map((a) => a.id);
  if (order.length !== pending.length || new Set(order).size !== order.length) return false;
  if (!order.every((id) => pending.includes(id))) return false;
  return amendments.every((a) => {
    if (a.status !== "pending" || a.parentId === null) return true;
    const parentAt = order.indexOf(a.parentId);
    return parentAt < 0 || order.indexOf(a.id) < parentAt;
  });
}

export interface MootFinding {
  amendmentId: string;
  reason: MootReason;
  by: string;
}

/** Pending second-degree amendments of `parentIds`, which lapse with their parent. */
function orphans(amendments: readonly AmendmentState[], parentIds: readonly string[], by: string): MootFinding[] {
  return amendments
    .filter((a) => a.status === "pending" && a.parentId !== null && parentIds.includes(a.parentId))
    .map((a) => ({ amendmentId: a.id, reason: "parent-gone" as const, by }));
}

/**
 * Amendments that can no longer be put to the vote once `changed` (first degree) has been adopted
 * or incorporated into the draft:
 * - it deletes clause X → every pending amendment touching X or a clause inside X
 *   (an addition whose *anchor* `afterId` was deleted is kept: the server can place it);
 * - it replaces X and `replaceMootsRivals` → every other pending replacement of exactly X
 *   (rule 90: adopting one necessarily implies rejecting the other);
 * - and the pending second-degree amendments of all of those, and of `changed` itself.
 */
export function mootAfterChange(
  amendments: readonly AmendmentState[],
  changed: AmendmentState,
  replaceMootsRivals: boolean,
): MootFinding[] {
  const op = changed.op;
  const firstDegree = amendments.filter((a) => a.status === "pending" && a.parentId === null && a.id !== changed.id);
  const direct: MootFinding[] = [];
  for (const other of firstDegree) {
    const touched = touchedClause(other.op);
    if (op.kind === "delete" && touched !== null && isWithin(touched, op.targetId)) {
      direct.push({ amendmentId: other.id, reason: "target-deleted", by: changed.id });
    } else if (op.kind === "replace" && replaceMootsRivals && other.op.kind === "replace" && other.op.targetId === op.targetId) {
      direct.push({ amendmentId: other.id, reason: "rival-replaced", by: changed.id });
    }
  }
  const lapsedParents = [changed.id, ...direct.map((d) => d.amendmentId)];
  return [...direct, ...orphans(amendments, lapsedParents, changed.id)];
}

/** Second-degree amendments left without a parent when it is rejected, withdrawn or moot. */
export function orphanedBy(amendments: readonly AmendmentState[], parentId: string): MootFinding[] {
  return orphans(amendments, [parentId], parentId);
}
