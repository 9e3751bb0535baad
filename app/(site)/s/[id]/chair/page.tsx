import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionPage } from "@/components/session/session-page";
import { ChairConsole } from "@/components/chair/chair-console";
import { PageMessages } from "@/components/ui/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("chair"))("title") };
}

export default async function ChairPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ key?: string }>;
}) {
  const { id } = await params;
  const { key } = await searchParams;
  return (
    <PageMessages page="chair">
      <SessionPage sessionId={id} token={key}>
        <ChairConsole sessionId={id} chairKey={key ?? ""} />
      </SessionPage>
    </PageMessages>
  );
}
