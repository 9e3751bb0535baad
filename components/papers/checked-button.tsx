"use client";

import type { ReactNode } from "react";
import type { Check } from "../session/use-command";

/**
 * A button whose command the page sends itself (a form's submit, a submission with a confirmation),
 * disabled with the engine's reason shown next to it — or the server's refusal once sent.
 */
export function CheckedButton(props: {
  verdict: Check;
  failure: string | null;
  pending: boolean;
  command: string;
  type?: "button" | "submit";
  onClick?: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  const { verdict, failure } = props;
  const reason = failure ?? (verdict.ok ? null : verdict.reason);
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type={props.type ?? "button"}
        onClick={props.onClick}
        disabled={props.pending || !verdict.ok || props.disabled}
        title={verdict.ok ? undefined : verdict.reason}
        data-command={props.command}
        className="min-h-11 rounded-md bg-un-800 px-4 py-2 font-semibold text-white disabled:cursor-not-allowed disabled:opacity-45"
      >
        {props.children}
      </button>
      {reason && (
        <span
          className={`text-sm ${failure ? "text-red-800" : "text-slate-700"}`}
          role={failure ? "alert" : undefined}
          data-testid="disabled-reason"
        >
          {reason}
        </span>
      )}
    </div>
  );
}
