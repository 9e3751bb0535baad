import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinSeat } from "@/components/home/join-seat";
import { PageMessages } from "@/components/ui/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("join"))("title") };
}

export default async function JoinPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ code?: string }>;
}) {
  const { id } = await params;
  const { code } = await searchParams;
  return (
    <PageMessages page="join">
      <JoinSeat sessionId={id} code={code ?? ""} />
    </PageMessages>
  );
}
