"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { sectionTree } from "@/lib/papers/doc";
import { addClause } from "@/lib/papers/ops";
import { toParsedDocument } from "@/lib/papers/convert";
import { liveWarnings, type PaperWarning } from "@/lib/papers/warnings";
import { trackedChanges } from "@/lib/resolution/tracked";
import { CHAIR_AUDIENCE } from "@/lib/session/audience";
import { paperStatus, type WorkingPaper } from "@/lib/session/papers";
import { useSession } from "../session/session-provider";
import { useCommand } from "../session/use-command";
import { CommandButton } from "../session/command-button";
import { TrackedDocument } from "../document/tracked-document";
import { useMemberName } from "../ui/use-member-name";
import { ClauseEditor, type ClauseContext } from "./clause-editor";
import { usePaper } from "./use-paper";
import { CheckedButton } from "./checked-button";

/**
 * A working paper being written together: its clauses, clause by clause (phrase from the list,
 * free text, moves, sub-clauses), the UN layout previewed live with the importer's warnings,
 * inviting co-authors and submitting. Side by side on a laptop, one under the other on a phone.
 */
export function PaperEditor({ paper, onClose }: { paper: WorkingPaper; onClose: () => void }) {
  const t = useTranslations("papers");
  const live = useSession((s) => s.live)!;
  const role = useSession((s) => s.role);
  const me = useSession((s) => s.member);
  const name = useMemberName();
  const { doc, status: sync, error, clearError } = usePaper(paper.id);
  const organ = live.organ ?? "security-council";
  const { status, comment } = paperStatus(paper, live.procedure.drafts);
  const readOnly = status === "submitted" || (role === "delegation" && !paper.authors.includes(me ?? ""));
  const by = role === "chair" ? CHAIR_AUDIENCE : (me ?? "");

  const converted = doc
    ? toParsedDocument(doc, { organ, language: paper.language, title: paper.title, sponsors: paper.authors.map(name) })
    : null;
  const warnings = converted ? liveWarnings(converted) : [];
  const byClause = new Map<string, PaperWarning[]>();
  for (const w of warnings) if (w.clauseId) byClause.set(w.clauseId, [...(byClause.get(w.clauseId) ?? []), w]);
  const preamble = doc ? sectionTree(doc, "preamble") : [];
  const operative = doc ? sectionTree(doc, "operative") : [];
  const ctx: ClauseContext | null = doc
    ? { doc, organ, language: paper.language, by, readOnly, warnings: byClause, lastOperative: operative.at(-1)?.id ?? null }
    : null;
  const tracked = converted ? trackedChanges(converted.document, []) : null;

  return (
    <section
      aria-labelledby={`paper-${paper.id}`}
      className="rounded-lg border-2 border-un-500 bg-un-50/40 p-3"
      data-paper-editor={paper.id}
    >
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={`paper-${paper.id}`} className="font-serif text-xl font-semibold text-un-900">
            {paper.title}
          </h2>
          <p className="text-sm text-slate-700">
            {t(`status.${status}`)} · {t("authors", { names: paper.authors.map(name).join(", ") })}
          </p>
          <p className="text-sm text-slate-700" role="status" data-testid="paper-sync">
            {t(`sync.${sync}`)}
          </p>
        </div>
        <button type="button" onClick={onClose} className="min-h-11 rounded-md border border-un-700 px-3 py-2 font-semibold text-un-800">
          {t("close")}
        </button>
      </header>
      {error && (
        <p role="alert" className="mb-2 rounded bg-red-50 p-2 text-sm text-red-800">
          {error}{" "}
          <button type="button" className="underline" onClick={clearError}>
            OK
          </button>
        </p>
      )}
      {status === "submitted" && <p className="mb-2 text-sm font-semibold text-un-900">{t("editor.readOnly")}</p>}
      {comment && <p className="mb-2 text-sm text-amber-900">{t("returnedComment", { comment })}</p>}

      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="flex min-w-0 flex-col gap-4">
          {ctx && (
            <>
              <Part title={t("editor.preamble")} nodes={preamble} ctx={ctx} add={t("editor.addPreamble")} section="preamble" />
              <Part title={t("editor.operative")} nodes={operative} ctx={ctx} add={t("editor.addOperative")} section="operative" />
            </>
          )}
          {!readOnly && role === "delegation" && <Invite paper={paper} />}
          {!readOnly && role === "delegation" && converted && <Submit paper={paper} document={converted.document} />}
        </div>
        <aside className="flex min-w-0 flex-col gap-3 lg:sticky lg:top-2 lg:self-start">
          <section aria-label={t("editor.warnings")} className="rounded-md border border-amber-300 bg-amber-50 p-2">
            <h3 className="text-sm font-semibold text-amber-900">{t("editor.warnings")}</h3>
            {warnings.length === 0 ? (
              <p className="text-sm text-slate-700">{t("editor.noWarnings")}</p>
            ) : (
              <ul className="text-sm text-amber-900" data-testid="paper-warnings">
                {warnings.map((w, i) => (
                  <li key={i}>
                    {t.has(`warning.${w.code}` as never) ? t(`warning.${w.code}` as never) : t("warning.other", { code: w.code })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-label={t("editor.preview")} className="rounded-md border border-slate-200 bg-white p-3">
            <h3 className="mb-2 text-sm font-semibold text-un-900">{t("editor.preview")}</h3>
            {tracked && <TrackedDocument doc={tracked} />}
          </section>
        </aside>
      </div>
    </section>
  );
}

function Part({
  title,
  nodes,
  ctx,
  add,
  section,
}: {
  title: string;
  nodes: ReturnType<typeof sectionTree>;
  ctx: ClauseContext;
  add: string;
  section: "preamble" | "operative";
}) {
  const tpart = useTranslations("papers.editor");
  return (
    <section aria-label={title}>
      <h3 className="mb-2 font-serif text-lg font-semibold text-un-900">{title}</h3>
      {nodes.length === 0 && <p className="text-sm text-slate-700">{tpart("empty")}</p>}
      <ol className="space-y-2">
        {nodes.map((node, i) => (
          <ClauseEditor key={node.id} node={node} position={i + 1} siblings={nodes.length} depth={0} ctx={ctx} />
        ))}
      </ol>
      {!ctx.readOnly && (
        <button
          type="button"
          className="mt-2 min-h-11 w-full rounded-md border border-dashed border-un-700 px-3 py-2 font-semibold text-un-800"
          onClick={() => addClause(ctx.doc, { section, parent: null, after: nodes.at(-1)?.id ?? null, by: ctx.by })}
        >
          + {add}
        </button>
      )}
    </section>
  );
}

function Invite({ paper }: { paper: WorkingPaper }) {
  const tinvite = useTranslations("papers.editor");
  const name = useMemberName();
  const members = useSession((s) => s.live)!.procedure.members.filter((m) => !paper.authors.includes(m) && !paper.invited.includes(m));
  const [member, setMember] = useState("");
  const chosen = member || members[0] || "";
  if (members.length === 0) return null;
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex min-w-48 flex-1 flex-col text-sm">
        {tinvite("invite")}
        <select
          value={chosen}
          onChange={(e) => setMember(e.target.value)}
          className="min-h-11 rounded border border-slate-300 bg-white px-2 py-2"
          data-testid="paper-invite-select"
        >
          {members.map((m) => (
            <option key={m} value={m}>
              {name(m)}
            </option>
          ))}
        </select>
      </label>
      <CommandButton command={{ type: "paper.invite", paperId: paper.id, members: [chosen] }} variant="secondary" className="min-h-11">
        {tinvite("inviteButton")}
      </CommandButton>
    </div>
  );
}

/** Submitting: the engine is asked with the paper as this device converts it (so the reason is the real one); the server converts it again. */
function Submit({ paper, document }: { paper: WorkingPaper; document: ReturnType<typeof toParsedDocument>["document"] }) {
  const tsubmit = useTranslations("papers.editor");
  const { check, run } = useCommand();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const verdict = check({ type: "paper.submit", paperId: paper.id, document });
  async function submit() {
    if (!window.confirm(tsubmit("submitConfirm", { title: paper.title }))) return;
    setPending(true);
    const result = await run({ type: "paper.submit", paperId: paper.id });
    setPending(false);
    setFailure(result.ok ? null : result.message);
  }
  return (
    <CheckedButton command="paper.submit" verdict={verdict} failure={failure} pending={pending} onClick={submit}>
      {tsubmit("submit")}
    </CheckedButton>
  );
}
