import "server-only";
import { db } from "@/lib/db";
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

/** Ids per statement: under the bound-parameter limits of SQLite and PostgreSQL. */
const ID_BATCH = 1000;

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
  if (ids === null) batches.push(await query(Prisma.empty));
  else
    for (let i = 0; i < ids.length; i += ID_BATCH)
      batches.push(await query(Prisma.sql`WHERE d."id" IN (${Prisma.join(ids.slice(i, i + ID_BATCH))})`));
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
