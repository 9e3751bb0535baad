"use client";

import { useCallback, useLayoutEffect, useRef } from "react";

export interface FitOptions {
  /** Largest and smallest font sizes tried, in px. */
  max: number;
  min: number;
  /** Does the content fit its box at the size now applied? Default: no overflow either way. */
  fits?: (box: HTMLElement, content: HTMLElement) => boolean;
  /** Called after each fit with the size chosen and whether the content fitted at it. */
  onFit?: (size: number, fitted: boolean) => void;
}

export const overflowsNot = (box: HTMLElement, content: HTMLElement) =>
  content.scrollHeight <= box.clientHeight + 1 && content.scrollWidth <= box.clientWidth + 1;

/**
 * The largest font size (between `min` and `max`) at which the content fits inside the box, set
 * on the content element (a binary search over layouts). Re-run when the text or the box's size
 * changes — not on every render, since the screens re-render four times a second while a clock runs.
 * Returns the two refs to put on the box and on the content.
 */
export function useFitFont<B extends HTMLElement, C extends HTMLElement>(options: FitOptions) {
  const box = useRef<B>(null);
  const content = useRef<C>(null);
  const last = useRef("");
  const opts = useRef(options);
  useLayoutEffect(() => {
    opts.current = options;
  });
  const fit = useCallback(() => {
    const b = box.current;
    const c = content.current;
    if (!b || !c) return;
    const { max, min, fits = overflowsNot, onFit } = opts.current;
    const signature = `${b.clientWidth}x${b.clientHeight}:${c.textContent}:${max}:${min}`;
    if (signature === last.current) return;
    last.current = signature;
    let lo = min;
    let hi = max;
    let best = min;
    while (lo <= hi) {
      const mid = Math.floor((lo + hi) / 2);
      c.style.fontSize = `${mid}px`;
      if (fits(b, c)) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    c.style.fontSize = `${best}px`;
    onFit?.(best, fits(b, c));
  }, []);
  useLayoutEffect(fit);
  useLayoutEffect(() => {
    const b = box.current;
    if (!b || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => fit());
    observer.observe(b);
    return () => observer.disconnect();
  }, [fit]);
  return { box, content };
}
