"use client";

import { useTranslations } from "next-intl";
import type { ComponentType } from "react";

/**
 * What a panel loaded with next/dynamic shows: a status line while its code comes (`loading`), and
 * why it is missing if the code could not be fetched (`lazyPanel`'s fallback) — never an empty box.
 */
export function LazyPanelLoading() {
  const t = useTranslations("app");
  return (
    <p role="status" className="text-sm text-slate-700" data-testid="lazy-panel-status">
      {t("loading")}
    </p>
  );
}

function LazyPanelFailed() {
  const t = useTranslations("app");
  return (
    <p role="alert" className="text-sm text-red-800" data-testid="lazy-panel-status">
      {t("loadFailed")}
    </p>
  );
}

/** A dynamic import of a panel that resolves to a visible failure instead of throwing when the network drops. */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): () => Promise<ComponentType<P>> {
  return () => load().catch(() => LazyPanelFailed as ComponentType<P>);
}
