"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { useFitFont } from "./use-fit-font";

/** Seconds each page of a long text stays up before the next one. */
const PAGE_SECONDS = 9;
const GAP = 64;

/**
 * Text that fills its box: as large as fits (up to `max`), down to a floor (`min`); below the
 * floor it is not clipped but cut into pages (CSS columns, one box wide) that turn by themselves,
 * so nobody has to scroll the projector — starting with the page where the tracked change begins.
 */
export function FitText({
  children,
  max,
  min,
  className = "",
  testId,
}: {
  children: ReactNode;
  max: number;
  min: number;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations("projector");
  const [pages, setPages] = useState(1);
  const [pageWidth, setPageWidth] = useState(0);
  const [turn, setTurn] = useState(0);
  const [start, setStart] = useState(0);
  const page = (start + turn) % pages;

  const single = (c: HTMLElement) => {
    c.style.height = "";
    c.style.columnWidth = "";
    c.style.columnGap = "";
  };
  const { box, content: inner } = useFitFont<HTMLDivElement, HTMLDivElement>({
    max,
    min,
    fits: (b, c) => {
      single(c);
      return c.scrollHeight <= b.clientHeight + 1 && c.scrollWidth <= b.clientWidth + 1;
    },
    onFit: (_size, fitted) => {
      const b = box.current;
      const c = inner.current;
      if (!b || !c) return;
      if (fitted) {
        setPages(1);
        return;
      }
      // At the floor and still too long: one column per page, side by side, shown one at a time.
      c.style.height = `${b.clientHeight}px`;
      c.style.columnWidth = `${b.clientWidth}px`;
      c.style.columnGap = `${GAP}px`;
      c.style.columnFill = "auto";
      const width = b.clientWidth + GAP;
      setPageWidth(width);
      setPages(Math.max(1, Math.round((c.scrollWidth + GAP) / width)));
      // The change is what the room must read: the pages start with the first insertion, or with the
      // first deletion when nothing is inserted. (One selector for both took whichever came first:
      // a replacement's struck words, pages before its new ones.)
      const change = c.querySelector<HTMLElement>("[data-change=insert]") ?? c.querySelector<HTMLElement>("[data-change=delete]");
      const offset = change ? change.getBoundingClientRect().left - c.getBoundingClientRect().left : 0;
      setStart(Math.max(0, Math.floor((offset + 1) / width)));
      setTurn(0);
    },
  });

  useEffect(() => {
    if (pages <= 1) return;
    const timer = setInterval(() => setTurn((n) => n + 1), PAGE_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [pages]);

  return (
    <div className={`flex min-h-0 flex-col ${className}`}>
      <div ref={box} className="relative min-h-0 flex-1 overflow-hidden">
        <div
          ref={inner}
          data-testid={testId}
          data-pages={pages}
          data-page={page + 1}
          className="transition-transform duration-700"
          style={{ transform: pages > 1 ? `translateX(-${page * pageWidth}px)` : undefined }}
        >
          {children}
        </div>
      </div>
      {pages > 1 && (
        <p className="mt-2 text-right font-sans text-2xl font-semibold text-slate-700" data-testid="text-page">
          {t("page", { page: page + 1, pages })}
        </p>
      )}
    </div>
  );
}
