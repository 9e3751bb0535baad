"use client";

import { entryBlocks, type Block } from "@/lib/minutes/entry-blocks";
import type { Minutes } from "@/lib/minutes/types";
import { useMinutesText } from "./use-minutes-text";

/** The procès-verbal: what happened, in order, each line with its time (the words: lib/minutes/entry-blocks.ts). */
export function Proceedings({ minutes }: { minutes: Minutes }) {
  const w = useMinutesText(minutes.timeZone);
  const { t } = w;
  return (
    <section aria-labelledby="minutes-record" className="mt-10">
      <h2 id="minutes-record" className="font-serif text-2xl font-semibold text-un-900">
        {t("sections.record")}
      </h2>
      {minutes.entries.length === 0 ? (
        <p className="mt-4 text-slate-600">{t("noEntries")}</p>
      ) : (
        <ol data-testid="proceedings" className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
          {minutes.entries.map((entry) => (
            <li
              key={`${entry.kind}-${entry.seq}`}
              data-kind={entry.kind}
              className="grid grid-cols-[5.5rem_1fr] gap-3 py-2 break-inside-avoid"
            >
              <time dateTime={new Date(entry.at).toISOString()} className="pt-0.5 font-mono text-sm tabular-nums text-slate-500">
                {w.time(entry.at)}
              </time>
              <div data-amendment={entry.kind === "amendment-submitted" ? entry.amendment.id : undefined}>
                {entryBlocks(entry, minutes, w).map((block, i) => (
                  <BlockView key={i} block={block} />
                ))}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "text":
      return <p>{block.strong ? <strong>{block.text}</strong> : block.text}</p>;
    case "note":
      return <p className="text-sm text-slate-700">{block.text}</p>;
    case "quote":
      return <blockquote className="mt-1 border-l-4 border-un-200 pl-3 font-serif italic">{block.text}</blockquote>;
    case "vote":
      return (
        <div data-vote={block.vote}>
          <p>
            <a href={`#vote-${block.vote + 1}`} className="font-semibold text-un-800 underline print:no-underline">
              {block.title}
            </a>{" "}
            <span className="text-sm text-slate-600">({block.detail})</span>
          </p>
          <p data-testid="vote-outcome" className="font-serif font-semibold" data-result={block.result}>
            {block.verdict}
          </p>
          {block.counts && <p className="text-sm">{block.counts}</p>}
          {block.majority && <p className="text-sm text-slate-600">{block.majority}</p>}
        </div>
      );
  }
}
