"use client";

import { useTranslations } from "next-intl";
import { countsMessage } from "@/lib/procedure/outcome-message";
import type { SessionState } from "@/lib/procedure/state";
import type { FloorFocus } from "@/lib/session/floor-focus";
import type { LiveSessionState } from "@/lib/session/state";
import { SubjectText, textOfSubject } from "./subject-text";
import { BoardLegend, VoteBoard } from "./vote-board";
import { useFloorWords } from "../voting/use-floor-words";

type VoteFocus = Extract<FloorFocus, { kind: "vote" | "decision" }>;

/** Members past which the board needs the whole width (the General Assembly). */
const LARGE_BODY = 40;

const RESULT_TONE: Record<string, string> = {
  adopted: "bg-emerald-800 text-white",
  "not-adopted": "bg-red-800 text-white",
  vetoed: "bg-red-900 text-white",
  "no-quorum": "bg-slate-800 text-white",
};

/** A vote in progress, or the decision just taken: subject, majority in words, the text at stake, the board by name. */
export function VoteView({ live, focus }: { live: LiveSessionState; focus: VoteFocus }) {
  const t = useTranslations("projector");
  const tp = useTranslations("procedure");
  const tv = useTranslations("voting");
  const words = useFloorWords();
  const p: SessionState = live.procedure;
  const vote = focus.kind === "vote" ? focus.vote : null;
  const decision = focus.kind === "decision" ? focus.decision : null;
  const method = vote?.method ?? decision!.method;
  const rule = vote ?? decision!.outcome;
  const subject = words.subjectName(focus.subject, vote?.motionKind ?? decision?.motionKind ?? null);
  const text = textOfSubject(focus.subject);
  const ballots = vote ? (method === "show-of-hands" ? null : vote.ballots) : (decision!.ballots ?? null);
  const large = focus.board.members.length > LARGE_BODY;
  const motion = focus.subject.kind === "motion" ? focus.subject.motion : null;
  const counts = decision ? countsMessage(decision.outcome) : null;

  const heading = (
    <header className="shrink-0">
      {decision ? (
        <div
          role="status"
          aria-live="assertive"
          data-result={decision.outcome.result}
          className={`rounded-xl px-6 py-3 2xl:px-8 2xl:py-5 ${RESULT_TONE[decision.outcome.result]}`}
        >
          <p className="font-sans text-xl font-semibold uppercase tracking-wide opacity-95 2xl:text-3xl">{t("resultOf")}</p>
          <p data-testid="outcome" className="mt-1 font-serif text-3xl font-semibold leading-tight 2xl:text-5xl">
            {words.outcomeSentence(decision, focus.subject)}
          </p>
          {counts && (
            <p className="mt-2 font-sans text-2xl font-semibold 2xl:text-3xl">{tp(counts.key as never, counts.params as never)}</p>
          )}
        </div>
      ) : (
        <h2
          className={`font-serif font-semibold leading-tight text-un-900 ${large ? "text-4xl" : "text-4xl 2xl:text-5xl"}`}
          data-testid="vote-heading"
        >
          {t("voteOn", { subject: subject.text.charAt(0).toLowerCase() + subject.text.slice(1) })}
        </h2>
      )}
      <p className={`font-sans text-2xl font-semibold text-slate-800 2xl:text-3xl ${large ? "mt-1" : "mt-3"}`} data-testid="majority">
        {words.majorityWords(rule, p.rules?.voting.vetoOn ?? [], p.permanentMembers)} · {tp(`methods.${method}` as never)}
      </p>
      {decision && !decision.outcome.withoutVote && decision.outcome.majority.kind !== "affirmative-votes" && (
        <p className="mt-1 font-sans text-2xl text-slate-700">
          {tv("required", { required: decision.outcome.required, voting: decision.outcome.presentAndVoting })}
        </p>
      )}
    </header>
  );

  const tally = focus.kind === "vote" && (
    <div className="shrink-0">
      <dl className="grid grid-cols-3 gap-4 text-center" data-testid="live-tally">
        {(["yes", "no", "abstain"] as const).map((c) => (
          <div key={c} className={`rounded-lg bg-slate-100 px-4 ${large ? "py-1" : "py-2"}`}>
            <dt className={`font-sans text-xl font-semibold text-slate-800 ${large ? "2xl:text-2xl" : "2xl:text-3xl"}`}>
              {tp(`choices.${c}`)}
            </dt>
            <dd className={`font-sans font-bold tabular-nums leading-none text-un-900 ${large ? "text-6xl" : "text-6xl 2xl:text-8xl"}`}>
              {focus.progress[c]}
            </dd>
          </div>
        ))}
      </dl>
      <p className={`text-center font-sans text-slate-800 ${large ? "mt-1 text-2xl" : "mt-2 text-2xl 2xl:text-3xl"}`}>
        {t("cast", { cast: focus.progress.cast, eligible: focus.progress.eligible })}
      </p>
    </div>
  );

  const board = (
    <div className={`flex min-h-0 flex-1 flex-col ${large ? "gap-1" : "gap-3"}`}>
      <div className="min-h-0 flex-1">
        <VoteBoard board={focus.board} ballots={ballots} permanentMembers={p.permanentMembers} max={large ? 30 : 46} />
      </div>
      <BoardLegend />
    </div>
  );

  const subjectText = text ? (
    <SubjectText live={live} target={text} className="h-full" />
  ) : motion ? (
    <p className="font-serif text-6xl font-semibold leading-tight text-un-900" data-testid="focus-text">
      {words.motionTitle(motion)} — {words.name(motion.proposer)}
    </p>
  ) : null;

  if (large) {
    return (
      <section className="flex h-full min-h-0 flex-col gap-4" data-focus={focus.kind}>
        <div className="grid shrink-0 grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)] gap-8">
          {heading}
          {tally}
        </div>
        {subjectText && focus.subject.kind !== "draft" && <div className="h-[22vh] min-h-0 shrink-0">{subjectText}</div>}
        {board}
      </section>
    );
  }
  return (
    <section className="flex h-full min-h-0 flex-col gap-4" data-focus={focus.kind}>
      {heading}
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-10">
        <div className="min-h-0">{subjectText}</div>
        <div className="flex min-h-0 flex-col gap-4">
          {tally}
          {board}
        </div>
      </div>
    </section>
  );
}
