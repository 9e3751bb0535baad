import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionPage } from "@/components/session/session-page";
import { ObserverView } from "@/components/delegate/observer-view";
import { PageMessages } from "@/components/ui/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observer"))("title") };
}

export default async function ObservePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ key?: string }>;
}) {
  const { id } = await params;
  const { key } = await searchParams;
  return (
    <PageMessages page="observe">
      <SessionPage sessionId={id} token={key}>
        <ObserverView />
      </SessionPage>
    </PageMessages>
  );
}
