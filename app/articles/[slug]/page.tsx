import type { Metadata } from "next";
import Link from "next/link";
import { ArticleText } from "@/components/articles/article-text";
import { CitationFocus } from "@/components/articles/citation-focus";
import { getArticle } from "@/lib/articles/queries";
import { CLAIMS } from "@/lib/domain";
import { orNotFound, orNull } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { PartialTime } from "@/components/ui/partial-time";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await orNull(getArticle((await params).slug));
  return article ? { title: article.title } : { title: "Not found" };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const article = await orNotFound(getArticle((await params).slug));
  const spans = article.citations.map((c) => ({ id: c.id, start: c.quoteStart, end: c.quoteEnd }));
  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <CitationFocus />
      <div>
        <PageHeader
          title={article.title}
          lang={article.language}
          eyebrow={
            <>
              Source article · {article.language === "en" ? "English" : "Dutch"} ·{" "}
              <PartialTime text={article.publishedOn} />
              {article.outlet ? ` · ${article.outlet}` : ""}
              {article.citedSource ? ` · citing ${article.citedSource}` : ""}
              {article.url && (
                <>
                  {" · "}
                  <a href={article.url} rel="noopener noreferrer" className="underline underline-offset-2">
                    original
                  </a>
                </>
              )}
            </>
          }
        >
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            The original text. The {article.citations.length} highlighted passages are the sentences the dashboard
            cites; follow a link on the right to see what each supports.
          </p>
        </PageHeader>
        <div className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <ArticleText text={article.text} citations={spans} lang={article.language} />
        </div>
      </div>
      <aside aria-labelledby="citations-heading">
        <h2 id="citations-heading" className="text-lg font-semibold">
          Cited here
        </h2>
        <ol className="mt-2 space-y-2 text-sm">
          {article.citations.map((c) => (
            <li
              key={c.id}
              data-citation={c.id}
              className="rounded-md border border-slate-200 p-2 data-[focus]:border-amber-500 dark:border-slate-800"
            >
              <a href={`#${c.id}`} className="font-medium underline-offset-2 hover:underline">
                {c.label}
              </a>
              <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">{CLAIMS[c.claim]}</span>
              {c.deal && (
                <div className="text-xs">
                  <Link
                    href={`/deals/${c.deal}`}
                    className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
                  >
                    Deal: {c.dealTitle}
                  </Link>
                </div>
              )}
              {c.eventTitle && <div className="text-xs text-slate-600 dark:text-slate-400">Event: {c.eventTitle}</div>}
            </li>
          ))}
        </ol>
      </aside>
    </article>
  );
}
