import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { CompanyRoleChart } from "@/components/charts/company-role-chart";
import { CompareChart } from "@/components/charts/compare-chart";
import { CompanyDealsTable, CompareTable, CumulativeTable } from "@/components/charts/compare-tables";
import { CumulativeChart } from "@/components/charts/cumulative-chart";
import { ValueKindLegend, ValuePatterns } from "@/components/charts/value-patterns";
import { DropEmptyFields } from "@/components/filters/drop-empty-fields";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryErrors } from "@/components/ui/query-errors";
import { VALUE_KIND_HELP, VALUE_KIND_LABEL, VALUE_KIND_ORDER } from "@/components/ui/value-kind";
import { parseSearchParams, type PageSearchParams } from "@/lib/api/search-params";
import { companyRoleChart, compareBar, cumulativeRow, LARGEST_DEALS, TOP_COMPANIES } from "@/lib/charts/compare-view";
import { cumulativeByKind } from "@/lib/charts/series";
import { getDealsBySlug } from "@/lib/deals/compare";
import { listDeals } from "@/lib/deals/queries";
import { CompareQuerySchema, hasValue, MAX_COMPARED } from "@/lib/deals/schemas";
import { formatUsdCompact, formatValue } from "@/lib/format";
import { redirectWithoutEmpty } from "@/lib/pages";
import { valuedDays } from "@/lib/stats/queries";
import { queryString } from "@/lib/url";

export async function generateMetadata({ searchParams }: { searchParams: PageSearchParams }): Promise<Metadata> {
  const parsed = parseSearchParams(CompareQuerySchema, await searchParams);
  const deals = parsed.ok ? (parsed.data.deal ?? []) : [];
  const title = "Compare deal values";
  const description = deals.length
    ? `${deals.length} deals side by side in US dollars, each value with its kind.`
    : "AI-chip deal values side by side, in US dollars, each with its kind.";
  // The preview is the chart itself, as /api/charts draws it.
  const image = deals.length >= 2 ? `/api/charts/compare.png${queryString({ deal: deals })}` : undefined;
  return { title, description, openGraph: { title, description, images: image ? [{ url: image }] : undefined } };
}

/** Past this many dates the running total is drawn per month (or year); see cumulativeByKind. */
const MAX_CUMULATIVE_POINTS = 200;

export default async function ComparePage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  redirectWithoutEmpty("/compare", params);
  const parsed = parseSearchParams(CompareQuerySchema, params);
  const query = parsed.ok ? parsed.data : CompareQuerySchema.parse({});
  const chosenSlugs = query.deal ?? [];
  const [chosen, candidates, valued] = await Promise.all([
    getDealsBySlug(chosenSlugs),
    listDeals(LARGEST_DEALS, { withTotal: false }),
    valuedDays(),
  ]);
  const withoutValue = chosen.deals.filter((d) => !hasValue(d));
  const bars = chosen.deals.filter(hasValue).map(compareBar);
  const pickable = [...chosen.deals, ...candidates.data.filter((d) => !chosenSlugs.includes(d.slug))].filter(hasValue);
  const kindsShown = VALUE_KIND_ORDER.filter((k) => bars.some((b) => b.kind === k));

  const cumulative = cumulativeByKind(valued, MAX_CUMULATIVE_POINTS);
  const cumulativeKinds = VALUE_KIND_ORDER.filter((k) => valued.some((v) => v.kind === k));
  // The company chart follows the deals picked; with none, the largest deals.
  const roleChart = companyRoleChart(chosen.deals, candidates.data);

  return (
    <div className="space-y-8">
      <ValuePatterns />
      <PageHeader title="Compare deal values">
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          Values are shown in US dollars. A ceiling, an estimate and a company valuation are drawn differently from a
          firm contract value and are never added to one another.
        </p>
      </PageHeader>

      {!parsed.ok && <QueryErrors issues={parsed.issues} resetHref="/compare" />}
      {chosen.unknown.length > 0 && (
        <p
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          No deal is called {chosen.unknown.map((s) => `“${s}”`).join(", ")}; it is left out.
        </p>
      )}
      {withoutValue.length > 0 && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {withoutValue.map((d) => d.title).join(", ")}: no value reported, so not drawn.
        </p>
      )}

      {bars.length >= 2 ? (
        <ChartFigure
          id="compare"
          drawnInBrowser
          title={`${bars.length} deals side by side`}
          description={
            <>
              Horizontal bars in US dollars, each labelled with its parties; switch to a log scale when small deals
              vanish next to large ones (values here span {formatUsdCompact(Math.min(...bars.map((b) => b.usd)))} to{" "}
              {formatUsdCompact(Math.max(...bars.map((b) => b.usd)))}).
            </>
          }
          table={<CompareTable bars={bars} />}
          downloads={{ chart: "compare", query: queryString({ deal: bars.map((b) => b.slug), scale: query.scale }) }}
        >
          <div className="mb-3">
            <ValueKindLegend kinds={kindsShown} labels={VALUE_KIND_LABEL} />
          </div>
          <CompareChart bars={bars} initialScale={query.scale} />
          <ul className="mt-3 space-y-0.5 text-xs text-slate-500 dark:text-slate-400">
            {kindsShown.map((k) => (
              <li key={k}>
                <span className="font-medium">{VALUE_KIND_LABEL[k]}</span>: {VALUE_KIND_HELP[k]}.
              </li>
            ))}
          </ul>
        </ChartFigure>
      ) : (
        <EmptyState
          testId="compare-empty"
          title={bars.length === 1 ? "Pick at least one more deal with a value to compare." : "Pick two or more deals."}
        >
          Tick them below, or in the{" "}
          <Link href="/deals" className="underline underline-offset-2">
            deals table
          </Link>
          .
        </EmptyState>
      )}

      <form
        action="/compare"
        method="get"
        className="rounded-lg border border-slate-200 p-4 print:hidden dark:border-slate-800"
      >
        <DropEmptyFields />
        <fieldset>
          <legend className="text-lg font-semibold">Choose deals</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Deals with a value, largest first; up to {MAX_COMPARED}.
          </p>
          <div className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {pickable.map((d) => (
              <label key={d.slug} className="flex items-baseline gap-2 text-sm">
                <input
                  type="checkbox"
                  name="deal"
                  value={d.slug}
                  defaultChecked={chosenSlugs.includes(d.slug)}
                  className="accent-blue-700"
                />
                <span>
                  {d.title}{" "}
                  <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                    {formatValue(d.value)}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {query.scale === "log" && <input type="hidden" name="scale" value="log" />}
        <button
          type="submit"
          className="mt-3 rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
        >
          Compare
        </button>
      </form>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          id="cumulative"
          drawnInBrowser
          title="Announced value over time"
          description={`Running total of announced deal value by value kind, in US dollars. Each kind is its own line: ceilings, estimates and valuations are not added to firm values.${cumulative.period === "day" ? "" : ` One point per ${cumulative.period}: the total after its last deal.`}`}
          table={<CumulativeTable rows={cumulative.points} kinds={cumulativeKinds} />}
          downloads={{ chart: "cumulative", query: "" }}
        >
          <ValueKindLegend kinds={cumulativeKinds} labels={VALUE_KIND_LABEL} variant="line" />
          <CumulativeChart rows={cumulative.points.map(cumulativeRow)} kinds={cumulativeKinds} />
        </ChartFigure>
        <ChartFigure
          id="company-role"
          drawnInBrowser
          title={roleChart.title}
          description={`How many of ${roleChart.picked ? "the deals picked" : "the largest deals"} each company takes part in, coloured by its role in each. A deal counts once per company; its value is not credited to every party.${roleChart.of > roleChart.companies.length ? ` The ${TOP_COMPANIES} companies in most of them.` : ""}`}
          table={<CompanyDealsTable companies={roleChart.companies} />}
          downloads={{
            chart: "company-role",
            query: roleChart.picked ? queryString({ deal: roleChart.deals }) : "",
          }}
        >
          <CompanyRoleChart rows={roleChart.rows} roles={roleChart.roles} />
        </ChartFigure>
      </div>
    </div>
  );
}
