"use client";

import { useTranslations } from "next-intl";
import type { SessionState } from "@/lib/procedure/state";
import { projectionFocus, type ProjectionFocus } from "@/lib/session/floor-focus";
import { phaseOf } from "@/lib/session/selectors";
import type { LiveSessionState } from "@/lib/session/state";
import { useSession } from "../session/session-provider";
import { SessionStatus } from "../session/session-status";
import { useNow } from "../ui/use-now";
import { CaucusView, MotionOrPointView, RollCallView, SpeechView, SuspensionView, TextView } from "./floor-views";
import { VoteView } from "./vote-view";

/** Does the screen change with time: a running clock, a suspension's countdown, a ruling shown for a while? */
function ticks(p: SessionState): boolean {
  return Boolean(
    p.speakers.current?.clock.runningSince ||
    p.caucus?.clock.runningSince ||
    (p.meeting === "suspended" && p.floor.suspension?.minutes) ||
    p.floor.result?.kind === "motion" ||
    p.floor.result?.kind === "point",
  );
}

/**
 * What the room sees on the projector: the business on the floor (lib/session/floor-focus.ts),
 * or what the chair chose to project — large type, no controls, nothing to scroll.
 */
export function ProjectionScreen({ sessionId, token }: { sessionId?: string; token?: string } = {}) {
  const live = useSession((s) => s.live)!;
  const p = live.procedure;
  const now = useNow(ticks(p));
  const focus = projectionFocus(p, now);
  return (
    <main className="flex h-screen min-h-[600px] flex-col overflow-hidden bg-white px-10 py-4 text-ink" data-focus-kind={focus.kind}>
      <ScreenHeader live={live} />
      <div className="mt-4 min-h-0 flex-1">
        <FocusView live={live} focus={focus} sessionId={sessionId} token={token} />
      </div>
    </main>
  );
}

function ScreenHeader({ live }: { live: LiveSessionState }) {
  const t = useTranslations("screen");
  const tp = useTranslations("procedure");
  return (
    <header className="flex shrink-0 items-center justify-between gap-8 border-b-4 border-un-800 pb-3">
      <div className="min-w-0">
        <p className="font-sans text-2xl font-semibold uppercase tracking-wider text-un-800">
          {live.organ ? tp(`presets.${live.organ}` as never) : ""}
        </p>
        <h1 className="truncate font-serif text-4xl font-semibold text-un-900">{live.title}</h1>
      </div>
      <div className="flex shrink-0 items-center gap-4">
        <SessionStatus className="text-lg" />
        <p data-testid="phase" className="rounded-full bg-un-800 px-6 py-2 font-sans text-3xl font-semibold text-white">
          {t(`phase.${phaseOf(live.procedure)}`)}
        </p>
      </div>
    </header>
  );
}

function FocusView({
  live,
  focus,
  sessionId,
  token,
}: {
  live: LiveSessionState;
  focus: ProjectionFocus;
  sessionId?: string;
  token?: string;
}) {
  switch (focus.kind) {
    case "vote":
    case "decision":
      return <VoteView live={live} focus={focus} />;
    case "motion":
    case "point":
      return <MotionOrPointView focus={focus} />;
    case "speech":
      return <SpeechView live={live} focus={focus} />;
    case "caucus":
      return <CaucusView live={live} focus={focus} />;
    case "suspension":
      return <SuspensionView focus={focus} />;
    case "roll-call":
      return <RollCallView live={live} focus={focus} sessionId={sessionId} token={token} />;
    case "amendment":
    case "draft":
    case "projected":
      return <TextView live={live} focus={focus} />;
  }
}
