import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionLinks } from "@/components/home/session-links";
import { PageMessages } from "@/components/ui/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("links");
  return { title: t("title") };
}

export default async function LinksPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ key?: string }>;
}) {
  const { id } = await params;
  const { key } = await searchParams;
  return (
    <PageMessages page="links">
      <SessionLinks sessionId={id} chairKey={key ?? ""} />
    </PageMessages>
  );
}
