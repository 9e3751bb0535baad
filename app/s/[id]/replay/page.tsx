import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReplayView } from "@/components/replay/replay-view";
import { PageMessages } from "@/components/ui/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("replay"))("title") };
}

export default async function ReplayPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ key?: string }>;
}) {
  const { id } = await params;
  const { key } = await searchParams;
  return (
    <PageMessages page="replay">
      <ReplayView sessionId={id} token={key ?? ""} />
    </PageMessages>
  );
}
