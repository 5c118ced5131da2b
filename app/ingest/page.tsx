import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/ingest/audit-list";
import { NewArticleForm } from "@/components/ingest/new-article-form";
import { SignInForm } from "@/components/ingest/sign-in-form";
import { SignOutButton } from "@/components/ingest/sign-out-button";
import { currentSession } from "@/lib/auth/current";
import { env } from "@/lib/env";
import { listAudit, listIngests } from "@/lib/ingest/queries";

export const metadata: Metadata = { title: "Add articles" };

const STATUS = { pending: "waiting for review", accepted: "accepted", undone: "undone" } as Record<string, string>;

export default async function IngestPage() {
  const heading = <h1 className="text-2xl font-semibold tracking-tight">Add articles</h1>;
  if (!env.ADMIN_TOKEN) {
    return (
      <div className="space-y-3">
        {heading}
        <p className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
          Ingest is off on this server: it has no <code className="font-mono">ADMIN_TOKEN</code> set, so no article can
          be added and every write is refused. Reading the dashboard is not affected.
        </p>
      </div>
    );
  }
  const session = await currentSession();
  if (!session) {
    return (
      <div className="space-y-4">
        {heading}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Hand the dashboard a news article: it proposes deals, figures and companies, each tied to the sentence it
          comes from, for you to review before anything is saved.
        </p>
        <SignInForm />
      </div>
    );
  }
  const [ingests, audit] = await Promise.all([listIngests(), listAudit()]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        {heading}
        <p className="flex items-center gap-3 text-sm">
          Signed in as {session.name} <SignOutButton />
        </p>
      </div>
      <NewArticleForm />
      <section aria-labelledby="ingests-heading">
        <h2 id="ingests-heading" className="text-lg font-semibold">
          Handed in
        </h2>
        {ingests.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {ingests.map((i) => (
              <li key={i.id}>
                <Link href={`/ingest/${i.id}`} className="text-blue-800 underline dark:text-blue-300">
                  {i.title}
                </Link>{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  · {STATUS[i.status] ?? i.status} · by {i.createdBy}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No article handed in yet.</p>
        )}
      </section>
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading" className="text-lg font-semibold">
          Audit log
        </h2>
        <div className="mt-2">
          <AuditList entries={audit} />
        </div>
      </section>
    </div>
  );
}
