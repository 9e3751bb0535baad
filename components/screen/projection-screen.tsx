"use client";

import { useTranslations } from "next-intl";
import { phaseOf, attendanceOf, quorumOf, voteProgress, trackedDraft, clauseOfSubject, currentSpeaker, caucusClock, formatClock, lastDecision, amendmentQueue } from "@/lib/session/selectors";
import { useSession } from "../session/session-provider";
import { SessionStatus } from "../session/session-status";
import { TrackedDocument } from "../document/tracked-document";
import { SeatMap } from "../voting/seat-map";
import { OutcomeBanner } from "../voting/outcome-banner";
import { useSubjectLabel } from "../voting/use-subject-label";
import { Flag } from "../ui/flag";
import { useMemberName } from "../ui/use-member-name";
import { useNow } from "../ui/use-now";
import { JoinCode } from "./join-code";

/** What the room sees on the projector: large type, high contrast, no controls. */
export function ProjectionScreen({ sessionId, token }: { sessionId?: string; token?: string } = {}) {
  const t = useTranslations("screen");
  const tp = useTranslations("procedure");
  const live = useSession((s) => s.live)!;
  const p = live.procedure;
  const phase = phaseOf(p);
  const name = useMemberName();
  const subjectLabel = useSubjectLabel(p);
  const ticking = Boolean(p.speakers.current?.clock.runningSince || p.caucus?.clock.runningSince);
  const now = useNow(ticking);
  const progress = voteProgress(p);
  const decision = lastDecision(p);
  const tracked = trackedDraft(live);
  const next = amendmentQueue(p)[0];
  const focus = progress ? clauseOfSubject(p, progress.vote.subject) : next ? clauseOfSubject(p, { kind: "amendment", amendmentId: next.id }) : null;
  const speaker = currentSpeaker(p, now);
  const caucus = caucusClock(p, now);
  const attendance = attendanceOf(p);
  const quorum = quorumOf(p);

  return (
    <main className="min-h-screen bg-white px-10 py-8 text-ink">
      <header className="flex items-start justify-between gap-8 border-b-4 border-un-800 pb-4">
        <div>
          <p className="text-2xl font-semibold uppercase tracking-wider text-un-800">{live.organ ? tp(`presets.${live.organ}` as never) : ""}</p>
          <h1 className="mt-1 font-serif text-4xl font-semibold text-un-900">{live.title}</h1>
        </div>
        <div className="flex flex-col items-end gap-2">
          <p data-testid="phase" className="rounded-full bg-un-800 px-6 py-2 text-3xl font-semibold text-white">{t(`phase.${phase}`)}</p>
          <SessionStatus className="text-lg" />
        </div>
      </header>

      {decision && !progress && (
        <div className="mt-6">
          <OutcomeBanner decision={decision} subject={subjectLabel(decision.subject, decision.motionKind)} size="large" />
        </div>
      )}

      {phase === "roll-call" && (
        <section className="mt-10 text-center">
          <h2 className="font-serif text-5xl font-semibold text-un-900">{t("rollCall")}</h2>
          <p className="mt-6 text-4xl">{t("present", { present: attendance.present, total: attendance.total })}</p>
          {quorum.open !== null && <p className="mt-3 text-3xl text-slate-700">{t("quorum", { required: quorum.open })}</p>}
          {sessionId && token && <JoinCode sessionId={sessionId} token={token} />}
          {p.members.length <= 30 && (
            <ul className="mx-auto mt-8 grid max-w-6xl grid-cols-3 gap-3 text-left text-2xl">
              {p.members.map((m) => {
                const status = p.attendance[m] ?? "absent";
                return (
                  <li key={m} data-member={m} data-attendance={status} className={`flex items-center gap-3 rounded-lg px-4 py-2 ${status === "absent" ? "bg-slate-100 text-slate-600" : "bg-emerald-50 text-emerald-900"}`}>
                    <Flag code={m} className="h-6 w-9" />
                    <span className="flex-1">{name(m)}</span>
                    <span className="text-lg">{tp(`attendance.${status}` as never)}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}

      {progress && (
        <section className="mt-6 grid grid-cols-[3fr_2fr] gap-10">
          <div>
            <h2 className="font-serif text-4xl font-semibold text-un-900">{t("voteOn", { subject: subjectLabel(progress.vote.subject, progress.vote.motionKind) })}</h2>
            <p className="mt-2 text-2xl text-slate-700">
              {tp(`methods.${progress.vote.method}` as never)} · {tp(`majorities.${progress.vote.majority.kind}` as never, { count: "count" in progress.vote.majority ? progress.vote.majority.count : 0 } as never)}
            </p>
            {tracked && (focus || progress.vote.subject.kind === "draft") && (
              <div className="mt-6 max-h-[62vh] overflow-hidden">
                <TrackedDocument doc={tracked} focus={focus} size={focus ? "large" : "normal"} showHeader={false} />
              </div>
            )}
          </div>
          <div>
            <dl className="grid grid-cols-3 gap-4 text-center" data-testid="live-tally">
              {(["yes", "no", "abstain"] as const).map((c) => (
                <div key={c} className="rounded-lg bg-slate-100 p-4">
                  <dt className="text-2xl font-semibold text-slate-700">{tp(`choices.${c}`)}</dt>
                  <dd className="text-7xl font-bold tabular-nums text-un-900">{progress[c]}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-4 text-center text-2xl text-slate-700">{t("cast", { cast: progress.cast, eligible: progress.eligible })}</p>
            <div className="mt-6">
              <SeatMap members={p.members} permanentMembers={p.permanentMembers} ballots={progress.vote.method === "show-of-hands" ? null : progress.vote.ballots} size="large" />
            </div>
          </div>
        </section>
      )}

      {!progress && phase !== "roll-call" && (
        <section className="mt-8 grid grid-cols-[3fr_2fr] gap-10">
          <div>
            {next && <h2 className="mb-4 font-serif text-3xl font-semibold text-un-900">{t("underDebate", { id: next.id, sponsor: name(next.sponsors[0] ?? "") })}</h2>}
            {tracked && (
              <div className="max-h-[60vh] overflow-hidden">
                <TrackedDocument doc={tracked} focus={focus} size="large" showHeader={!next} />
              </div>
            )}
          </div>
          <aside className="flex flex-col gap-6">
            {caucus && p.caucus && (
              <div className="rounded-lg bg-un-50 p-6 text-center">
                <p className="text-2xl font-semibold text-un-800">{tp(`motions.${p.caucus.kind === "moderated" ? "moderated-caucus" : "unmoderated-caucus"}` as never)}</p>
                {p.caucus.topic && <p className="mt-1 text-2xl">{p.caucus.topic}</p>}
                <p className="mt-2 text-8xl font-bold tabular-nums text-un-900">{caucus.remainingMs === null ? "—" : formatClock(caucus.remainingMs)}</p>
              </div>
            )}
            <div className="rounded-lg border-2 border-un-100 p-6">
              <h2 className="text-2xl font-semibold uppercase tracking-wide text-un-800">{t("speaker")}</h2>
              {speaker ? (
                <div className="mt-3 text-center">
                  <p className="flex items-center justify-center gap-3 text-4xl font-semibold" data-testid="current-speaker">
                    <Flag code={speaker.member} className="h-9 w-14" />
                    {name(speaker.member)}
                  </p>
                  <p className={`mt-3 text-8xl font-bold tabular-nums ${speaker.remainingMs !== null && speaker.remainingMs < 10_000 ? "text-red-700" : "text-un-900"}`}>
                    {formatClock(speaker.remainingMs ?? speaker.elapsedMs)}
                  </p>
                </div>
              ) : (
                <p className="mt-3 text-2xl text-slate-600">{t("noSpeaker")}</p>
              )}
              {p.speakers.queue.length > 0 && (
                <ol className="mt-4 space-y-1 text-2xl">
                  {p.speakers.queue.slice(0, 6).map((m, i) => (
                    <li key={m} className="flex items-center gap-3">
                      <span className="w-8 text-right tabular-nums text-slate-500">{i + 1}.</span>
                      <Flag code={m} className="h-5 w-8" />
                      {name(m)}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </aside>
        </section>
      )}

      {(phase === "suspended" || phase === "adjourned") && (
        <p className="mt-16 text-center font-serif text-6xl font-semibold text-un-900">{tp(`meeting.${p.meeting}` as never)}</p>
      )}
    </main>
  );
}
