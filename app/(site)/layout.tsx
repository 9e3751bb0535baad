import type { ReactNode } from "react";
import { SiteHeader } from "@/components/ui/site-header";

/** Every page but the projection screen carries the site header (name, language). */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      {children}
    </>
  );
}
