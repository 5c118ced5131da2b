import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ValueTotals } from "@/components/deals/value-totals";
import { DealsTable } from "@/components/deals/deals-table";
import { FollowLinks } from "@/components/feeds/follow-links";
import { FilterForm } from "@/components/filters/filter-form";
import { QueryErrors } from "@/components/ui/query-errors";
import { VALUE_KIND_LABEL, VALUE_KIND_ORDER } from "@/components/ui/value-kind";
import { parsePageQuery, type PageSearchParams } from "@/lib/api/search-params";
import { listCompanyOptions } from "@/lib/companies/queries";
import { dealViewParams } from "@/lib/deals/page-query";
import { listDeals } from "@/lib/deals/queries";
import { DealQuerySchema, type DealSort } from "@/lib/deals/schemas";
import { DEAL_KINDS } from "@/lib/domain";
import { filterLabels, titleWithFilters } from "@/lib/deals/filter-label";
import { formatCount } from "@/lib/format";
import { redirectWithoutEmpty } from "@/lib/pages";
import { valueTotals } from "@/lib/stats/queries";
import { queryString } from "@/lib/url";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** The page's query, the company names and the words for its filters; parsed once per request. */
const loadView = cache(async (key: string) => {
  const params = JSON.parse(key) as Record<string, string | string[] | undefined>;
  const { query, issues, filtersOk } = parsePageQuery(DealQuerySchema, params);
  // The picker needs names only; listCompanies also counts every company's deals.
  const companies = await listCompanyOptions();
  const names = new Map(companies.map((c) => [c.value, c.label]));
  const title = titleWithFilters("Deals", filterLabels(query, { company: (slug) => names.get(slug) ?? slug }));
  return { query, issues, filtersOk, companies, title };
});

export async function generateMetadata({ searchParams }: { searchParams: PageSearchParams }): Promise<Metadata> {
  return { title: { absolute: `${(await loadView(JSON.stringify(await searchParams))).title} · chip-deals` } };
}

const typed = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function DealsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  redirectWithoutEmpty("/deals", params);
  const { query, issues, filtersOk, companies, title } = await loadView(JSON.stringify(params));
  const [page, totals] = await Promise.all([listDeals(query), valueTotals(query)]);
  const view = dealViewParams(query);
  const sortHref = (sort: DealSort) =>
    `/deals${queryString({ ...view, sort: sort === "-announcedOn" ? undefined : sort })}`;
  const filtered = Object.entries(view).some(([k, v]) => k !== "sort" && v !== undefined);

  return (
    // On a phone the filters follow the table (a link at the top jumps to them), so the first
    // screen shows deals and their values rather than a form.
    <div className="flex flex-col gap-5">
      <PageHeader
        title={title}
        actions={
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <FollowLinks filter={filtersOk ? query : {}} className="mr-2" />
            <a
              href={`/api/deals.csv${queryString(view)}`}
              download
              className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              Export CSV
            </a>
            <a
              href={`/api/deals.csv${queryString({ ...view, dialect: "excel-nl" })}`}
              download
              className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
              title="Semicolon-separated with decimal commas, for Excel set to Dutch or another European locale"
            >
              CSV for Dutch Excel
            </a>
          </div>
        }
      >
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          <span data-testid="row-count">{formatCount(page.total)}</span> {page.total === 1 ? "deal" : "deals"}
          {filtered ? " match these filters" : " tracked"}
          {page.total > page.data.length ? `, ${formatCount(page.data.length)} shown on this page` : ""}.{" "}
          <a href="#filters" className="underline underline-offset-2 sm:hidden">
            Filters ↓
          </a>
        </p>
      </PageHeader>
      {page.total > 0 && <ValueTotals totals={totals} />}

      {issues.length > 0 && <QueryErrors issues={issues} resetHref="/deals" />}

      <div id="filters" className="scroll-mt-4 max-sm:order-last">
        <FilterForm
          action="/deals"
          // The amounts as typed ("1B"), not as read ("1000000000").
          values={filtersOk ? { ...query, minUsd: typed(params.minUsd), maxUsd: typed(params.maxUsd) } : {}}
          hidden={{ sort: view.sort }}
          companies={companies}
          kinds={Object.entries(DEAL_KINDS).map(([value, label]) => ({ value, label }))}
          valueKinds={VALUE_KIND_ORDER.map((k) => ({ value: k, label: VALUE_KIND_LABEL[k] }))}
          withValueRange
        />
      </div>

      {page.data.length === 0 ? (
        <EmptyState title="No deals match these filters.">
          Widen the date range, remove a company, or{" "}
          <Link href="/deals" className="underline underline-offset-2">
            clear all filters
          </Link>
          .
        </EmptyState>
      ) : (
        <>
          <form id="compare-form" action="/compare" method="get" className="flex items-center gap-3 text-sm">
            <button
              type="submit"
              className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              Compare selected
            </button>
            <span className="text-slate-500 dark:text-slate-400">Tick two or more deals with a value.</span>
          </form>
          <DealsTable
            deals={page.data}
            sort={query.sort}
            sortHref={sortHref}
            selectForm="compare-form"
            caption="Deals matching the filters"
          />
        </>
      )}

      {(page.nextCursor || query.cursor) && (
        <nav aria-label="Pages" className="flex gap-4 text-sm">
          {query.cursor && (
            <Link href={`/deals${queryString(view)}`} className="underline underline-offset-2">
              ← First page
            </Link>
          )}
          {page.nextCursor && (
            <Link
              href={`/deals${queryString({ ...view, cursor: page.nextCursor })}`}
              className="underline underline-offset-2"
            >
              Next {formatCount(query.limit)} →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
