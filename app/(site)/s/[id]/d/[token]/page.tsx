import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionPage } from "@/components/session/session-page";
import { DelegateView } from "@/components/delegate/delegate-view";
import { PageMessages } from "@/components/ui/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("delegate"))("title") };
}

export default async function DelegatePage({ params }: { params: Promise<{ id: string; token: string }> }) {
  const { id, token } = await params;
  return (
    <PageMessages page="delegate">
      <SessionPage sessionId={id} token={token}>
        <DelegateView />
      </SessionPage>
    </PageMessages>
  );
}
