import type { Metadata } from "next";
import Link from "next/link";
import { ArticleText } from "@/components/articles/article-text";
import { CitationFocus } from "@/components/articles/citation-focus";
import { FigureText } from "@/components/ui/figure-text";
import { getArticle } from "@/lib/articles/queries";
import { CLAIMS } from "@/lib/domain";
import { orNotFound, orNull } from "@/lib/pages";
import { PartialTime } from "@/components/ui/partial-time";

type Params = Promise<{ slug: string }>;

/** The original's host for the link text; the whole address where it is no valid URL. */
function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await orNull(getArticle((await params).slug));
  return article ? { title: article.title } : { title: "Not found" };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const article = await orNotFound(getArticle((await params).slug));
  // Offsets count from the file's start; the page shows the body only (not the front matter or dateline).
  const body = article.text.slice(article.bodyStart);
  const spans = article.citations.map((c) => ({
    id: c.id,
    start: c.quoteStart - article.bodyStart,
    end: c.quoteEnd - article.bodyStart,
  }));
  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <CitationFocus />
      <div>
        <header>
          <p className="text-sm text-slate-500 dark:text-slate-400">
            Source article · {article.language === "en" ? "English" : "Dutch"}
          </p>
          <h1 lang={article.language} className="mt-1 text-2xl font-semibold tracking-tight">
            {article.title}
          </h1>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-600 dark:text-slate-400">
            <dt className="font-medium">Published</dt>
            <dd>
              <PartialTime text={article.publishedOn} />
              {article.publishedPrecision !== "day" && ` (the source gives only the ${article.publishedPrecision})`}
            </dd>
            {article.outlet && (
              <>
                <dt className="font-medium">Outlet</dt>
                <dd>{article.outlet}</dd>
              </>
            )}
            <dt className="font-medium">Cites</dt>
            <dd>{article.citedSource ?? "no outlet named in the text"}</dd>
            <dt className="font-medium">Original</dt>
            <dd>
              {article.url ? (
                <a href={article.url} className="text-blue-800 underline underline-offset-2 dark:text-blue-300">
                  {hostnameOf(article.url)}
                </a>
              ) : (
                "no web address recorded in the source file"
              )}
            </dd>
            <dt className="font-medium">File</dt>
            <dd className="break-all">
              {article.sourceFile ? <code className="text-xs">{article.sourceFile}</code> : "added through /ingest"}
            </dd>
          </dl>
        </header>
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          The article text as published. The {article.citations.length} highlighted passages are the sentences the
          dashboard cites; the links under “Cited here” say what each supports.
        </p>
        <div className="mt-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <ArticleText text={body} citations={spans} lang={article.language} />
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
              {c.figure && (
                <div className="text-xs">
                  <FigureText figure={c.figure} />
                </div>
              )}
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
