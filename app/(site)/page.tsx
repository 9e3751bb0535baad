import { getTranslations } from "next-intl/server";
import { ConnectionProvider } from "@/components/connection/connection-provider";
import { ConnectionStatus } from "@/components/connection/connection-status";
import { CreateSessionForm } from "@/components/home/create-session-form";
import { MySessions } from "@/components/home/my-sessions";
import { DocumentLibrary } from "@/components/home/document-library";
import { PageMessages } from "@/components/ui/page-messages";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tc = await getTranslations("create");
  return (
    <PageMessages page="home">
      <main className="mx-auto grid max-w-6xl gap-10 px-4 py-10 lg:grid-cols-[3fr_2fr]">
        <section className="min-w-0">
          <h1 className="font-serif text-4xl font-semibold text-un-900">{t("title")}</h1>
          <p className="mt-4 text-lg leading-relaxed text-slate-800">{t("intro")}</p>
          <ul className="mt-6 grid gap-3 sm:grid-cols-3">
            {(["organs", "amendments", "votes"] as const).map((key) => (
              <li key={key} className="rounded-lg border border-un-100 bg-white p-4">
                <h2 className="font-semibold text-un-800">{t(`features.${key}.title`)}</h2>
                <p className="mt-1 text-sm text-slate-700">{t(`features.${key}.text`)}</p>
              </li>
            ))}
          </ul>
          <MySessions />
          <DocumentLibrary />
          <section aria-labelledby="server-heading" className="mt-8 max-w-md rounded-lg border border-un-100 bg-white p-4">
            <h2 id="server-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-un-800">
              {t("server")}
            </h2>
            <ConnectionProvider>
              <ConnectionStatus />
            </ConnectionProvider>
          </section>
        </section>
        <section aria-labelledby="create-heading" className="min-w-0 rounded-lg border border-un-100 bg-white p-5 shadow-sm">
          <h2 id="create-heading" className="mb-4 font-serif text-2xl font-semibold text-un-900">
            {tc("heading")}
          </h2>
          <CreateSessionForm />
        </section>
      </main>
    </PageMessages>
  );
}
