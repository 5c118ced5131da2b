import type { DealFilter } from "@/lib/deals/schemas";
import { dealFilterParams } from "@/lib/deals/page-query";
import { queryString } from "@/lib/url";

/** "Follow this filter": the Atom and JSON feeds of the newest deals matching `filter`. */
export function FollowLinks({ filter, className = "" }: { filter: Partial<DealFilter>; className?: string }) {
  const qs = queryString(dealFilterParams(filter));
  return (
    <span className={`inline-flex flex-wrap items-baseline gap-x-2 ${className}`}>
      <a href={`/deals.atom${qs}`} type="application/atom+xml" className="underline underline-offset-2">
        Follow this filter (Atom)
      </a>
      <a href={`/deals.json${qs}`} type="application/feed+json" className="underline underline-offset-2">
        JSON Feed
      </a>
    </span>
  );
}
