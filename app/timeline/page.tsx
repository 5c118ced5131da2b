import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { FilterForm } from "@/components/filters/filter-form";
import { TimelineList } from "@/components/timeline/timeline-list";
import { QueryErrors } from "@/components/ui/query-errors";
import { parsePageQuery, type PageSearchParams } from "@/lib/api/search-params";
import { listCompanyOptions } from "@/lib/companies/queries";
import { filterLabels, titleWithFilters } from "@/lib/deals/filter-label";
import { DEAL_KINDS, EVENT_KINDS, type DealKind, type EventKind } from "@/lib/domain";
import { TimelineQuerySchema } from "@/lib/timeline/schemas";
import { formatCount } from "@/lib/format";
import { redirectWithoutEmpty } from "@/lib/pages";
import { getTimeline } from "@/lib/timeline/queries";
import { queryString } from "@/lib/url";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** The page's query, the company names and the words for its filters; parsed once per request. */
const loadView = cache(async (key: string) => {
  const params = JSON.parse(key) as Record<string, string | string[] | undefined>;
  const { query, issues, filtersOk } = parsePageQuery(TimelineQuerySchema, params);
  // The picker needs names only; listCompanies also counts every company's deals.
  const companies = await listCompanyOptions();
  const names = new Map(companies.map((c) => [c.value, c.label]));
  const title = titleWithFilters(
    "Timeline",
    filterLabels(query, {
      company: (slug) => names.get(slug) ?? slug,
      kind: (k) => DEAL_KINDS[k as DealKind] ?? EVENT_KINDS[k as EventKind] ?? k,
    }),
  );
  return { query, issues, filtersOk, companies, title };
});

export async function generateMetadata({ searchParams }: { searchParams: PageSearchParams }): Promise<Metadata> {
  return { title: { absolute: `${(await loadView(JSON.stringify(await searchParams))).title} · chip-deals` } };
}

export default async function TimelinePage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  redirectWithoutEmpty("/timeline", params);
  const { query, issues, filtersOk, companies, title } = await loadView(JSON.stringify(params));
  const timeline = await getTimeline(query);
  const view = {
    company: query.company,
    kind: query.kind,
    type: query.type,
    from: query.from,
    to: query.to,
    q: query.q,
  };
  const shownBefore = query.cursor?.o ?? 0;
  const shownTo = shownBefore + timeline.data.length;

  return (
    <div className="space-y-5">
      <PageHeader title={title}>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {formatCount(timeline.total)} deals and events, newest first. A date the sources give only to the month is
          shown as a month.
        </p>
      </PageHeader>
      {issues.length > 0 && <QueryErrors issues={issues} resetHref="/timeline" />}
      <FilterForm
        action="/timeline"
        values={filtersOk ? query : {}}
        companies={companies}
        kinds={[
          ...Object.entries(DEAL_KINDS).map(([value, label]) => ({ value, label: `Deal: ${label}` })),
          ...Object.entries(EVENT_KINDS).map(([value, label]) => ({ value, label: `Event: ${label}` })),
        ]}
        types={[
          { value: "deal", label: "Deals only" },
          { value: "event", label: "Events only" },
        ]}
      />
      {timeline.data.length === 0 ? (
        <EmptyState title="Nothing on the timeline matches these filters.">
          <Link href="/timeline" className="underline underline-offset-2">
            Clear all filters
          </Link>
        </EmptyState>
      ) : (
        <TimelineList items={timeline.data} />
      )}
      {(timeline.nextCursor || query.cursor) && (
        <nav aria-label="Pages" className="flex flex-wrap items-center gap-4 text-sm">
          <span className="text-slate-500 dark:text-slate-400">
            Items {formatCount(shownBefore + 1)}–{formatCount(shownTo)} of {formatCount(timeline.total)}
          </span>
          {query.cursor && (
            <Link href={`/timeline${queryString(view)}`} className="underline underline-offset-2">
              ← Newest
            </Link>
          )}
          {timeline.nextCursor && (
            <Link
              href={`/timeline${queryString({ ...view, cursor: timeline.nextCursor })}`}
              className="underline underline-offset-2"
            >
              Older →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
