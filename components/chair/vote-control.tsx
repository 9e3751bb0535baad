"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { nextRollCall } from "@/lib/procedure/decide-votes";
import { QUESTION_KINDS, VOTE_METHODS, type QuestionKind, type VoteMethod } from "@/lib/procedure/preset-kinds";
import type { VoteSubject } from "@/lib/procedure/state";
import type { LiveCommand } from "@/lib/session";
import { amendmentQueue, voteProgress } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { useSubjectLabel } from "../voting/use-subject-label";
import { useMemberName } from "../ui/use-member-name";
import { useCloseQuestion } from "./use-close-question";

/** A member drawn by lot to be called first in a roll call (rule 87): the draw travels in the command, so replays agree. */
function drawByLot(members: string[]): string {
  const random = new Uint32Array(1);
  crypto.getRandomValues(random);
  return members[random[0]! % members.length]!;
}

/** Opening, following and closing votes. */
export function VoteControl() {
  const t = useTranslations("chair.vote");
  const tp = useTranslations("procedure");
  const p = useSession((s) => s.live)!.procedure;
  const name = useMemberName();
  const subjectLabel = useSubjectLabel(p);
  const progress = voteProgress(p);
  const [method, setMethod] = useState<VoteMethod>(p.nextVoteMethod ?? "recorded");
  const [totals, setTotals] = useState({ yes: 0, no: 0, abstain: 0 });
  const [questionKind, setQuestionKind] = useState<QuestionKind | "">("");
  const closeQuestion = useCloseQuestion();

  if (progress) {
    const vote = progress.vote;
    const called = vote.method === "roll-call" ? nextRollCall(vote) : null;
    return (
      <section aria-labelledby="vote-control-heading" className="rounded-lg border-2 border-un-700 bg-white p-4">
        <h2 id="vote-control-heading" className="font-serif text-xl font-semibold text-un-900">
          {t("inProgress", { subject: subjectLabel(vote.subject, vote.motionKind) })}
        </h2>
        <p className="text-sm text-slate-700">
          {tp(`methods.${vote.method}` as never)} · {tp(`questionKinds.${vote.questionKind}` as never)}
        </p>
        <p className="mt-2 text-lg" data-testid="chair-tally">
          {t("progress", {
            cast: progress.cast,
            eligible: progress.eligible,
            yes: progress.yes,
            no: progress.no,
            abstain: progress.abstain,
          })}
        </p>
        {called && <p className="mt-1 rounded bg-un-50 px-2 py-1">{t("calling", { member: name(called.member), round: called.round })}</p>}
        {vote.method === "show-of-hands" && (
          <div className="mt-3 flex flex-wrap items-end gap-2">
            {(["yes", "no", "abstain"] as const).map((c) => (
              <label key={c} className="flex flex-col gap-1 text-sm">
                <span>{tp(`choices.${c}`)}</span>
                <input
                  type="number"
                  min={0}
                  max={200}
                  value={totals[c]}
                  onChange={(e) => setTotals((s) => ({ ...s, [c]: Number(e.target.value) }))}
                  className="w-20 rounded-md border border-slate-300 p-1.5"
                />
              </label>
            ))}
            <CommandButton command={{ type: "vote.record_totals", ...totals }} variant="secondary">
              {t("recordTotals")}
            </CommandButton>
          </div>
        )}
        <div className="mt-3 flex flex-wrap gap-2">
          <CommandButton command={{ type: "vote.close" }} shortcut="C" confirm={() => closeQuestion(p.vote)}>
            {t("close")}
          </CommandButton>
          <CommandButton command={{ type: "vote.cancel" }} variant="secondary" confirm={t("cancelConfirm")}>
            {t("cancel")}
          </CommandButton>
        </div>
      </section>
    );
  }

  const subjects: VoteSubject[] = [
    ...amendmentQueue(p)
      .slice(0, 1)
      .map((a): VoteSubject => ({ kind: "amendment", amendmentId: a.id })),
    ...(p.division
      ? p.division.parts
          .filter((part) => !(part.clauseId in p.division!.decided))
          .map((part): VoteSubject => ({ kind: "part", clauseId: part.clauseId }))
      : []),
    { kind: "draft" },
  ];
  const open = (subject: VoteSubject): LiveCommand => ({
    type: "vote.open",
    subject,
    method,
    ...(questionKind ? { questionKind } : {}),
    ...(method === "roll-call" ? { firstMember: drawByLot(p.members) } : {}),
  });

  return (
    <section aria-labelledby="vote-control-heading" className="rounded-lg border border-un-100 bg-white p-4">
      <h2 id="vote-control-heading" className="font-serif text-xl font-semibold text-un-900">
        {t("heading")}
      </h2>
      <label className="mt-2 flex flex-col gap-1 text-sm">
        <span>{t("method")}</span>
        <select
          value={method}
          onChange={(e) => setMethod(e.target.value as VoteMethod)}
          className="w-64 rounded-md border border-slate-300 p-1.5"
          data-testid="vote-method"
        >
          {VOTE_METHODS.map((m) => (
            <option key={m} value={m}>
              {tp(`methods.${m}` as never)}
            </option>
          ))}
        </select>
      </label>
      <label className="mt-2 flex flex-col gap-1 text-sm">
        <span>{t("questionKind")}</span>
        <select
          value={questionKind}
          onChange={(e) => setQuestionKind(e.target.value as QuestionKind | "")}
          className="w-64 rounded-md border border-slate-300 p-1.5"
          data-testid="question-kind"
        >
          <option value="">{t("questionKindAuto")}</option>
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {tp(`questionKinds.${k}` as never)}
            </option>
          ))}
        </select>
      </label>
      <ul className="mt-3 flex flex-col gap-2">
        {subjects.map((subject, i) => (
          <li key={JSON.stringify(subject)}>
            <CommandButton command={open(subject)} variant={i === 0 ? "primary" : "secondary"} shortcut={i === 0 ? "V" : undefined}>
              {t("open", { subject: subjectLabel(subject) })}
            </CommandButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
