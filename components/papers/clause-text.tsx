"use client";

import { useEffect, useRef } from "react";
import * as Y from "yjs";
import { clauseText, replaceText } from "@/lib/papers/ops";

interface Props {
  doc: Y.Doc;
  clauseId: string;
  label: string;
  placeholder: string;
  disabled: boolean;
}

/**
 * A clause's free text, bound to its shared Y.Text. The text box is not a React-controlled value:
 * another author's typing is written into it at once, in the same turn as the update arrives, so
 * that when the student's next keystroke comes the box holds exactly the shared text and the
 * difference is that keystroke alone (ops.replaceText) — a controlled value, re-rendered later,
 * would make a keystroke look like the deletion of what had just arrived. The caret is kept where
 * it was in the text (a Yjs relative position) when text arrives before it.
 */
export function ClauseText({ doc, clauseId, label, placeholder, disabled }: Props) {
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

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const shared = clauseText(doc, clauseId);
    const fit = () => (el.rows = Math.max(2, Math.ceil(el.value.length / 38)));
    el.value = shared.toString();
    fit();
    const onChange = () => {
      const next = shared.toString();
      if (el.value === next) return;
      el.value = next;
      fit();
      if (document.activeElement === el && caret.current) {
        const start = Y.createAbsolutePositionFromRelativePosition(caret.current.start, doc);
        const end = Y.createAbsolutePositionFromRelativePosition(caret.current.end, doc);
        if (start && end) el.setSelectionRange(start.index, end.index);
      }
    };
    shared.observe(onChange);
    return () => shared.unobserve(onChange);
  }, [doc, clauseId]);

  return (
    <textarea
      ref={ref}
      aria-label={label}
      placeholder={placeholder}
      disabled={disabled}
      rows={2}
      onChange={(e) => {
        replaceText(doc, clauseId, e.target.value);
        e.target.rows = Math.max(2, Math.ceil(e.target.value.length / 38));
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
