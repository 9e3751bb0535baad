"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ParsedDocument } from "@/lib/resolution/types";
import { fromParsedDocument } from "@/lib/papers/convert";
import { PaperClient, type PaperSession } from "@/lib/client/paper-client";
import { paperStatus, type WorkingPaper } from "@/lib/session/papers";
import { useSession } from "../session/session-provider";
import { CommandButton } from "../session/command-button";
import { useCommand } from "../session/use-command";
import { useMemberName } from "../ui/use-member-name";
import { PaperEditor } from "./paper-editor";
import { CheckedButton } from "./checked-button";

interface LibraryEntry {
  id: string;
  title: string;
  kind: string;
}

/**
 * A delegation's working papers: start one (a blank page or a text of the library), the
 * invitations to join one, the papers it writes; opening one shows the editor in place.
 */
export function MyPapers() {
  const t = useTranslations("papers");
  const live = useSession((s) => s.live)!;
  const me = useSession((s) => s.member)!;
  const name = useMemberName();
  const [open, setOpen] = useState<string | null>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  // Once, when a paper opens: its top in view.
  useEffect(() => editorRef.current?.scrollIntoView({ block: "start" }), [open]);
  const papers = Object.values(live.papers ?? {}).filter((p) => p.authors.includes(me) || p.invited.includes(me));
  const opened = open ? papers.find((p) => p.id === open && p.authors.includes(me)) : undefined;

  // On a laptop the paper takes the whole screen (clauses beside their preview); on a phone it opens in place.
  if (opened)
    return (
      <div className="scroll-mt-2 lg:fixed lg:inset-0 lg:z-40 lg:overflow-auto lg:bg-paper lg:p-6 lg:pb-28" ref={editorRef}>
        <div className="lg:mx-auto lg:max-w-7xl">
          <PaperEditor paper={opened} onClose={() => setOpen(null)} />
        </div>
      </div>
    );
  return (
    <section aria-labelledby="papers-heading" className="rounded-lg border border-un-100 bg-white p-3" data-testid="my-papers">
      <h2 id="papers-heading" className="font-serif text-lg font-semibold text-un-900">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("private")}</p>
      <ul className="mt-2 space-y-2">
        {papers.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-2" data-paper={p.id}>
            <p className="font-semibold text-un-900">{p.title}</p>
            <p className="text-sm text-slate-700">
              {t(`status.${paperStatus(p, live.procedure.drafts).status}`)} · {t("authors", { names: p.authors.map(name).join(", ") })}
            </p>
            {p.invited.includes(me) ? (
              <>
                <p className="text-sm">{t("invitation", { member: name(p.authors[0]!), title: p.title })}</p>
                <div className="mt-1 flex flex-wrap gap-2">
                  <CommandButton command={{ type: "paper.join", paperId: p.id }} className="min-h-11">
                    {t("join")}
                  </CommandButton>
                  <CommandButton command={{ type: "paper.leave", paperId: p.id }} variant="secondary" className="min-h-11">
                    {t("decline")}
                  </CommandButton>
                </div>
              </>
            ) : (
              <div className="mt-1 flex flex-wrap gap-2">
                <button
                  type="button"
                  onClick={() => setOpen(p.id)}
                  className="min-h-11 rounded-md bg-un-800 px-3 py-2 font-semibold text-white"
                >
                  {t("open")}
                </button>
                {p.authors.length > 1 && (
                  <CommandButton command={{ type: "paper.leave", paperId: p.id }} variant="quiet" className="min-h-11">
                    {t("leave")}
                  </CommandButton>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {papers.length === 0 && <p className="mt-2 text-sm text-slate-700">{t("none")}</p>}
      <StartPaper onStarted={setOpen} existing={papers} />
    </section>
  );
}

function StartPaper({ onStarted, existing }: { onStarted: (id: string) => void; existing: WorkingPaper[] }) {
  const ts = useTranslations("papers.start");
  const locale = useLocale();
  const me = useSession((s) => s.member)!;
  const session = useSession((s) => s.paperSession);
  const { run, check } = useCommand();
  const [pending, setPending] = useState(false);
  const [title, setTitle] = useState("");
  const [language, setLanguage] = useState<"fr" | "en">(locale === "en" ? "en" : "fr");
  const [source, setSource] = useState("");
  const [library, setLibrary] = useState<LibraryEntry[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const papersNow = useSession((s) => s.live?.papers);
  /** Set while a paper is being started: the papers there were before, and the text to fill it with. */
  const starting = useRef<{ before: Set<string>; source: string } | null>(null);

  useEffect(() => {
    const wait = starting.current;
    if (!wait) return;
    const paper = Object.values(papersNow ?? {}).find((p) => !wait.before.has(p.id) && p.authors[0] === me);
    if (!paper) return;
    starting.current = null;
    void (wait.source && session ? seedPaper(session, paper.id, wait.source, me) : Promise.resolve()).then(() => onStarted(paper.id));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the new paper arrives
  }, [papersNow]);

  useEffect(() => {
    let current = true;
    fetch("/api/documents")
      .then((r) => r.json())
      .then((body: { documents: LibraryEntry[] }) => current && setLibrary(body.documents.filter((d) => d.kind === "resolution")))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  const verdict = check({ type: "paper.start", title: title.trim() || "…", language });

  async function start() {
    if (title.trim() === "") return;
    setFailure(null);
    setPending(true);
    starting.current = { before: new Set(existing.map((p) => p.id)), source };
    const result = await run({ type: "paper.start", title: title.trim(), language });
    setPending(false);
    if (!result.ok) {
      starting.current = null;
      return setFailure(result.message);
    }
    setTitle("");
  }

  return (
    <form
      className="mt-3 flex flex-col gap-2 border-t border-slate-200 pt-3"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <label className="flex flex-col text-sm font-semibold text-un-900">
        {ts("title")}
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          placeholder={ts("placeholder")}
          className="mt-1 min-h-11 rounded border border-slate-300 px-2 py-2 font-normal"
          data-testid="paper-title"
        />
      </label>
      <div className="flex flex-wrap gap-2">
        <label className="flex flex-1 flex-col text-sm">
          {ts("language")}
          <select
            value={language}
            onChange={(e) => setLanguage(e.target.value as "fr" | "en")}
            className="min-h-11 rounded border border-slate-300 bg-white px-2 py-2"
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="flex flex-[2] flex-col text-sm">
          {ts("fromDocument")}
          <select
            value={source}
            onChange={(e) => setSource(e.target.value)}
            className="min-h-11 rounded border border-slate-300 bg-white px-2 py-2"
            data-testid="paper-source"
          >
            <option value="">{ts("fromNothing")}</option>
            {library.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <CheckedButton
        type="submit"
        command="paper.start"
        verdict={verdict}
        failure={failure}
        pending={pending}
        disabled={title.trim() === ""}
      >
        {ts("submit")}
      </CheckedButton>
    </form>
  );
}

const whenSaved = (client: PaperClient) =>
  new Promise<void>((resolve) => {
    const check = () => (client.status === "saved" ? resolve() : setTimeout(check, 50));
    setTimeout(check, 50);
  });

/** Fills a new paper from a library text before it opens (the server checks it as any update). */
async function seedPaper(session: PaperSession, paperId: string, documentId: string, me: string): Promise<void> {
  const res = await fetch(`/api/documents/${encodeURIComponent(documentId)}`);
  if (!res.ok) return;
  const body = (await res.json()) as { document: ParsedDocument };
  if (body.document.kind !== "resolution") return;
  const client = new PaperClient(session, session.sessionId, paperId);
  await whenSaved(client);
  fromParsedDocument(client.doc, body.document, me);
  await whenSaved(client);
  client.close();
}
