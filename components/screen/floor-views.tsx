"use client";

import { draftTitle } from "@/lib/session/drafts";
import { useTranslations } from "next-intl";
import type { ClockView, FloorFocus, ProjectionFocus } from "@/lib/session/floor-focus";
import { quorumOf } from "@/lib/session/selectors";
import type { LiveSessionState } from "@/lib/session/state";
import { Flag } from "../ui/flag";
import { Countdown, ScreenClock } from "./screen-clock";
import { AmendmentHeading, SubjectText, type TextTarget } from "./subject-text";
import { JoinCode } from "./join-code";
import { useFloorWords } from "../voting/use-floor-words";
import { WorkingPapersBoard } from "../papers/papers-board";

type Of<K extends ProjectionFocus["kind"]> = Extract<ProjectionFocus, { kind: K }>;

/** The next names on the list of speakers. */
function NextSpeakers({ members }: { members: string[] }) {
  const t = useTranslations("projector");
  const { name } = useFloorWords();
  return (
    <div data-testid="next-speakers">
      <h3 className="font-sans text-3xl font-semibold uppercase tracking-wide text-un-800">{t("nextSpeakers")}</h3>
      {members.length === 0 ? (
        <p className="mt-2 font-sans text-3xl text-slate-700">{t("noNextSpeaker")}</p>
      ) : (
        <ol className="mt-2 space-y-2 font-sans text-4xl">
          {members.map((m, i) => (
            <li key={m} className="flex items-center gap-4">
              <span className="w-10 text-right tabular-nums text-slate-700">{i + 1}.</span>
              <Flag code={m} className="h-8 w-12" />
              {name(m)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Text on the left, a panel on the right: the layout of the debate. */
function WithPanel({ text, panel, focus }: { text: React.ReactNode; panel: React.ReactNode; focus: string }) {
  return (
    <section className="grid h-full min-h-0 grid-cols-[minmax(0,1.7fr)_minmax(0,1fr)] gap-12" data-focus={focus}>
      <div className="flex min-h-0 flex-col">{text}</div>
      <aside className="flex min-h-0 flex-col gap-8">{panel}</aside>
    </section>
  );
}

function TextBlock({ live, target, heading }: { live: LiveSessionState; target: TextTarget; heading?: React.ReactNode }) {
  return (
    <>
      {heading}
      <SubjectText live={live} target={target} className="flex-1" />
    </>
  );
}

function CaucusPanel({ caucus, clock }: { caucus: Of<"caucus">["caucus"]; clock: ClockView }) {
  const t = useTranslations("projector");
  return (
    <div className="rounded-xl bg-un-50 p-6 text-center" data-testid="caucus">
      <p className="font-sans text-4xl font-semibold text-un-900">{t(`caucus.${caucus.kind}`)}</p>
      {caucus.topic && <p className="mt-2 font-serif text-4xl text-slate-900">{caucus.topic}</p>}
      {caucus.speakerSeconds && (
        <p className="mt-1 font-sans text-3xl text-slate-700">{t("caucus.perSpeaker", { seconds: caucus.speakerSeconds })}</p>
      )}
      <div className="mt-4">
        <Countdown ms={clock.remainingMs ?? clock.elapsedMs} label={t("caucus.remaining")} testId="caucus-clock" />
        {!clock.running && <p className="mt-2 font-sans text-4xl font-semibold text-slate-800">❚❚ {t("paused")}</p>}
      </div>
    </div>
  );
}

export function SpeechView({ live, focus }: { live: LiveSessionState; focus: Of<"speech"> }) {
  const t = useTranslations("projector");
  const { name } = useFloorWords();
  const speech = focus.speech;
  const panel = (
    <>
      <div className="text-center">
        <p className="font-sans text-3xl font-semibold uppercase tracking-wide text-un-800">
          {speech.yielded === "questions" ? t("questions") : t("speaker")}
        </p>
        <Flag code={speech.member} className="mx-auto mt-3 h-12 w-[4.5rem]" />
        <p className="mt-2 font-sans text-6xl font-bold leading-tight text-un-900" data-testid="current-speaker">
          {name(speech.member)}
        </p>
        {speech.yieldedBy && <p className="mt-2 font-sans text-3xl text-slate-700">{t("yieldedBy", { member: name(speech.yieldedBy) })}</p>}
        <div className="mt-4">
          <ScreenClock clock={focus.clock} />
        </div>
      </div>
      {focus.caucus ? <CaucusPanel caucus={focus.caucus.caucus} clock={focus.caucus.clock} /> : <NextSpeakers members={focus.next} />}
    </>
  );
  const text = focus.underDebate ? (
    <TextBlock
      live={live}
      target={{ kind: "amendment", amendment: focus.underDebate }}
      heading={<AmendmentHeading amendment={focus.underDebate} kind="underDebate" />}
    />
  ) : (
    <TextBlock live={live} target={{ kind: "draft" }} />
  );
  return <WithPanel focus="speech" text={text} panel={panel} />;
}

export function CaucusView({ focus, live }: { focus: Of<"caucus">; live: LiveSessionState }) {
  // An unmoderated caucus is when blocs write their working papers: the room sees those submitted.
  if (focus.caucus.kind === "unmoderated")
    return (
      <WithPanel
        focus="caucus"
        text={<WorkingPapersBoard live={live} />}
        panel={<CaucusPanel caucus={focus.caucus} clock={focus.clock} />}
      />
    );
  return (
    <WithPanel
      focus="caucus"
      text={<TextBlock live={live} target={{ kind: "draft" }} />}
      panel={
        <>
          <CaucusPanel caucus={focus.caucus} clock={focus.clock} />
          <NextSpeakers members={live.procedure.speakers.queue.slice(0, 3)} />
        </>
      }
    />
  );
}

export function SuspensionView({ focus }: { focus: Of<"suspension"> }) {
  const t = useTranslations("projector");
  return (
    <section className="flex h-full flex-col items-center justify-center gap-10 text-center" data-focus="suspension">
      <h2 className="font-serif text-8xl font-semibold text-un-900">{t("suspension.title")}</h2>
      {focus.remainingMs === null ? (
        <p className="font-sans text-5xl text-slate-800">{t("suspension.open")}</p>
      ) : (
        <>
          <Countdown ms={focus.remainingMs} label={t("suspension.resumesIn")} testId="suspension-clock" />
          <p className="font-sans text-5xl text-slate-800">
            {focus.remainingMs === 0
              ? t("suspension.due")
              : t("suspension.resumesAt", {
                  hours: new Date(focus.resumesAt!).getHours(),
                  minutes: String(new Date(focus.resumesAt!).getMinutes()).padStart(2, "0"),
                })}
          </p>
        </>
      )}
    </section>
  );
}

/** A motion or a point before the chair — or, briefly, how the chair disposed of it. */
export function MotionOrPointView({ focus }: { focus: Of<"motion" | "point"> }) {
  const t = useTranslations("projector");
  const tp = useTranslations("procedure");
  const words = useFloorWords();
  const title =
    focus.kind === "motion"
      ? t("motion.by", { title: words.motionTitle(focus.motion), member: words.name(focus.motion.proposer) })
      : t("point.by", { title: tp(`points.${focus.point.kind}` as never), member: words.name(focus.point.member) });
  const status = focus.ruling
    ? t(`ruling.${focus.ruling}`)
    : focus.kind === "motion" && focus.motion.status === "awaiting-second"
      ? t("motion.awaitingSecond")
      : t("motion.awaitingChair");
  const tone = !focus.ruling
    ? "bg-amber-100 text-amber-950 ring-4 ring-amber-400"
    : ["adopted", "upheld"].includes(focus.ruling)
      ? "bg-emerald-800 text-white"
      : "bg-slate-800 text-white";
  return (
    <section
      className="flex h-full flex-col items-center justify-center gap-10 px-10 text-center"
      data-focus={focus.kind}
      data-ruling={focus.ruling ?? "awaiting"}
    >
      <h2 className="font-serif text-7xl font-semibold leading-tight text-un-900" data-testid="floor-item">
        {title}
      </h2>
      {focus.kind === "point" && focus.point.text && (
        <p className="max-w-6xl font-serif text-5xl italic text-slate-900">« {focus.point.text} »</p>
      )}
      {focus.kind === "motion" && focus.motion.secondedBy && (
        <p className="font-sans text-4xl text-slate-800">{t("motion.secondedBy", { member: words.name(focus.motion.secondedBy) })}</p>
      )}
      <p className={`rounded-xl px-10 py-4 font-sans text-5xl font-semibold ${tone}`} data-testid="floor-status">
        {status}
      </p>
    </section>
  );
}

export function RollCallView({
  live,
  focus,
  sessionId,
  token,
}: {
  live: LiveSessionState;
  focus: Of<"roll-call">;
  sessionId?: string;
  token?: string;
}) {
  const ts = useTranslations("screen");
  const tp = useTranslations("procedure");
  const { name } = useFloorWords();
  const p = live.procedure;
  const quorum = quorumOf(p);
  return (
    <section className="overflow-hidden text-center" data-focus="roll-call">
      <h2 className="font-serif text-5xl font-semibold text-un-900">{ts("rollCall")}</h2>
      <p className="mt-4 text-4xl">{ts("present", { present: focus.attendance.present, total: focus.attendance.total })}</p>
      {quorum.open !== null && <p className="mt-3 text-3xl text-slate-700">{ts("quorum", { required: quorum.open })}</p>}
      {sessionId && token && <JoinCode sessionId={sessionId} token={token} />}
      {p.members.length <= 30 && (
        <ul className="mx-auto mt-6 grid max-w-7xl grid-cols-3 gap-3 text-left text-3xl">
          {p.members.map((m) => {
            const status = p.attendance[m] ?? "absent";
            return (
              <li
                key={m}
                data-member={m}
                data-attendance={status}
                className={`flex items-center gap-3 rounded-lg px-4 py-2 ${status === "absent" ? "bg-slate-100 text-slate-700" : "bg-emerald-50 text-emerald-950"}`}
              >
                <Flag code={m} className="h-7 w-10" />
                <span className="flex-1">{name(m)}</span>
                <span className="text-2xl">{tp(`attendance.${status}` as never)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The next amendment in the voting queue, the chair's projection, or the draft: text first, the list of speakers beside it. */
export function TextView({ live, focus }: { live: LiveSessionState; focus: Of<"amendment" | "draft" | "projected"> }) {
  const t = useTranslations("projector");
  const td = useTranslations("drafts");
  const queue = live.procedure.speakers.queue.slice(0, 3);
  let target: TextTarget = { kind: "draft" };
  let heading: React.ReactNode = null;
  if (focus.kind === "amendment") {
    target = { kind: "amendment", amendment: focus.amendment };
    heading = <AmendmentHeading amendment={focus.amendment} kind="underDebate" />;
  } else if (focus.kind === "projected") {
    if (focus.amendment) {
      target = { kind: "amendment", amendment: focus.amendment };
      heading = <AmendmentHeading amendment={focus.amendment} />;
    } else if (focus.target.kind === "clause") {
      target = { kind: "clause", clauseId: focus.target.clauseId };
    }
  }
  const label = focus.kind === "projected" && (
    <p className="mb-3 self-start rounded-full bg-un-800 px-5 py-1 font-sans text-2xl font-semibold text-white" data-testid="projected">
      {t("projected")}
    </p>
  );
  // With several drafts, the room must know which one this text is.
  const floorDraft = live.procedure.drafts.length > 1 ? live.procedure.draft : null;
  const draftName = floorDraft && (
    <p className="mb-3 self-start font-sans text-3xl font-semibold text-un-900" data-testid="projected-draft">
      {floorDraft.symbol ? td("symbol", { symbol: floorDraft.symbol }) : draftTitle(live, floorDraft)}
    </p>
  );
  return (
    <WithPanel
      focus={focus.kind}
      text={
        <>
          {label}
          {draftName}
          <TextBlock live={live} target={target} heading={heading} />
        </>
      }
      panel={<NextSpeakers members={queue} />}
    />
  );
}

export type { FloorFocus };
