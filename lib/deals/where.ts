import type { Prisma } from "@/lib/generated/prisma/client";
import { toMinorUnits } from "@/lib/amounts/parse";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { PRECISIONS, type Precision } from "@/lib/domain";
import { foldForSearch } from "@/lib/search";
import type { DealFilter } from "./schemas";

/** The first day of the period of `precision` that contains `date`. */
function periodStart(date: Date, precision: Precision): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (precision) {
    case "day":
      return date;
    case "month":
      return new Date(Date.UTC(y, m, 1));
    case "quarter":
      return new Date(Date.UTC(y, m - (m % 3), 1));
    case "year":
      return new Date(Date.UTC(y, 0, 1));
  }
}

/** Words of a free-text query, folded; each must occur (in any order). */
export function searchTerms(q: string | undefined): string[] {
  return foldForSearch(q ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
}

/**
 * A deal's date is a period (a day, month, quarter or year). `from`/`to` keep the deals whose
 * period overlaps the range, so "Jul 2025" is inside from=2025-07-15 as it may be that day.
 */
export function dealWhere(f: DealFilter): Prisma.DealWhereInput {
  const and: Prisma.DealWhereInput[] = [];
  if (f.company?.length || f.role) {
    and.push({ parties: { some: { ...(f.company?.length ? { company: { slug: { in: f.company } } } : {}), ...(f.role ? { role: f.role } : {}) } } });
  }
  if (f.kind?.length) and.push({ kind: { in: f.kind } });
  if (f.valueKind) and.push({ valueKind: f.valueKind });
  if (f.to) and.push({ announcedOn: { lte: parsePartialDate(f.to).end } });
  if (f.from) {
    const from = parsePartialDate(f.from).start;
    and.push({ OR: PRECISIONS.map((p) => ({ announcedPrecision: p, announcedOn: { gte: periodStart(from, p) } })) });
  }
  if (f.minUsd) and.push({ valueUsdMinor: { gte: toMinorUnits(f.minUsd, 2) } });
  if (f.maxUsd) and.push({ valueUsdMinor: { lte: toMinorUnits(f.maxUsd, 2) } });
  for (const term of searchTerms(f.q)) and.push({ searchText: { contains: term } });
  return { AND: and };
}
