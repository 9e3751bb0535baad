/**
 *   POST /api/sessions/:id/ballot   (form-encoded: token, choice, commandId, withRights?)
 * The ballot of a phone that has not run the page's scripts (slow network, weak device): the
 * delegate page's vote buttons are a real form. The link is checked as the socket's join checks
 * it; the ballot is the link's own `vote.cast` — nothing in the form names the member, the engine
 * decides it exactly as over the socket — sent through the room's one commit path under the
 * link's budget (shared with its sockets), written before the answer. The answer sends the
 * browser back to its page (303), which shows the ballot as cast, or the reason it was refused.
 */
import { ballotCommandId, refusalQuery } from "@/lib/protocol/ballot";
import type { LiveCommand } from "@/lib/session";
import { delegationUrl, seeOther } from "./http-kit";
import { openLink } from "./open-link";
import { refuse, type Handler } from "./route-kit";

export const castBallot: Handler<"ballot.cast"> = async ({ res, deps, params: { id }, body }) => {
  // The page of this very link: a refused or revoked link shows its own error there.
  const page = delegationUrl("", id, body.token);
  const opened = await openLink(deps.db, id, body.token);
  if (!opened.ok) return (seeOther(res, page), "sent");
  // Only a delegation casts its own ballot (the chair records others' from the console).
  if (opened.actor.role !== "delegation") return refuse(403, "auth.forbidden");
  if (!deps.commands.budget(body.token).take(1)) return (seeOther(res, page + refusalQuery("rate.limited")), "sent");
  // As the page's own buttons send it: the checkbox goes with yes or no, never with "pass".
  const command: LiveCommand = {
    type: "vote.cast",
    choice: body.choice,
    ...(body.withRights && body.choice !== "pass" ? { withRights: true } : {}),
  };
  const result = await deps.commands.commit(id, command, ballotCommandId(body.commandId, body.choice), opened.actor);
  seeOther(res, result.ok ? page : page + refusalQuery(result.error.code, result.error.params));
  return "sent";
};
