"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { nextRollCall } from "@/lib/procedure/decide-votes";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { BallotForm } from "./ballot-form";
import { useSubjectLabel } from "../voting/use-subject-label";
import { useMemberName } from "../ui/use-member-name";
import { AmendmentCard } from "../debate/amendment-card";
import { currentDocument } from "@/lib/session/document";
import { clauseText, findClause } from "@/lib/resolution/tree";

/** The delegation's ballot: what it may answer now, why not otherwise, and what was recorded. */
export function VotePanel() {
  const t = useTranslations("delegate.vote");
  const tp = useTranslations("procedure");
  const live = useSession((s) => s.live)!;
  const member = useSession((s) => s.member)!;
  const p = live.procedure;
  const vote = p.vote;
  const subjectLabel = useSubjectLabel(p);
  const name = useMemberName();
  const [withRights, setWithRights] = useState(false);
  if (!vote) return null;

  const mine = vote.ballots[member];
  const called = vote.method === "roll-call" ? nextRollCall(vote) : null;
  const choices =
    vote.method === "roll-call" && called?.round === 2 ? (["yes", "no"] as const) : (["yes", "no", "abstain", "pass"] as const);

  return (
    <section aria-labelledby="vote-heading" className="rounded-lg border-2 border-un-700 bg-white p-4 shadow-md" data-testid="vote-panel">
      <h2 id="vote-heading" className="font-serif text-xl font-semibold text-un-900">
        {t("heading", { subject: subjectLabel(vote.subject, vote.motionKind) })}
      </h2>
      <AtStake />
      <p className="mt-1 text-sm text-slate-700">
        {tp(`methods.${vote.method}` as never)} · {tp(`questionKinds.${vote.questionKind}` as never)}
      </p>
      {called && (
        <p className="mt-2 rounded bg-un-50 px-2 py-1 text-sm" aria-live="polite">
          {called.member === member ? t("yourTurn") : t("called", { member: name(called.member) })}
        </p>
      )}
      {vote.method === "without-vote" ? (
        <div className="mt-3">
          <p className="mb-2 text-sm text-slate-700">{t("withoutVote")}</p>
          <CommandButton command={{ type: "vote.request" }} variant="secondary" showReason>
            {t("request")}
          </CommandButton>
        </div>
      ) : (
        <>
          <BallotForm>
            {(submit) => (
              <>
                <div className="mt-3 flex flex-wrap gap-2">
                  {choices.map((choice) => (
                    <CommandButton
                      key={choice}
                      command={{ type: "vote.cast", choice, ...(withRights && choice !== "pass" ? { withRights: true } : {}) }}
                      variant={choice === "yes" ? "yes" : choice === "no" ? "no" : choice === "abstain" ? "abstain" : "secondary"}
                      className="min-w-24 py-3 text-lg"
                      submit={submit(choice)}
                    >
                      {tp(`choices.${choice}`)}
                    </CommandButton>
                  ))}
                </div>
                {vote.method === "roll-call" && (
                  <label className="mt-3 flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="withRights"
                      checked={withRights}
                      onChange={(e) => setWithRights(e.target.checked)}
                      className="accent-un-700"
                    />
                    {t("withRights")}
                  </label>
                )}
              </>
            )}
          </BallotForm>
          <p className="mt-3 text-sm" role="status" aria-live="polite" data-testid="my-ballot">
            {mine ? t("recorded", { choice: tp(`choices.${mine.choice}`) }) : t("notYet")}
            {mine && vote.method !== "roll-call" ? ` ${t("canChange")}` : ""}
          </p>
        </>
      )}
    </section>
  );
}

/** The text the vote is about: the amendment as tracked changes, the paragraph voted separately. */
function AtStake() {
  const live = useSession((s) => s.live)!;
  const subject = live.procedure.vote?.subject;
  if (subject?.kind === "amendment") {
    const amendment = live.procedure.amendments.find((a) => a.id === subject.amendmentId);
    return amendment ? (
      <div className="mt-2" data-testid="at-stake">
        <AmendmentCard amendment={amendment} document={live.document} />
      </div>
    ) : null;
  }
  if (subject?.kind === "part") {
    const doc = currentDocument(live);
    const found = doc ? findClause(doc, subject.clauseId) : null;
    return found ? (
      <p className="mt-2 rounded-md bg-slate-50 p-2 font-serif" data-testid="at-stake">
        {clauseText(found.clause)}
      </p>
    ) : null;
  }
  return null;
}
