"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useSession } from "../session/session-provider";
import { useMemberName } from "../ui/use-member-name";
import { call, failureText } from "@/lib/client/http-client";
import type { RouteReply } from "@/lib/protocol/http";
import { useErrorText } from "@/components/session/use-error-text";

type Stance = "support" | "oppose" | "abstain";
type Status = RouteReply<"simulation.status">;

/** Seats played by simulated delegations: a class of 8 can still sit as a Council of 15. */
export function SimulationPanel({ sessionId, chairKey }: { sessionId: string; chairKey: string }) {
  const t = useTranslations("chair.simulation");
  const tp = useTranslations("procedure");
  const p = useSession((s) => s.live)!;
  const name = useMemberName();
  const saved = p.simulation;
  const [members, setMembers] = useState<string[]>(saved?.members ?? []);
  const [stances, setStances] = useState<Record<string, Stance>>(saved?.stances ?? {});
  const [seed, setSeed] = useState(saved?.seed ?? 1);
  const [repeatable, setRepeatable] = useState(true);
  const presence = useSession((s) => s.presence);
  const tc = useTranslations("console.simulation");
  const all = p.procedure.members;
  const withoutStudent = presence === null ? null : all.filter((m) => !presence.includes(m));
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorText();

  useEffect(() => {
    let current = true;
    const poll = () =>
      // A failed poll keeps the last status: the next one will tell.
      call("simulation.status", { params: { id: sessionId }, key: chairKey }).then((r) => current && r.ok && setStatus(r));
    poll();
    const timer = setInterval(poll, 3_000);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [sessionId, chairKey]);

  async function send(method: "POST" | "DELETE") {
    setBusy(true);
    setError(null);
    // Not repeatable: a fresh draw each start (the seed stays an implementation detail).
    const used = repeatable ? seed : Math.floor(Math.random() * 2 ** 31);
    if (!repeatable) setSeed(used);
    const params = { id: sessionId };
    const r =
      method === "POST"
        ? await call("simulation.start", {
            params,
            key: chairKey,
            body: { members, seed: used, stances: Object.fromEntries(Object.entries(stances).filter(([m]) => members.includes(m))) },
          })
        : await call("simulation.stop", { params, key: chairKey });
    setBusy(false);
    if (!r.ok) setError(failureText(r, errorText));
    else setStatus(r);
  }

  return (
    <details className="rounded-lg border border-un-100 bg-white p-4" open={Boolean(status?.running)}>
      <summary className="cursor-pointer font-serif text-xl font-semibold text-un-900">{t("heading")}</summary>
      <p className="mt-2 text-sm text-slate-700">{t("help")}</p>
      <p className="mt-2 text-sm font-semibold" role="status" data-testid="simulation-status">
        {status?.running ? t("running", { count: status.members.length, sent: status.sent }) : t("stopped")}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {withoutStudent !== null && (
          <button
            type="button"
            onClick={() => setMembers(withoutStudent)}
            className="rounded-md border border-un-700 px-3 py-1.5 text-sm font-semibold text-un-800 hover:bg-un-50"
          >
            {tc("withoutStudent", { count: withoutStudent.length })}
          </button>
        )}
        <button
          type="button"
          onClick={() => setMembers([...all])}
          className="rounded-md border border-un-700 px-3 py-1.5 text-sm font-semibold text-un-800 hover:bg-un-50"
        >
          {tc("all", { count: all.length })}
        </button>
        <button
          type="button"
          onClick={() => setMembers([])}
          className="rounded-md border border-un-700 px-3 py-1.5 text-sm font-semibold text-un-800 hover:bg-un-50"
        >
          {tc("none")}
        </button>
      </div>
      <p className="mt-2 text-sm" data-testid="simulated-count">
        {tc("chosen", { count: members.length })}
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer text-sm font-semibold text-un-800">{tc("oneByOne")}</summary>
        <ul className="mt-2 max-h-72 space-y-1 overflow-auto text-sm">
          {all.map((m) => (
            <li key={m} className="flex items-center gap-2">
              <label className="flex flex-1 items-center gap-2">
                <input
                  type="checkbox"
                  checked={members.includes(m)}
                  onChange={(e) => setMembers((s) => (e.target.checked ? [...s, m] : s.filter((x) => x !== m)))}
                  className="accent-un-700"
                />
                {name(m)}
                {presence?.includes(m) && <span className="text-xs text-slate-600">{tc("hasStudent")}</span>}
              </label>
              {members.includes(m) && (
                <select
                  aria-label={t("stanceOf", { member: name(m) })}
                  value={stances[m] ?? ""}
                  onChange={(e) =>
                    setStances((s) => {
                      const next = { ...s };
                      if (e.target.value) next[m] = e.target.value as Stance;
                      else delete next[m];
                      return next;
                    })
                  }
                  className="rounded border border-slate-300 p-1"
                >
                  <option value="">{t("stanceDefault")}</option>
                  <option value="support">{tp("choices.yes")}</option>
                  <option value="oppose">{tp("choices.no")}</option>
                  <option value="abstain">{tp("choices.abstain")}</option>
                </select>
              )}
            </li>
          ))}
        </ul>
      </details>
      <label className="mt-3 flex items-start gap-2 text-sm">
        <input type="checkbox" checked={repeatable} onChange={(e) => setRepeatable(e.target.checked)} className="mt-1 accent-un-700" />
        <span>
          <span className="font-semibold">{tc("repeatable")}</span>
          <span className="block text-slate-700">{tc("repeatableHelp")}</span>
        </span>
      </label>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy || members.length === 0}
          onClick={() => send("POST")}
          className="rounded-md bg-un-800 px-3 py-2 font-semibold text-white disabled:opacity-45"
        >
          {status?.running ? t("restart") : t("start", { count: members.length })}
        </button>
        {status?.running && (
          <button
            type="button"
            disabled={busy}
            onClick={() => send("DELETE")}
            className="rounded-md border border-un-700 px-3 py-2 font-semibold text-un-800 disabled:opacity-45"
          >
            {t("stop")}
          </button>
        )}
      </div>
    </details>
  );
}
