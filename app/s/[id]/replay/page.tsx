import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReplayView } from "@/components/replay/replay-view";

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
  return <ReplayView sessionId={id} token={key ?? ""} />;
}
