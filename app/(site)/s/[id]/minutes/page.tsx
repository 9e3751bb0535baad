import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MinutesView } from "@/components/minutes/minutes-view";
import { PageMessages } from "@/components/ui/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutes"))("metaTitle") };
}

export default async function MinutesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ key?: string }>;
}) {
  const { id } = await params;
  const { key } = await searchParams;
  return (
    <PageMessages page="minutes">
      <MinutesView sessionId={id} token={key} />
    </PageMessages>
  );
}
