import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionPage } from "@/components/session/session-page";
import type { SessionSeed } from "@/components/session/session-store";
import { DelegateView } from "@/components/delegate/delegate-view";
import { PageMessages } from "@/components/ui/page-messages";
import { randomUUID } from "node:crypto";
import { refusalOf } from "@/lib/protocol/ballot";
import { isLinkPreview } from "@/lib/protocol/link-preview";
import { liveViewBridge } from "@/lib/protocol/live-view";
import { errorMessage } from "@/lib/i18n/messages";
import { toLocale } from "@/lib/i18n/config";
import type { LiveSessionState } from "@/lib/session/state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("delegate"))("title") };
}

/**
 * A delegation's page, rendered on the server with its live state (the join's answer for this
 * link): a weak phone sees the business on the floor and votes from the first HTML, through the
 * ballot form, before the scripts have loaded; the page then hydrates and the socket takes over.
 */
export default async function DelegatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection(); // the live state: never prerendered, never cached
  const { id, token } = await params;
  const seed = await seedOf(id, token, await searchParams);
  return (
    <PageMessages page="delegate">
      <SessionPage sessionId={id} token={token} seed={seed}>
        <DelegateView />
      </SessionPage>
    </PageMessages>
  );
}

async function seedOf(id: string, token: string, search: Record<string, string | string[] | undefined>): Promise<SessionSeed | undefined> {
  const bridge = liveViewBridge<LiveSessionState>();
  if (!bridge) return undefined;
  const request = await headers();
  const answer = await bridge.view(id, token, { holdSeat: !isLinkPreview((name) => request.get(name)) });
  if (!answer.ok) {
    const message = errorMessage(toLocale(await getLocale()), answer.code);
    return { status: answer.code === "auth.revoked" ? "revoked" : "join-failed", error: { code: answer.code, message } };
  }
  const { view } = answer;
  return {
    live: view.snapshot,
    seq: view.seq,
    role: view.role,
    member: view.member,
    ballot: { formId: randomUUID(), refused: refusalOf(search) },
    renderedAt: Date.now(),
  };
}
