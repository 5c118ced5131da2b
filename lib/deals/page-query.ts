import type { DealFilter, DealQuery } from "./schemas";

/** The filter part of a deal query, as the URL carries it (for links and the CSV export). */
export function dealFilterParams(query: Partial<DealFilter>) {
  return {
    company: query.company,
    role: query.role,
    kind: query.kind,
    valueKind: query.valueKind,
    from: query.from,
    to: query.to,
    minUsd: query.minUsd,
    maxUsd: query.maxUsd,
    q: query.q,
  };
}

/** Filters and sort, without paging: a view's identity. The default sort is left out of URLs. */
export function dealViewParams(query: Pick<DealQuery, "sort"> & Partial<DealFilter>) {
  return { ...dealFilterParams(query), sort: query.sort === "-announcedOn" ? undefined : query.sort };
}
