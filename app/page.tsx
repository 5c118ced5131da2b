import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ValueBars } from "@/components/charts/value-bars";
import { ValueKindLegend, ValuePatterns } from "@/components/charts/value-patterns";
import { TimelineList } from "@/components/timeline/timeline-list";
import { VALUE_KIND_HELP, VALUE_KIND_LABEL, VALUE_KIND_ORDER } from "@/components/ui/value-kind";
import { parseSearchParams, type PageSearchParams } from "@/lib/api/search-params";
import { partiesLabel } from "@/lib/deals/parties-label";
import { countRecords, listDeals } from "@/lib/deals/queries";
import { hasValue, OverviewQuerySchema } from "@/lib/deals/schemas";
import { DEAL_KINDS, type DealKind, type ValueKind } from "@/lib/domain";
import { formatCount, formatUsdCompact, formatValue } from "@/lib/format";
import { headline, valueTotals } from "@/lib/stats/queries";
import { getTimeline } from "@/lib/timeline/queries";
import { PageHeader } from "@/components/ui/page-header";

export default async function OverviewPage({ searchParams }: { searchParams: PageSearchParams }) {
  const parsed = parseSearchParams(OverviewQuerySchema, await searchParams);
  const scale = parsed.ok ? parsed.data.scale : "linear";
  const [counts, totals, headlines, largest, latestDeals, latestEvents] = await Promise.all([
    countRecords(),
    valueTotals({}),
    headline({}),
    listDeals({ sort: "-valueUsd", limit: 8, minUsd: "0.01" }, { withTotal: false }),
    getTimeline({ type: "deal", limit: 5 }),
    getTimeline({ type: "event", limit: 5 }),
  ]);
  const byKind = new Map(headlines.map((b) => [b.valueKind, b]));
  const unvalued = totals.find((b) => b.valueKind === null)?.count ?? 0;
  const bars = largest.data.filter(hasValue);

  return (
    <div className="space-y-10">
      <ValuePatterns />
      <section>
        <PageHeader title="AI-chip supply deals" />
        <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
          {counts.deals} deals and {counts.events} events between {counts.companies} companies, drawn from{" "}
          {counts.articles} Dutch news articles. Each of the {formatCount(counts.evidence)} figures and claims cites the
          sentence it comes from.
        </p>
        <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
          <Link href="/timeline" className="text-blue-800 underline underline-offset-2 dark:text-blue-300">
            Browse the timeline →
          </Link>
          <Link href="/deals" className="text-blue-800 underline underline-offset-2 dark:text-blue-300">
            Filter and export the deals →
          </Link>
          <Link href="/compare" className="text-blue-800 underline underline-offset-2 dark:text-blue-300">
            Compare values →
          </Link>
        </p>
      </section>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading" className="text-lg font-semibold">
          Value tracked, by kind of value and kind of deal
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Kinds are totalled apart: adding an “up to” ceiling to a valuation would count money that may never change
          hands. Each total says which kinds of deal it adds; a funding round and a chip contract are listed apart.
        </p>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {VALUE_KIND_ORDER.map((kind: ValueKind) => {
            const b = byKind.get(kind);
            return (
              <section
                key={kind}
                aria-label={VALUE_KIND_LABEL[kind]}
                className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              >
                <h3 className="text-xs font-medium text-slate-500 dark:text-slate-400" title={VALUE_KIND_HELP[kind]}>
                  {VALUE_KIND_LABEL[kind]}
                </h3>
                <p className="mt-1 text-xl font-semibold tabular-nums">{b ? formatUsdCompact(b.usd) : "—"}</p>
                <p className="text-xs text-slate-600 dark:text-slate-400" data-testid={`headline-${kind}`}>
                  {b ? b.description : "No deals"}
                </p>
                {b && b.byKind.length > 1 && (
                  <ul className="mt-2 space-y-0.5 text-xs">
                    {b.byKind.map((k) => (
                      <li key={k.kind} className="flex justify-between gap-3" title={k.description}>
                        <span>
                          {DEAL_KINDS[k.kind as DealKind]} ({k.count})
                        </span>
                        <span className="tabular-nums">{formatUsdCompact(k.usd)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
        {unvalued > 0 && (
          <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
            {unvalued} further {unvalued === 1 ? "deal has" : "deals have"} no reported value.
          </p>
        )}
      </section>

      {bars.length > 0 && (
        <ChartFigure
          id="largest"
          title="Largest deals"
          downloads={{ chart: "largest", query: scale === "log" ? "scale=log" : "" }}
          description={`The largest deals by US-dollar value, labelled with their parties, on a ${scale === "log" ? "logarithmic axis: each tick is ten times the last" : "linear axis from $0"}. Hatched, dotted, striped and gridded bars are ceilings, estimates, valuations and targets, not firm values.`}
          table={
            <table className="w-full text-sm">
              <caption className="sr-only">Largest deals by value</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-4 text-left font-medium">
                    Deal
                  </th>
                  <th scope="col" className="py-1 pr-4 text-left font-medium">
                    Value
                  </th>
                  <th scope="col" className="py-1 text-left font-medium">
                    Kind
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((d) => (
                  <tr key={d.slug} className="border-t border-slate-100 dark:border-slate-900">
                    <th scope="row" className="py-1 pr-4 text-left font-normal">
                      {d.title} <span className="text-slate-500 dark:text-slate-400">({partiesLabel(d.parties)})</span>
                    </th>
                    <td className="py-1 pr-4 tabular-nums">{formatValue(d.value)}</td>
                    <td className="py-1">{VALUE_KIND_LABEL[d.value.kind]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <ValueKindLegend kinds={[...new Set(bars.map((b) => b.value.kind))]} labels={VALUE_KIND_LABEL} />
            {/* A link, not a button: the server draws the bars, so the toggle works without JavaScript. */}
            <Link
              href={scale === "log" ? "/" : "/?scale=log"}
              scroll={false}
              aria-current={scale === "log" ? "true" : undefined}
              className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 print:hidden dark:border-slate-700 dark:hover:bg-slate-800"
            >
              {scale === "log" ? "Log scale on: show linear" : "Log scale off: show log"}
            </Link>
          </div>
          <ValueBars deals={bars} scale={scale} />
        </ChartFigure>
      )}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="latest-deals-heading">
          <h2 id="latest-deals-heading" className="mb-3 text-lg font-semibold">
            Latest deals
          </h2>
          <TimelineList items={latestDeals.data} headingLevel={3} idPrefix="latest-deals" />
        </section>
        <section aria-labelledby="latest-events-heading">
          <h2 id="latest-events-heading" className="mb-3 text-lg font-semibold">
            Latest events
          </h2>
          <TimelineList items={latestEvents.data} headingLevel={3} idPrefix="latest-events" />
        </section>
      </div>
    </div>
  );
}
