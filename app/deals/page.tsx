import type { Metadata } from "next";
import Link from "next/link";
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
import { formatCount } from "@/lib/format";
import { queryString } from "@/lib/url";

export const metadata: Metadata = { title: "Deals" };

const typed = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function DealsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const input = await searchParams;
  const { query, issues, filtersOk } = parsePageQuery(DealQuerySchema, input);
  // The picker needs names only; listCompanies also counts every company's deals.
  const [page, companies] = await Promise.all([listDeals(query), listCompanyOptions()]);
  const view = dealViewParams(query);
  const sortHref = (sort: DealSort) =>
    `/deals${queryString({ ...view, sort: sort === "-announcedOn" ? undefined : sort })}`;
  const filtered = Object.entries(view).some(([k, v]) => k !== "sort" && v !== undefined);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Deals</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            <span data-testid="row-count">{formatCount(page.total)}</span> {page.total === 1 ? "deal" : "deals"}
            {filtered ? " match these filters" : " tracked"}
            {page.total > page.data.length ? `, ${formatCount(page.data.length)} shown on this page` : ""}.
          </p>
        </div>
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
      </div>

      {issues.length > 0 && <QueryErrors issues={issues} resetHref="/deals" />}

      <FilterForm
        action="/deals"
        // The amounts as typed ("1B"), not as read ("1000000000").
        values={filtersOk ? { ...query, minUsd: typed(input.minUsd), maxUsd: typed(input.maxUsd) } : {}}
        hidden={{ sort: view.sort }}
        companies={companies}
        kinds={Object.entries(DEAL_KINDS).map(([value, label]) => ({ value, label }))}
        valueKinds={VALUE_KIND_ORDER.map((k) => ({ value: k, label: VALUE_KIND_LABEL[k] }))}
        withValueRange
      />

      {page.data.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <p className="font-medium">No deals match these filters.</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Widen the date range, remove a company, or{" "}
            <Link href="/deals" className="underline underline-offset-2">
              clear all filters
            </Link>
            .
          </p>
        </div>
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
