"use client";

import { useLayoutEffect, useRef } from "react";
import * as Y from "yjs";
import { clauseText, replaceText } from "@/lib/papers/ops";

interface Props {
  doc: Y.Doc;
  clauseId: string;
  /** The clause's text now (the component re-renders on every change of the paper). */
  text: string;
  label: string;
  placeholder: string;
  disabled: boolean;
}

/**
 * A clause's free text, bound to its shared Y.Text: each keystroke becomes the smallest edit of it
 * (ops.replaceText), and the caret is kept where it was in the text — as a Yjs relative position —
 * when another author's typing arrives before it.
 */
export function ClauseText({ doc, clauseId, text, label, placeholder, disabled }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<{ start: Y.RelativePosition; end: Y.RelativePosition } | null>(null);

  const remember = () => {
    const el = ref.current;
    if (!el) return;
    const shared = clauseText(doc, clauseId);
    caret.current = {
      start: Y.createRelativePositionFromTypeIndex(shared, el.selectionStart),
      end: Y.createRelativePositionFromTypeIndex(shared, el.selectionEnd),
    };
  };

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || document.activeElement !== el || !caret.current) return;
    const start = Y.createAbsolutePositionFromRelativePosition(caret.current.start, doc);
    const end = Y.createAbsolutePositionFromRelativePosition(caret.current.end, doc);
    if (start && end) el.setSelectionRange(start.index, end.index);
  }, [text, doc]);

  return (
    <textarea
      ref={ref}
      value={text}
      aria-label={label}
      placeholder={placeholder}
      disabled={disabled}
      rows={Math.max(2, Math.ceil(text.length / 38))}
      onChange={(e) => {
        replaceText(doc, clauseId, e.target.value);
        remember();
      }}
      onSelect={remember}
      onKeyUp={remember}
      onClick={remember}
      className="w-full resize-y rounded border border-slate-300 px-2 py-1.5 font-serif text-base leading-snug text-slate-900 disabled:bg-slate-50"
      data-clause-text={clauseId}
    />
  );
}
