import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filters/filter-form";
import { TimelineList } from "@/components/timeline/timeline-list";
import { QueryErrors } from "@/components/ui/query-errors";
import { parsePageQuery, type PageSearchParams } from "@/lib/api/search-params";
import { listCompanyOptions } from "@/lib/companies/queries";
import { DEAL_KINDS, EVENT_KINDS } from "@/lib/domain";
import { TimelineQuerySchema } from "@/lib/timeline/schemas";
import { formatCount } from "@/lib/format";
import { getTimeline } from "@/lib/timeline/queries";
import { queryString } from "@/lib/url";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ searchParams }: { searchParams: PageSearchParams }) {
  const { query, issues, filtersOk } = parsePageQuery(TimelineQuerySchema, await searchParams);
  // The picker needs names only; listCompanies also counts every company's deals.
  const [timeline, companies] = await Promise.all([getTimeline(query), listCompanyOptions()]);
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
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Timeline</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {formatCount(timeline.total)} deals and events, newest first. A date the sources give only to the month is
          shown as a month.
        </p>
      </div>
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
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <p className="font-medium">Nothing on the timeline matches these filters.</p>
          <p className="mt-1 text-sm">
            <Link href="/timeline" className="underline underline-offset-2">
              Clear all filters
            </Link>
          </p>
        </div>
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
