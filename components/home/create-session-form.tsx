"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PRESETS } from "@/lib/procedure/presets";
import { ORGANS, type Organ } from "@/lib/procedure/preset-kinds";
import { call, failureText } from "@/lib/client/http-client";
import { useErrorText } from "@/components/session/use-error-text";
import { keyRulesOf, type KeyRules } from "@/lib/session/key-rules";
import { presetComposition } from "@/lib/session/country-picker";
import { CompositionPicker, MAX_MEMBERS, MIN_MEMBERS, type CompositionValue } from "./composition-picker";
import { DraftChooser, type DraftChoice } from "./draft-chooser";
import { KeyRulesFields } from "./key-rules-fields";

const compositionFor = (organ: Organ): CompositionValue => {
  const c = presetComposition(
    organ === "general-assembly" || organ === "main-committee" ? "general-assembly-193" : "security-council-2026",
  );
  return { members: c.members, permanentMembers: organ === "security-council" ? c.permanentMembers : [], observers: [] };
};

/** Creates a session through the API and takes the chair to the links page (keep it: it is the chair's key). */
export function CreateSessionForm() {
  const t = useTranslations("create");
  const tc = useTranslations("composition");
  const router = useRouter();
  const [organ, setOrgan] = useState<Organ>("security-council");
  const [title, setTitle] = useState("");
  const [draft, setDraft] = useState<DraftChoice>({ documentId: null, sponsors: null });
  const [composition, setComposition] = useState<CompositionValue>(() => compositionFor("security-council"));
  const [important, setImportant] = useState(false);
  const [rules, setRules] = useState<KeyRules>(() => keyRulesOf(PRESETS["security-council"]));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Asked for only when the server requires it (CREATE_PASSWORD on a public deployment).
  const [password, setPassword] = useState<string | null>(null);
  const assembly = organ === "general-assembly" || organ === "main-committee";
  const countOk = composition.members.length >= MIN_MEMBERS && composition.members.length <= MAX_MEMBERS;
  const errorText = useErrorText();

  function chooseOrgan(value: Organ) {
    setOrgan(value);
    setComposition(compositionFor(value));
    setRules(keyRulesOf(PRESETS[value]));
    if (value !== "general-assembly" && value !== "main-committee") setImportant(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!countOk) return setError(tc("countRange", { min: MIN_MEMBERS, max: MAX_MEMBERS }));
    setPending(true);
    setError(null);
    const r = await call("session.create", {
      headers: password ? { "x-create-password": password } : {},
      body: {
        organ,
        // The browser's time zone: the minutes write the session's times as the room read its clocks.
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(draft.documentId ? { documentId: draft.documentId } : {}),
        ...(draft.sponsors?.length ? { sponsors: draft.sponsors } : {}),
        members: composition.members,
        ...(organ === "security-council" ? { permanentMembers: composition.permanentMembers } : {}),
        observers: composition.observers,
        ...(assembly && important ? { important: true } : {}),
        rules,
      },
    });
    if (!r.ok) {
      if (r.error.code === "session.create_password" && password === null) setPassword("");
      setError(r.error.code === "http.unreachable" ? t("offline") : failureText(r, errorText));
      setPending(false);
      return;
    }
    const key = new URL(r.chair.url).searchParams.get("key");
    router.push(`/s/${r.id}/links?key=${key}`);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-6" aria-describedby={error ? "create-error" : undefined}>
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="mb-1 font-semibold text-un-900">{t("organ")}</legend>
        {ORGANS.map((value) => (
          <label
            key={value}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-un-100 p-3 has-[:checked]:border-un-700 has-[:checked]:bg-un-50"
          >
            <input
              type="radio"
              name="organ"
              value={value}
              checked={organ === value}
              onChange={() => chooseOrgan(value)}
              className="mt-1 accent-un-700"
            />
            <span>
              <span className="block font-medium">{t(`organs.${value}.name`)}</span>
              <span className="block text-sm text-slate-700">{t(`organs.${value}.text`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1">
        <span className="font-semibold text-un-900">{t("title")}</span>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          placeholder={t("titlePlaceholder")}
          className="min-h-11 rounded-md border border-slate-300 px-3 py-2"
        />
      </label>
      <DraftChooser value={draft} onChange={setDraft} />
      <CompositionPicker value={composition} onChange={setComposition} council={organ === "security-council"} />
      {assembly && (
        <label className="flex items-start gap-3 rounded-md border border-un-100 p-3">
          <input type="checkbox" checked={important} onChange={(e) => setImportant(e.target.checked)} className="mt-1 accent-un-700" />
          <span>
            <span className="block font-medium">{tc("important")}</span>
            <span className="block text-sm text-slate-700">{tc("importantHint")}</span>
          </span>
        </label>
      )}
      <KeyRulesFields value={rules} onChange={setRules} />
      {password !== null && (
        <label className="flex flex-col gap-1">
          <span className="font-semibold text-un-900">{t("password")}</span>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
            className="min-h-11 rounded-md border border-slate-300 px-3 py-2"
          />
          <span className="text-sm text-slate-700">{t("passwordHint")}</span>
        </label>
      )}
      {error && (
        <p id="create-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      <div className="sticky bottom-0 -mx-5 border-t border-un-100 bg-white/95 px-5 py-3">
        <button
          type="submit"
          disabled={pending || !countOk}
          className="min-h-11 rounded-md bg-un-800 px-5 py-2.5 font-semibold text-white hover:bg-un-900 disabled:opacity-60"
        >
          {pending ? t("creating") : t("submit")}
        </button>
        {!countOk && <p className="mt-1 text-sm text-red-800">{tc("countRange", { min: MIN_MEMBERS, max: MAX_MEMBERS })}</p>}
      </div>
    </form>
  );
}
