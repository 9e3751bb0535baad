"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Ballot } from "@/lib/procedure/state";
import type { Board } from "@/lib/session/floor-focus";
import { useMemberName } from "../ui/use-member-name";
import { useFitFont } from "./use-fit-font";

type Light = "yes" | "no" | "abstain" | "pass" | "none";

/** Each light: a colour, and a letter that says the same (colour is never the only cue). Contrast AA on white. */
const LIGHT: Record<Light, string> = {
  yes: "bg-emerald-700 text-white",
  no: "bg-red-700 text-white",
  abstain: "bg-amber-300 text-slate-950",
  pass: "bg-sky-700 text-white",
  none: "bg-white text-slate-700 ring-2 ring-inset ring-slate-400",
};

/**
 * The board of the Assembly hall: every member by name, in roll-call order (else by name in the
 * page's language), with its light, in columns that fill the box — names as large as fit.
 */
export function VoteBoard({
  board,
  ballots,
  permanentMembers,
  max = 44,
}: {
  board: Board;
  ballots: Record<string, Ballot> | null;
  permanentMembers: string[];
  max?: number;
}) {
  const t = useTranslations("projector");
  const locale = useLocale();
  const name = useMemberName();
  const members = useMemo(() => {
    if (board.rollCall) return board.members;
    const collator = new Intl.Collator(locale, { sensitivity: "base" });
    return [...board.members].sort((a, b) => collator.compare(name(a), name(b)));
  }, [board, locale, name]);
  const { box, content: list } = useFitFont<HTMLDivElement, HTMLOListElement>({ max, min: 12 });
  return (
    <div ref={box} className="h-full min-h-0 overflow-hidden">
      <ol
        ref={list}
        aria-label={t("board", { count: members.length })}
        data-testid="vote-board"
        className="h-full"
        style={{ columnWidth: members.length > 40 ? "11.5em" : "9.5em", columnGap: "0.8em", columnFill: "balance" }}
      >
        {members.map((m) => {
          const choice: Light = ballots?.[m]?.choice ?? "none";
          return (
            <li
              key={m}
              data-board-member={m}
              data-choice={choice}
              className="flex break-inside-avoid items-start gap-[0.35em] py-[0.08em] leading-tight"
            >
              <span
                aria-hidden="true"
                className={`mt-[0.05em] inline-flex h-[1.15em] w-[1.15em] shrink-0 items-center justify-center rounded-[0.2em] font-sans text-[0.8em] font-bold ${LIGHT[choice]}`}
              >
                {t(`letter.${choice}`)}
              </span>
              <span
                className={`min-w-0 break-words font-sans text-slate-950 ${permanentMembers.includes(m) ? "font-bold" : "font-medium"}`}
              >
                {name(m)}
                <span className="sr-only"> : {t(`light.${choice}`)}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** The key to the lights, in words. */
export function BoardLegend() {
  const t = useTranslations("projector");
  return (
    <p className="flex flex-wrap gap-x-6 gap-y-1 font-sans text-lg text-slate-800 2xl:text-2xl" data-testid="board-legend">
      {(["yes", "no", "abstain", "none"] as const).map((c) => (
        <span key={c} className="flex items-center gap-2">
          <span aria-hidden="true" className={`inline-flex h-[1.3em] w-[1.3em] items-center justify-center rounded font-bold ${LIGHT[c]}`}>
            {t(`letter.${c}`)}
          </span>
          {t(`light.${c}`)}
        </span>
      ))}
    </p>
  );
}
