"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ORGANS, type Organ } from "@/lib/procedure/preset-kinds";

/** Creates a session through the API and takes the chair to the links page (keep it: it is the chair's key). */
export function CreateSessionForm() {
  const t = useTranslations("create");
  const router = useRouter();
  const [organ, setOrgan] = useState<Organ>("security-council");
  const [title, setTitle] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Asked for only when the server requires it (CREATE_PASSWORD on a public deployment).
  const [password, setPassword] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/sessions", {
        method: "POST",
        headers: { "content-type": "application/json", ...(password ? { "x-create-password": password } : {}) },
        body: JSON.stringify({ organ, ...(title.trim() ? { title: title.trim() } : {}) }),
      });
      const body = await res.json();
      if (res.status !== 201) {
        if (body?.error?.code === "session.create_password" && password === null) setPassword("");
        setError(body?.error?.message ?? t("failed"));
        setPending(false);
        return;
      }
      const key = new URL(body.chair.url).searchParams.get("key");
      router.push(`/s/${body.id}/links?key=${key}`);
    } catch {
      setError(t("offline"));
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-describedby={error ? "create-error" : undefined}>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold text-un-900">{t("organ")}</legend>
        {ORGANS.map((value) => (
          <label key={value} className="flex cursor-pointer items-start gap-3 rounded-md border border-un-100 p-3 has-[:checked]:border-un-700 has-[:checked]:bg-un-50">
            <input type="radio" name="organ" value={value} checked={organ === value} onChange={() => setOrgan(value)} className="mt-1 accent-un-700" />
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
          className="rounded-md border border-slate-300 px-3 py-2"
        />
      </label>
      {password !== null && (
        <label className="flex flex-col gap-1">
          <span className="font-semibold text-un-900">{t("password")}</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required className="rounded-md border border-slate-300 px-3 py-2" />
          <span className="text-sm text-slate-700">{t("passwordHint")}</span>
        </label>
      )}
      {error && (
        <p id="create-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-md bg-un-800 px-5 py-2.5 font-semibold text-white hover:bg-un-900 disabled:opacity-60"
      >
        {pending ? t("creating") : t("submit")}
      </button>
    </form>
  );
}
