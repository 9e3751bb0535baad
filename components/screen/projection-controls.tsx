"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ProjectionTarget } from "@/lib/procedure/state";
import { currentDocument } from "@/lib/session/document";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";

/** Encodes a projection target as a <select> value and back. */
const encode = (t: ProjectionTarget) =>
  t.kind === "draft" ? "draft" : t.kind === "clause" ? `clause:${t.clauseId}` : `amendment:${t.amendmentId}`;
function decode(value: string): ProjectionTarget | null {
  if (value === "draft") return { kind: "draft" };
  const [kind, id] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  if (kind === "clause" && id) return { kind: "clause", clauseId: id };
  if (kind === "amendment" && id) return { kind: "amendment", amendmentId: id };
  return null;
}

/**
 * The chair's hold on the projector: « Projeter » any clause, amendment or the whole draft, and
 * « Suivre la séance » to give the screen back to the business on the floor. Logged as an event
 * (projection.set), so a replay shows what the room saw; delegations' pages ignore it.
 */
export function ProjectionControls() {
  const t = useTranslations("projector.controls");
  const live = useSession((s) => s.live)!;
  const p = live.procedure;
  const id = useId();
  const [choice, setChoice] = useState("");
  const doc = currentDocument(live);
  const current = p.floor.projection;
  const target = decode(choice);
  const what = (x: ProjectionTarget) =>
    x.kind === "draft"
      ? t("what.draft")
      : x.kind === "clause"
        ? t("what.clause", { clause: x.clauseId.replace(/^(op|pp)/, "") })
        : t("what.amendment", { id: x.amendmentId });
  const amendments = p.amendments.filter((a) => a.status !== "withdrawn");
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-un-100 bg-white p-4" data-testid="projection-controls">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-un-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700" role="status" data-testid="projection-state">
        {current ? t("projecting", { what: what(current) }) : t("following")}
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-medium text-slate-800">
          {t("pickLabel")}
          <select
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            className="mt-1 rounded-md border border-slate-300 px-2 py-2"
            data-testid="projection-pick"
          >
            <option value="">—</option>
            <option value="draft">{t("what.draft")}</option>
            {doc?.operative.map((c) => (
              <option key={c.id} value={encode({ kind: "clause", clauseId: c.id })}>
                {t("what.clause", { clause: String(c.number) })}
              </option>
            ))}
            {amendments.map((a) => (
              <option key={a.id} value={encode({ kind: "amendment", amendmentId: a.id })}>
                {t("what.amendment", { id: a.id })}
              </option>
            ))}
          </select>
        </label>
        <CommandButton
          command={{ type: "projection.set", target: target ?? { kind: "draft" } }}
          disabled={!target}
          showReason
          onDone={() => setChoice("")}
        >
          {t("project")}
        </CommandButton>
        <CommandButton command={{ type: "projection.set", target: null }} variant="secondary" disabled={!current} showReason>
          {t("follow")}
        </CommandButton>
      </div>
      {!target && !p.vote && <p className="mt-1 text-sm text-slate-600">{t("nothingChosen")}</p>}
      {p.vote && <p className="mt-1 text-sm text-slate-600">{t("duringVote")}</p>}
    </section>
  );
}
