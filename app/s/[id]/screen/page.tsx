import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionPage } from "@/components/session/session-page";
import { ProjectionScreen } from "@/components/screen/projection-screen";
import { PageMessages } from "@/components/ui/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("screen"))("title") };
}

export default async function ScreenPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ key?: string }>;
}) {
  const { id } = await params;
  const { key } = await searchParams;
  return (
    <PageMessages page="screen">
      <SessionPage sessionId={id} token={key}>
        <ProjectionScreen sessionId={id} token={key} />
      </SessionPage>
    </PageMessages>
  );
}
