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
  /** The largest USD equivalent among the pair's deals in cents; null when none has a value. */
  maxUsd: bigint | null;
}

/**
 * Each deal's directed company pairs, once however many roles its companies play in it. The
 * deal filter sits inside, on the deal the parties are looked up from, so a batch of ids reads
 * only its own deals' parties rather than every pair in the database.
 */
const dealPairs = (where: Prisma.Sql) => Prisma.sql`
  SELECT DISTINCT a."dealId" AS "dealId", a."companyId" AS src, b."companyId" AS tgt
  FROM "DealParty" a
  JOIN "Deal" d ON d."id" = a."dealId" AND a."role" IN (${Prisma.join(FROM_ROLES)})
  JOIN "DealParty" b ON b."dealId" = a."dealId" AND b."companyId" <> a."companyId" AND b."role" IN (${Prisma.join(TO_ROLES)})
  ${where}`;

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
    maxUsd: number | bigint | null;
  };
  const query = (where: Prisma.Sql) => db.$queryRaw<Row[]>`
    SELECT p.src AS src, p.tgt AS tgt, d."valueKind" AS "valueKind", COUNT(*) AS count,
      CAST(SUM(d."valueUsdMinor") AS BIGINT) AS usd, CAST(MAX(d."valueUsdMinor") AS BIGINT) AS "maxUsd"
    FROM (${dealPairs(where)}) p JOIN "Deal" d ON d."id" = p."dealId"
    GROUP BY p.src, p.tgt, d."valueKind"`;
  const batches: Row[][] = [];
  for (const where of dealIdFilters(ids)) batches.push(await query(where));
  const sums = new Map<string, PairSum>();
  for (const r of batches.flat()) {
    const key = `${r.src}:${r.tgt}:${r.valueKind}`;
    const s = sums.get(key) ?? {
      from: Number(r.src),
      to: Number(r.tgt),
      valueKind: r.valueKind,
      count: 0,
      usd: 0n,
      maxUsd: null,
    };
    s.count += Number(r.count);
    s.usd += BigInt(r.usd ?? 0);
    if (r.maxUsd !== null && (s.maxUsd === null || BigInt(r.maxUsd) > s.maxUsd)) s.maxUsd = BigInt(r.maxUsd);
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

/** A drawn edge between two companies, with the largest value among its deals (from pairSums). */
export type PairEdge = Pick<PairSum, "from" | "to" | "valueKind" | "maxUsd">;

const edgeKey = (e: { from: number; to: number; valueKind: string | null }) => `${e.from}:${e.to}:${e.valueKind}`;

/**
 * The largest deal (newest on a tie, then the lowest id) of each edge, among the deals in `ids`
 * (every deal when null). The edge's largest value is known from its sums, so the candidates
 * are the few deals of exactly that value, found by the value's index; an edge of deals without
 * a value looks among its companies' deals without one. No statement reads every pair.
 */
export async function largestPairDeals(ids: number[] | null, edges: readonly PairEdge[]): Promise<PairDeal[]> {
  type Row = {
    src: number;
    tgt: number;
    valueKind: string | null;
    dealId: number;
    usd: number | bigint | null;
    announcedOn: Date | string | number;
  };
  const candidates = (where: Prisma.Sql) => db.$queryRaw<Row[]>`
    SELECT p.src AS src, p.tgt AS tgt, d."valueKind" AS "valueKind", d."id" AS "dealId",
      d."valueUsdMinor" AS usd, d."announcedOn" AS "announcedOn"
    FROM (${dealPairs(where)}) p JOIN "Deal" d ON d."id" = p."dealId"`;
  const maxes = [...new Set(edges.flatMap((e) => (e.maxUsd === null ? [] : [e.maxUsd])))];
  const unvalued = [...new Set(edges.filter((e) => e.maxUsd === null).flatMap((e) => [e.from, e.to]))];
  const rows = [
    ...(maxes.length ? await candidates(Prisma.sql`WHERE d."valueUsdMinor" IN (${Prisma.join(maxes)})`) : []),
    ...(unvalued.length
      ? await candidates(
          Prisma.sql`WHERE d."valueUsdMinor" IS NULL AND a."companyId" IN (${Prisma.join(unvalued)}) AND b."companyId" IN (${Prisma.join(unvalued)})`,
        )
      : []),
  ];
  const wanted = new Map(edges.map((e) => [edgeKey(e), e]));
  const inFilter = ids === null ? null : new Set(ids);
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
    const key = edgeKey(deal);
    const edge = wanted.get(key);
    if (!edge || deal.usd !== edge.maxUsd || (inFilter && !inFilter.has(deal.dealId))) continue;
    const other = best.get(key);
    if (!other || before(deal, other)) best.set(key, deal);
  }
  return [...best.values()];
}

function before(a: PairDeal, b: PairDeal): boolean {
  if (a.announcedOn.getTime() !== b.announcedOn.getTime()) return a.announcedOn > b.announcedOn;
  return a.dealId < b.dealId;
}
