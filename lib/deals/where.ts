import type { Prisma } from "@/lib/generated/prisma/client";
import { decimalToMinorUnits } from "@/lib/amounts/decimal";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { PRECISIONS, type Precision } from "@/lib/domain";
import { searchTerms, termAlternatives } from "@/lib/search";
import type { SearchExpansion } from "@/lib/search-vocabulary";
import type { DealFilter } from "./schemas";

/** The first day of the period of `precision` that contains `date`. */
export function periodStart(date: Date, precision: Precision): Date {
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

export { searchTerms };

/** Each word of q must match searchText: itself, one of its stems, or a near stem from `expansion`. */
export function searchWhere<W>(q: string | undefined, expansion?: SearchExpansion): W[] {
  return searchTerms(q).map(
    (term) =>
      ({
        OR: termAlternatives(term, expansion?.get(term)).map((contains) => ({ searchText: { contains } })),
      }) as W,
  );
}

/**
 * Records dated to a period (a day, month, quarter or year) overlap [from, to] when the period
 * starts by `to` and ends on or after `from`: "Jul 2025" is inside from=2025-07-15, as it may
 * be that day. Works for any model with a date column and a precision column.
 */
export function periodOverlap<W>(dateField: string, precisionField: string, from?: string, to?: string): W[] {
  const and: Record<string, unknown>[] = [];
  if (to) and.push({ [dateField]: { lte: parsePartialDate(to).end } });
  if (from) {
    const start = parsePartialDate(from).start;
    and.push({ OR: PRECISIONS.map((p) => ({ [precisionField]: p, [dateField]: { gte: periodStart(start, p) } })) });
  }
  return and as W[];
}

/** The filters of /api/deals, as a Prisma where clause; `expansion` from expandSearch(f.q). */
export function dealWhere(f: DealFilter, expansion?: SearchExpansion): Prisma.DealWhereInput {
  const and: Prisma.DealWhereInput[] = [];
  if (f.company?.length || f.role) {
    and.push({
      parties: {
        some: {
          ...(f.company?.length ? { company: { slug: { in: f.company } } } : {}),
          ...(f.role ? { role: f.role } : {}),
        },
      },
    });
  }
  if (f.kind?.length) and.push({ kind: { in: f.kind } });
  if (f.valueKind) and.push({ valueKind: f.valueKind });
  and.push(...periodOverlap<Prisma.DealWhereInput>("announcedOn", "announcedPrecision", f.from, f.to));
  if (f.minUsd) and.push({ valueUsdMinor: { gte: decimalToMinorUnits(f.minUsd) } });
  if (f.maxUsd) and.push({ valueUsdMinor: { lte: decimalToMinorUnits(f.maxUsd) } });
  and.push(...searchWhere<Prisma.DealWhereInput>(f.q, expansion));
  return { AND: and };
}
