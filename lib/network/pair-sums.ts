import "server-only";
import { db } from "@/lib/db";
import { dealIdFilters } from "@/lib/db/deal-id-filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { FROM_ROLES, TO_ROLES } from "./roles";

export interface PairSum {
  from: number;
  to: number;
  valueKind: string | null;
  count: number;
  /** Sum of the USD equivalents in cents; deals without a value add 0. */
  usd: bigint;
}

/**
 * Deals per directed company pair and value kind, summed in the database: one row per pair, so
 * the answer stays small at 100,000 deals. A pair counts each deal once, however many roles its
 * companies play in it. Over every deal when `ids` is null, else over those deals.
 */
export async function pairSums(ids: number[] | null): Promise<PairSum[]> {
  type Row = {
    src: number;
    tgt: number;
    valueKind: string | null;
    count: number | bigint;
    usd: number | bigint | null;
  };
  const query = (where: Prisma.Sql) => db.$queryRaw<Row[]>`
    SELECT p."src" AS src, p."tgt" AS tgt, d."valueKind" AS "valueKind", COUNT(*) AS count,
      CAST(SUM(d."valueUsdMinor") AS BIGINT) AS usd
    FROM (
      SELECT DISTINCT a."dealId" AS "dealId", a."companyId" AS src, b."companyId" AS tgt
      FROM "DealParty" a JOIN "DealParty" b ON b."dealId" = a."dealId" AND b."companyId" <> a."companyId"
      WHERE a."role" IN (${Prisma.join(FROM_ROLES)}) AND b."role" IN (${Prisma.join(TO_ROLES)})
    ) p JOIN "Deal" d ON d."id" = p."dealId"
    ${where}
    GROUP BY p."src", p."tgt", d."valueKind"`;
  const batches: Row[][] = [];
  for (const where of dealIdFilters(ids)) batches.push(await query(where));
  const sums = new Map<string, PairSum>();
  for (const r of batches.flat()) {
    const key = `${r.src}:${r.tgt}:${r.valueKind}`;
    const s = sums.get(key) ?? { from: Number(r.src), to: Number(r.tgt), valueKind: r.valueKind, count: 0, usd: 0n };
    s.count += Number(r.count);
    s.usd += BigInt(r.usd ?? 0);
    sums.set(key, s);
  }
  return [...sums.values()];
}

export interface PairDeal {
  from: number;
  to: number;
  valueKind: string | null;
  dealId: number;
  usd: bigint | null;
  announcedOn: Date;
}

/**
 * The largest deal (newest on a tie, then the lowest id) of each directed pair and value kind
 * among the companies in `companies`, found in one statement per batch by a window function
 * (SQLite 3.25+ and PostgreSQL alike) instead of one query per edge.
 */
export async function largestPairDeals(ids: number[] | null, companies: number[]): Promise<PairDeal[]> {
  if (companies.length === 0) return [];
  type Row = {
    src: number;
    tgt: number;
    valueKind: string | null;
    dealId: number;
    usd: number | bigint | null;
    announcedOn: Date | string | number;
  };
  const query = (where: Prisma.Sql) => db.$queryRaw<Row[]>`
    SELECT src, tgt, "valueKind", "dealId", usd, "announcedOn" FROM (
      SELECT p.src AS src, p.tgt AS tgt, d."valueKind" AS "valueKind", d."id" AS "dealId",
        d."valueUsdMinor" AS usd, d."announcedOn" AS "announcedOn",
        ROW_NUMBER() OVER (
          PARTITION BY p.src, p.tgt, d."valueKind"
          ORDER BY d."valueUsdMinor" DESC NULLS LAST, d."announcedOn" DESC, d."id" ASC
        ) AS rank
      FROM (
        SELECT DISTINCT a."dealId" AS "dealId", a."companyId" AS src, b."companyId" AS tgt
        FROM "DealParty" a JOIN "DealParty" b ON b."dealId" = a."dealId" AND b."companyId" <> a."companyId"
        WHERE a."role" IN (${Prisma.join(FROM_ROLES)}) AND b."role" IN (${Prisma.join(TO_ROLES)})
          AND a."companyId" IN (${Prisma.join(companies)}) AND b."companyId" IN (${Prisma.join(companies)})
      ) p JOIN "Deal" d ON d."id" = p."dealId"
      ${where}
    ) ranked WHERE rank = 1`;
  const rows: Row[] = [];
  for (const where of dealIdFilters(ids)) rows.push(...(await query(where)));
  // Batches each have their own winner: keep the best per pair, by the same order.
  const best = new Map<string, PairDeal>();
  for (const r of rows) {
    const deal: PairDeal = {
      from: Number(r.src),
      to: Number(r.tgt),
      valueKind: r.valueKind,
      dealId: Number(r.dealId),
      usd: r.usd === null ? null : BigInt(r.usd),
      announcedOn: new Date(r.announcedOn),
    };
    const key = `${deal.from}:${deal.to}:${deal.valueKind}`;
    const other = best.get(key);
    if (!other || before(deal, other)) best.set(key, deal);
  }
  return [...best.values()];
}

function before(a: PairDeal, b: PairDeal): boolean {
  if (a.usd !== b.usd) return b.usd === null || (a.usd !== null && a.usd > b.usd);
  if (a.announcedOn.getTime() !== b.announcedOn.getTime()) return a.announcedOn > b.announcedOn;
  return a.dealId < b.dealId;
}
