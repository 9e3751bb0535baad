"use client";

import type { Minutes, VoteRecord } from "@/lib/minutes/types";
import { Flag } from "@/components/ui/flag";
import { useMinutesText } from "./use-minutes-text";

const CHOICE_TONE: Record<string, string> = {
  yes: "text-emerald-800",
  no: "text-red-800",
  abstain: "text-slate-700",
  pass: "text-slate-500",
};

/** Every vote with its record: per-member ballots (recorded, roll call) or the totals (show of hands). */
export function VoteRecords({ minutes }: { minutes: Minutes }) {
  const { t } = useMinutesText(minutes.timeZone);
  return (
    <section aria-labelledby="minutes-votes" className="mt-10 print:break-before-page">
      <h2 id="minutes-votes" className="font-serif text-2xl font-semibold text-un-900">
        {t("sections.votes")}
      </h2>
      {minutes.votes.length === 0 ? (
        <p className="mt-4 text-slate-600">{t("noVotes")}</p>
      ) : (
        minutes.votes.map((vote) => <VoteTable key={vote.index} vote={vote} minutes={minutes} />)
      )}
    </section>
  );
}

function VoteTable({ vote, minutes }: { vote: VoteRecord; minutes: Minutes }) {
  const x = useMinutesText(minutes.timeZone);
  const { t, tp } = x;
  const counts = x.counts(vote.outcome);
  const majority = x.majority(vote.outcome);
  const ballots = new Map(vote.ballots?.map((b) => [b.member, b]) ?? []);
  return (
    <div
      id={`vote-${vote.index + 1}`}
      data-testid="vote-record"
      data-vote={vote.index}
      className="mt-6 break-inside-avoid rounded-lg border border-slate-200 p-4 print:border-slate-400"
    >
      <p className="text-sm text-slate-600">
        {tp(`methods.${vote.method}`)} · {tp(`questionKinds.${vote.questionKind}`)} · {t("votes.at", { time: x.time(vote.at) })}
      </p>
      <p className="mt-1 font-serif text-lg font-semibold" data-result={vote.outcome.result}>
        {x.verdict(vote)}
      </p>
      {counts && <p className="text-sm">{counts}</p>}
      {majority && <p className="text-sm text-slate-600">{majority}</p>}
      {vote.reconsidered && <p className="text-sm italic text-slate-600">{t("votes.reconsidered")}</p>}
      {vote.ballots ? (
        <table className="mt-3 w-full border-collapse text-sm">
          <caption className="mb-2 text-left font-semibold text-un-900">
            {t("votes.caption", { n: vote.index + 1, subject: x.subjectTitle(vote.subject) })}
          </caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-4">
                {t("votes.member")}
              </th>
              <th scope="col" className="py-1">
                {t("votes.choice")}
              </th>
            </tr>
          </thead>
          <tbody>
            {x.sorted(minutes.members).map((member) => {
              const ballot = ballots.get(member);
              const decisive = vote.decisive[member];
              return (
                <tr key={member} data-member={member} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-4 text-left font-normal">
                    <span className="inline-flex items-center gap-2">
                      <Flag code={member} />
                      {x.member(member)}
                    </span>
                  </th>
                  <td className={`py-1 ${ballot ? CHOICE_TONE[ballot.choice] : "text-slate-400"}`}>
                    {ballot ? (
                      <>
                        <span className="font-semibold">{x.choice(ballot.choice)}</span>
                        {ballot.withRights && <span className="ml-1 text-slate-600">({t("votes.withRights")})</span>}
                        {decisive && (
                          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 print:border print:border-amber-900">
                            {decisive.kind === "veto" ? t("votes.veto") : t("votes.decisive")}
                          </span>
                        )}
                      </>
                    ) : (
                      t("votes.notVoting")
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="mt-3 text-sm">
          <span className="font-semibold">{t("votes.caption", { n: vote.index + 1, subject: x.subjectTitle(vote.subject) })}</span> —{" "}
          {vote.outcome.withoutVote ? t("votes.withoutVote") : t("votes.totalsOnly")}
        </p>
      )}
    </div>
  );
}
