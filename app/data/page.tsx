import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { VocabularyTable } from "@/components/data/vocabulary-table";
import { QueryErrors } from "@/components/ui/query-errors";
import { VALUE_KIND_HELP } from "@/components/ui/value-kind";
import { parseSearchParams, type PageSearchParams } from "@/lib/api/search-params";
import { changelog, listArticles } from "@/lib/data/changelog";
import { DEAL_FIELDS } from "@/lib/data/fields";
import { dealDataVersion } from "@/lib/db/data-version";
import { countRecords } from "@/lib/deals/queries";
import {
  CLAIMS,
  COMPANY_KINDS,
  DATE_BASES,
  DEAL_KINDS,
  DEAL_STATUSES,
  EVENT_KINDS,
  FIGURE_KINDS,
  PARTY_ROLES,
  PRECISIONS,
  VALUE_KINDS,
  type PartyRole,
  type ValueKind,
} from "@/lib/domain";
import { formatCount, formatPartialDate } from "@/lib/format";
import type { Precision } from "@/lib/domain";
import { EDGE_END } from "@/lib/network/roles";

export const metadata: Metadata = {
  title: "The dataset",
  description:
    "Every field and vocabulary of the chip-deals data, how figures are sourced, the licence, how to cite it, and what changed when.",
};

const DataQuerySchema = z.object({
  v: z
    .string()
    .max(64)
    .regex(/^[\w-]+$/, "expected a data version as shown on this page")
    .optional()
    .describe("The data version a citation pins"),
});

const entries = (o: Record<string, string>, note?: (k: string) => string | undefined) =>
  Object.entries(o).map(([value, label]) => ({ value, label, note: note?.(value) }));

const PRECISION_EXAMPLE: Record<Precision, string> = {
  day: formatPartialDate(new Date(Date.UTC(2026, 0, 28)), "day"),
  month: formatPartialDate(new Date(Date.UTC(2025, 6, 1)), "month"),
  quarter: formatPartialDate(new Date(Date.UTC(2026, 3, 1)), "quarter"),
  year: formatPartialDate(new Date(Date.UTC(2025, 0, 1)), "year"),
};

const EDGE_NOTE = { from: "the arrow starts here on /network", to: "the arrow ends here on /network" } as const;

const h2 = "text-xl font-semibold tracking-tight";
const prose = "max-w-3xl space-y-2 text-sm text-slate-700 dark:text-slate-300";
const a = "underline underline-offset-2";

export default async function DataPage({ searchParams }: { searchParams: PageSearchParams }) {
  const parsed = parseSearchParams(DataQuerySchema, await searchParams);
  const [version, counts, articles, changes] = await Promise.all([
    dealDataVersion(),
    countRecords(),
    listArticles(),
    changelog(),
  ]);
  const pinned = parsed.ok ? parsed.data.v : undefined;
  const year = new Date().getUTCFullYear();

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">The dataset</h1>
        <p className={prose}>
          {formatCount(counts.deals)} deals, {formatCount(counts.events)} events and {formatCount(counts.companies)}{" "}
          companies, drawn from {formatCount(counts.articles)} news articles; {formatCount(counts.evidence)} claims,
          each with the sentence it comes from.
        </p>
        <p className="text-sm">
          Data version{" "}
          <code className="font-mono" data-testid="data-version">
            {version}
          </code>{" "}
          ·{" "}
          <Link href={`/data?v=${version}`} className={a}>
            permalink to this version
          </Link>
        </p>
        {!parsed.ok && <QueryErrors issues={parsed.issues} resetHref="/data" />}
        {pinned && pinned !== version && (
          <p
            role="status"
            className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
            data-testid="version-changed"
          >
            The data has changed since version <code className="font-mono">{pinned}</code>. This page and every export
            show the current version, <code className="font-mono">{version}</code>: earlier versions are not kept (there
            is no history to rebuild them from), so a figure cited from {pinned} may differ now. See the changelog
            below, or{" "}
            <Link href={`/data?v=${version}`} className={a}>
              cite the current version
            </Link>
            .
          </p>
        )}
        {pinned && pinned === version && (
          <p role="status" className="text-sm text-green-800 dark:text-green-300" data-testid="version-current">
            This is the current version: nothing has changed since it was cited.
          </p>
        )}
      </header>

      <section aria-labelledby="exports" className="space-y-2">
        <h2 id="exports" className={h2}>
          Downloads and feeds
        </h2>
        <ul className={`${prose} list-disc pl-5`}>
          <li>
            <a href="/api/deals.csv" className={a}>
              /api/deals.csv
            </a>{" "}
            every deal (or those of any /deals filter) as CSV;{" "}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON answer, not a page */}
            <a href="/api/deals" className={a}>
              /api/deals
            </a>{" "}
            as JSON (
            <a href="/api/openapi.json" className={a}>
              OpenAPI
            </a>
            ).
          </li>
          <li>
            <a href="/deals.atom" className={a}>
              /deals.atom
            </a>{" "}
            and{" "}
            <a href="/deals.json" className={a}>
              /deals.json
            </a>{" "}
            (JSON Feed): the newest deals of any /deals filter.
          </li>
          <li>Every chart: SVG, PNG and CSV under /api/charts/, from the Download links beside it.</li>
          <li>
            Each carries the data version: in the <code className="font-mono">X-Data-Version</code> response header, in
            the feeds&apos; description and <code className="font-mono">_chip_deals.data_version</code>, and in every
            chart&apos;s source line.
          </li>
        </ul>
      </section>

      <section aria-labelledby="fields" className="space-y-2">
        <h2 id="fields" className={h2}>
          Fields of a deal
        </h2>
        <dl className="max-w-3xl space-y-2 text-sm">
          {Object.entries(DEAL_FIELDS).map(([field, help]) => (
            <div key={field}>
              <dt className="font-mono text-xs font-semibold">{field}</dt>
              <dd className="text-slate-700 dark:text-slate-300">{help}</dd>
            </div>
          ))}
        </dl>
        <p className={prose}>
          Amounts are exact decimal strings (&quot;16500000000&quot;, &quot;114.29&quot;), never floating-point numbers.
          The CSV export has the same fields, one column each, with parties and sources flattened.
        </p>
      </section>

      <section aria-labelledby="vocabularies" className="space-y-4">
        <h2 id="vocabularies" className={h2}>
          Vocabularies
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <VocabularyTable
            id="v-value-kinds"
            title="Value kinds"
            entries={entries(VALUE_KINDS, (k) => VALUE_KIND_HELP[k as ValueKind])}
            noteHeading="Reads as"
          />
          <VocabularyTable
            id="v-precision"
            title="Date precision"
            entries={PRECISIONS.map((p) => ({ value: p, label: `written as ${PRECISION_EXAMPLE[p]}` }))}
          />
          <VocabularyTable
            id="v-roles"
            title="Roles"
            entries={entries(PARTY_ROLES, (r) => {
              const end = EDGE_END[r as PartyRole];
              return end ? EDGE_NOTE[end] : "acts alone: no arrow";
            })}
            noteHeading="On the network"
          />
          <VocabularyTable id="v-deal-kinds" title="Deal kinds" entries={entries(DEAL_KINDS)} />
          <VocabularyTable id="v-statuses" title="Statuses" entries={entries(DEAL_STATUSES)} />
          <VocabularyTable id="v-date-bases" title="Date basis" entries={entries(DATE_BASES)} />
          <VocabularyTable id="v-company-kinds" title="Company kinds" entries={entries(COMPANY_KINDS)} />
          <VocabularyTable id="v-event-kinds" title="Event kinds" entries={entries(EVENT_KINDS)} />
          <VocabularyTable id="v-figure-kinds" title="Figure kinds" entries={entries(FIGURE_KINDS)} />
          <VocabularyTable id="v-claims" title="What a source supports" entries={entries(CLAIMS)} />
        </div>
      </section>

      <section aria-labelledby="sourcing" className="space-y-2">
        <h2 id="sourcing" className={h2}>
          How figures are sourced
        </h2>
        <div className={prose}>
          <p>
            Every deal, figure and claim is curated from a Dutch news article and cites the exact sentence it comes
            from, by its character offsets in the article text. When the data is loaded, each quote must occur verbatim,
            exactly once, in its article, and each number is read from its quote by a Dutch amount parser (&quot;16,5
            miljard dollar&quot;, &quot;maximaal $500 miljard&quot;; Dutch &quot;biljoen&quot; is 10<sup>12</sup>) and
            must equal the curated value, unit and qualifier; otherwise nothing is written.
          </p>
          <p>
            US-dollar equivalents are for comparison only; the stated amount and currency are kept exactly. Value kinds
            are never added together: a ceiling or a valuation is not money that changed hands.
          </p>
        </div>
      </section>

      <section aria-labelledby="licence" className="space-y-2">
        <h2 id="licence" className={h2}>
          Licence
        </h2>
        <div className={prose}>
          <p>
            The curated data (deals, companies, events, values, dates, roles and the links between them) is licensed
            under{" "}
            <a href="https://creativecommons.org/licenses/by/4.0/" className={a} rel="license">
              Creative Commons Attribution 4.0 International (CC BY 4.0)
            </a>
            : share and adapt it, also commercially, with credit.
          </p>
          <p>
            The articles and the sentences quoted from them remain the copyright of their publishers; they are quoted to
            source the figures and are not covered by this licence.
          </p>
        </div>
      </section>

      <section aria-labelledby="cite" className="space-y-2">
        <h2 id="cite" className={h2}>
          How to cite
        </h2>
        <p className={prose}>Name the data version, so a reader can tell whether the data has changed since:</p>
        <blockquote
          className="max-w-3xl rounded-md border border-slate-200 p-3 font-mono text-xs break-words dark:border-slate-800"
          data-testid="citation"
        >
          chip-deals ({year}). AI-chip supply deals, data version {version}. Licensed CC BY 4.0. /data?v={version}
        </blockquote>
      </section>

      <section aria-labelledby="articles" className="space-y-2">
        <h2 id="articles" className={h2}>
          Source articles
        </h2>
        <ul className={`${prose} list-disc pl-5`}>
          {articles.map((art) => (
            <li key={art.slug}>
              <Link href={`/articles/${art.slug}`} className={a} lang={art.language}>
                {art.title}
              </Link>{" "}
              ({formatPartialDate(art.publishedOn, art.publishedPrecision as Precision)}
              {art.citedSource ? `, citing ${art.citedSource}` : ""}): {formatCount(art._count.evidence)} claims
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="changelog" className="space-y-2">
        <h2 id="changelog" className={h2}>
          Changelog
        </h2>
        <p className={prose}>
          What was added or last changed on each day, newest first (from each record&apos;s last update; an addition and
          a later correction read the same, as no history is kept).
        </p>
        <ol className="max-w-3xl space-y-3 text-sm" data-testid="changelog">
          {changes.map((c) => (
            <li key={c.day}>
              <p className="font-medium">
                <time dateTime={c.day}>{c.day}</time>: {formatCount(c.deals.length)} deals,{" "}
                {formatCount(c.articles.length)} articles
              </p>
              <p className="text-slate-600 dark:text-slate-400">
                {c.deals.slice(0, 12).map((d, i) => (
                  <span key={d.slug}>
                    {i > 0 && ", "}
                    <Link href={`/deals/${d.slug}`} className={a}>
                      {d.title}
                    </Link>
                  </span>
                ))}
                {c.deals.length > 12 && ` and ${formatCount(c.deals.length - 12)} more`}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
