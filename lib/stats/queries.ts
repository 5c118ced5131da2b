import "server-only";
import { cached } from "@/lib/cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DealFilter } from "@/lib/deals/schemas";
import { isoDay } from "@/lib/deals/dto";
import { dealConditions, whereSql, yearOf } from "@/lib/deals/filter-sql";
import { ValueKind, type Precision } from "@/lib/domain";
import { minorUnitsToDecimal } from "@/lib/amounts/decimal";
import type { StatsDto } from "./schemas";
import { headlineTotals, type HeadlineDto } from "./headline";
import { expandSearch } from "@/lib/search-vocabulary";

// Sums are kept per value kind: an "up to" ceiling is never added to a valuation unlabelled.

interface Sum {
  count: number;
  usd: bigint;
}

/** Adds rows into buckets keyed by `key`; the bucket keeps the row's fields from its first row. */
function sumBy<R extends { count: number; usd: bigint }>(rows: Iterable<R>, key: (row: R) => string): R[] {
  const buckets = new Map<string, R>();
  for (const row of rows) {
    const k = key(row);
    const b = buckets.get(k);
    if (b) {
      b.count += row.count;
      b.usd += row.usd;
    } else buckets.set(k, { ...row });
  }
  return [...buckets.values()];
}

/** Value kinds in their canonical order (ValueKind.options), deals without a value last. */
const kindRank = (k: string | null) =>
  k === null ? ValueKind.options.length : ValueKind.options.indexOf(k as ValueKind);
const kindOrder = (a: string | null, b: string | null) => kindRank(a) - kindRank(b);
const withUsdText = <R extends Sum>({ usd, ...rest }: R) => ({ ...rest, usd: minorUnitsToDecimal(usd) });

interface CompanyRoleRow extends Sum {
  company: string;
  name: string;
  role: string;
  valueKind: string | null;
}

/** Deals per company, role and value kind, summed in the database over the deals matching `conditions`. */
async function companyRoleSums(conditions: readonly Prisma.Sql[]): Promise<CompanyRoleRow[]> {
  type Row = {
    company: string;
    name: string;
    role: string;
    valueKind: string | null;
    count: number | bigint;
    usd: number | bigint | null;
  };
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."slug" AS company, c."name" AS name, p."role" AS role, d."valueKind" AS "valueKind", COUNT(*) AS count, CAST(SUM(d."valueUsdMinor") AS BIGINT) AS usd
    FROM "DealParty" p JOIN "Deal" d ON d."id" = p."dealId" JOIN "Company" c ON c."id" = p."companyId"
    ${whereSql(conditions)}
    GROUP BY c."slug", c."name", p."role", d."valueKind"`;
  return rows
    .map((r) => ({
      company: r.company,
      name: r.name,
      role: r.role,
      valueKind: r.valueKind,
      count: Number(r.count),
      usd: BigInt(r.usd ?? 0),
    }))
    .sort(
      (a, b) =>
        a.company.localeCompare(b.company) || a.role.localeCompare(b.role) || kindOrder(a.valueKind, b.valueKind),
    );
}

interface DealGroup extends Sum {
  year: number;
  kind: string;
  valueKind: string | null;
}

/** Deals and USD sums per announcement year, deal kind and value kind, summed in the database. */
async function dealGroups(conditions: readonly Prisma.Sql[]): Promise<DealGroup[]> {
  type Row = {
    year: number | bigint;
    kind: string;
    valueKind: string | null;
    count: number | bigint;
    usd: number | bigint | null;
  };
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${yearOf(`d."announcedOn"`)} AS "year", d."kind" AS "kind", d."valueKind" AS "valueKind",
      COUNT(*) AS "count", CAST(SUM(d."valueUsdMinor") AS BIGINT) AS "usd"
    FROM "Deal" d ${whereSql(conditions)}
    GROUP BY 1, 2, 3`;
  return rows.map((r) => ({
    year: Number(r.year),
    kind: r.kind,
    valueKind: r.valueKind,
    count: Number(r.count),
    usd: BigInt(r.usd ?? 0),
  }));
}

const filterConditions = async (filter: DealFilter) => dealConditions(filter, await expandSearch(filter.q));

/**
 * Deals and exact USD sums per value kind, year, deal kind, and company and role, for the deals
 * matching a filter: two grouping statements, neither of which returns a row per deal.
 */
async function getStatsUncached(filter: DealFilter): Promise<StatsDto> {
  const conditions = await filterConditions(filter);
  const [groups, byCompanyRole] = await Promise.all([dealGroups(conditions), companyRoleSums(conditions)]);
  const totals = sumBy(groups, (r) => String(r.valueKind)).map(({ valueKind, count, usd }) => ({
    valueKind,
    count,
    usd,
  }));
  const years = sumBy(groups, (r) => JSON.stringify([r.year, r.valueKind])).map(({ year, valueKind, count, usd }) => ({
    year,
    valueKind,
    count,
    usd,
  }));
  const kinds = sumBy(groups, (r) => JSON.stringify([r.kind, r.valueKind])).map(({ kind, valueKind, count, usd }) => ({
    kind,
    valueKind,
    count,
    usd,
  }));
  return {
    totals: {
      deals: totals.reduce((n, t) => n + t.count, 0),
      byValueKind: totals.sort((a, b) => kindOrder(a.valueKind, b.valueKind)).map(withUsdText),
      headline: headlineTotals(kinds),
    },
    byYear: years.sort((a, b) => a.year - b.year || kindOrder(a.valueKind, b.valueKind)).map(withUsdText),
    byKind: kinds.sort((a, b) => a.kind.localeCompare(b.kind) || kindOrder(a.valueKind, b.valueKind)).map(withUsdText),
    byCompanyRole: byCompanyRole.map(withUsdText),
  };
}

/**
 * Exact USD sums of the deals with a value, per announcement date and value kind: the input of
 * the running-total chart, one row per day and kind rather than one per deal.
 */
async function valuedDaysUncached(): Promise<{ date: string; precision: Precision; kind: ValueKind; usd: string }[]> {
  const groups = await db.deal.groupBy({
    by: ["announcedOn", "announcedPrecision", "valueKind"],
    where: { valueUsdMinor: { not: null }, valueKind: { not: null } },
    _sum: { valueUsdMinor: true },
    orderBy: { announcedOn: "asc" },
  });
  return groups.map((g) => ({
    date: isoDay(g.announcedOn),
    precision: g.announcedPrecision as Precision,
    kind: g.valueKind as ValueKind,
    usd: minorUnitsToDecimal(g._sum.valueUsdMinor ?? 0n),
  }));
}

/** The headline totals (per value kind, and per deal kind within it) of the deals matching a filter, summed in the database. */
async function headlineUncached(filter: DealFilter): Promise<HeadlineDto[]> {
  const groups = await dealGroups(await filterConditions(filter));
  return headlineTotals(sumBy(groups, (r) => JSON.stringify([r.kind, r.valueKind])));
}

/**
 * Count and exact USD sum per value kind (null: no value) for the deals matching a filter,
 * summed in the database: the overview's headline figures without loading every deal.
 */
async function valueTotalsUncached(
  filter: DealFilter,
): Promise<{ valueKind: string | null; count: number; usd: string }[]> {
  const groups = await dealGroups(await filterConditions(filter));
  return sumBy(groups, (r) => String(r.valueKind)).map(({ valueKind, count, usd }) => ({
    valueKind,
    count,
    usd: minorUnitsToDecimal(usd),
  }));
}

// Answers under the data version (lib/cache.ts).
export const getStats = cached("stats/queries#getStats", getStatsUncached);
export const valuedDays = cached("stats/queries#valuedDays", valuedDaysUncached);
export const headline = cached("stats/queries#headline", headlineUncached);
export const valueTotals = cached("stats/queries#valueTotals", valueTotalsUncached);
