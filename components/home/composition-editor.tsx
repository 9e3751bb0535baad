"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/session/use-error-text";
import { call, failureText } from "@/lib/client/http-client";
import { CompositionPicker, MAX_MEMBERS, MIN_MEMBERS, type CompositionValue } from "./composition-picker";

/** Before the roll call, the chair changes who sits; the links are issued again for the new members. */
export function CompositionEditor({
  sessionId,
  chairKey,
  initial,
  council,
  onChanged,
  locked,
}: {
  /** Why the engine refuses a new composition now (the roll call has begun), or null. */
  locked: { code: string; params?: Record<string, string | number> } | null;
  sessionId: string;
  chairKey: string;
  initial: CompositionValue;
  council: boolean;
  onChanged(): void;
}) {
  const t = useTranslations("setup.edit");
  const errorText = useErrorText();
  const [value, setValue] = useState<CompositionValue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const countOk = !!value && value.members.length >= MIN_MEMBERS && value.members.length <= MAX_MEMBERS;

  async function save() {
    if (!value) return;
    setPending(true);
    setError(null);
    const r = await call("session.members", {
      params: { id: sessionId },
      key: chairKey,
      body: { members: value.members, ...(council ? { permanentMembers: value.permanentMembers } : {}), observers: value.observers },
    });
    setPending(false);
    if (!r.ok) return setError(failureText(r, errorText));
    setValue(null);
    onChanged();
  }

  if (!value)
    return (
      <div className="mt-3 print:hidden">
        <button
          type="button"
          onClick={() => setValue(initial)}
          disabled={locked !== null}
          aria-describedby="composition-hint"
          className="min-h-11 rounded-md border border-un-700 px-3 font-semibold text-un-800 hover:bg-un-50 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {t("open")}
        </button>
        <p id="composition-hint" className="mt-1 text-sm text-slate-700" data-testid="composition-hint">
          {locked ? errorText(locked.code, locked.params) : t("hint")}
        </p>
      </div>
    );
  return (
    <div className="mt-3 flex flex-col gap-3 rounded-md border border-un-100 p-3 print:hidden" data-testid="composition-editor">
      <CompositionPicker value={value} onChange={setValue} council={council} />
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="button"
          onClick={() => void save()}
          disabled={pending || !countOk}
          className="min-h-11 rounded-md bg-un-800 px-4 font-semibold text-white hover:bg-un-900 disabled:opacity-60"
        >
          {pending ? t("saving") : t("save")}
        </button>
        <button type="button" onClick={() => setValue(null)} className="min-h-11 rounded-md px-3 text-un-800 underline">
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
