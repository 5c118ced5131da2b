import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArticleText } from "@/components/articles/article-text";
import { AuditList } from "@/components/ingest/audit-list";
import { ReviewForm } from "@/components/ingest/review-form";
import { UndoButton } from "@/components/ingest/undo-button";
import { currentSession } from "@/lib/auth/current";
import { formatDateText } from "@/lib/format";
import { reviewChoices } from "@/lib/ingest/choices";
import { initialDrafts } from "@/lib/ingest/draft";
import { companyChoices, getIngest, listAudit, type IngestView } from "@/lib/ingest/queries";

export const metadata: Metadata = { title: "Review an article" };

type Params = Promise<{ id: string }>;

export default async function IngestReviewPage({ params }: { params: Params }) {
  const { id: raw } = await params;
  if (!(await currentSession())) redirect("/ingest");
  const ingest = /^[1-9]\d{0,9}$/.test(raw) ? await getIngest(Number(raw)) : null;
  if (!ingest) notFound();
  const audit = await listAudit({ ingestId: ingest.id });
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/ingest" className="text-blue-800 underline dark:text-blue-300">
            Add articles
          </Link>{" "}
          · ingest {ingest.id} · {ingest.language === "en" ? "English" : "Dutch"} · published{" "}
          {formatDateText(ingest.published)}
          {ingest.outlet ? ` · ${ingest.outlet}` : ""}
        </p>
        <h1 lang={ingest.language} className="mt-1 text-2xl font-semibold tracking-tight">
          {ingest.title}
        </h1>
      </div>
      {ingest.status === "pending" ? <Review ingest={ingest} /> : <Outcome ingest={ingest} />}
      <section aria-labelledby="log-heading">
        <h2 id="log-heading" className="text-lg font-semibold">
          Audit log
        </h2>
        <div className="mt-2">
          <AuditList entries={audit} withTitles={false} />
        </div>
      </section>
    </div>
  );
}

async function Review({ ingest }: { ingest: IngestView }) {
  const extraction = ingest.extraction ?? { deals: [], figures: [], companies: [] };
  const spans = extraction.deals.flatMap((d, i) =>
    d.evidence.map((e, j) => ({ id: `q-${i}-${j}`, start: e.start, end: e.end })),
  );
  const choices = reviewChoices(await companyChoices());
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="text-heading" className="lg:sticky lg:top-4 lg:self-start">
        <h2 id="text-heading" className="text-lg font-semibold">
          The article
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Each candidate&apos;s quotes are highlighted.</p>
        <div className="mt-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <ArticleText text={ingest.text} citations={spans} lang={ingest.language} />
        </div>
      </section>
      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading" className="text-lg font-semibold">
          Candidate deals ({extraction.deals.length})
        </h2>
        <div className="mt-2">
          <ReviewForm ingestId={ingest.id} initial={initialDrafts(extraction)} choices={choices} />
        </div>
      </section>
    </div>
  );
}

function Outcome({ ingest }: { ingest: IngestView }) {
  if (ingest.status === "undone") {
    return (
      <p className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
        This ingest was undone: everything it added is gone. Hand the same text in again to review it afresh.
      </p>
    );
  }
  return (
    <section aria-labelledby="outcome-heading" className="space-y-3">
      <h2 id="outcome-heading" className="text-lg font-semibold">
        Accepted
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {ingest.article && (
          <li>
            Article:{" "}
            <Link href={`/articles/${ingest.article}`} className="text-blue-800 underline dark:text-blue-300">
              {ingest.title}
            </Link>
          </li>
        )}
        {ingest.deals.map((d) => (
          <li key={d.slug}>
            Deal:{" "}
            <Link href={`/deals/${d.slug}`} className="text-blue-800 underline dark:text-blue-300">
              {d.title}
            </Link>
          </li>
        ))}
        {ingest.matched.map((slug) => (
          <li key={slug}>
            Second source on{" "}
            <Link href={`/deals/${slug}`} className="text-blue-800 underline dark:text-blue-300">
              {slug}
            </Link>
          </li>
        ))}
      </ul>
      <UndoButton ingestId={ingest.id} />
    </section>
  );
}
