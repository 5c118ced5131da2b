import "server-only";
import { cached } from "@/lib/cache";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/pagination/cursor";
import { dealCursorOf, pageQueries } from "./keyset";
import { DEAL_INCLUDE, toDealDto, type DealRow } from "./dto";
import type { DealCursor, DealDto, DealListDto, DealQuery, DealSort } from "./schemas";
import { dealWhere } from "./where";
import { isSlug } from "./schemas";
import { expandSearch } from "@/lib/search-vocabulary";

type FindArgs = { where: Prisma.DealWhereInput; orderBy: Prisma.DealOrderByWithRelationInput[]; take: number };

/**
 * Up to `take` deals after the cursor, from the page's queries in turn (see pageQueries);
 * `find` runs one query, with whatever it selects.
 */
export async function findPage<T>(
  where: Prisma.DealWhereInput,
  sort: DealSort,
  after: DealCursor | undefined,
  take: number,
  find: (args: FindArgs) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  for (const page of pageQueries(sort, after)) {
    if (rows.length >= take) break;
    rows.push(
      ...(await find({ where: { AND: [where, page.where] }, orderBy: page.orderBy, take: take - rows.length })),
    );
  }
  return rows;
}

/** One page of deals matching a query, the total across all pages, and the next page's cursor. */
async function listDealsUncached(query: DealQuery, options: { withTotal?: boolean } = {}): Promise<DealListDto> {
  const where = dealWhere(query, await expandSearch(query.q));
  const [rows, total] = await Promise.all([
    findPage(
      where,
      query.sort,
      query.cursor,
      query.limit + 1,
      (args): Promise<DealRow[]> => db.deal.findMany({ ...args, include: DEAL_INCLUDE }),
    ),
    options.withTotal === false ? Promise.resolve(-1) : db.deal.count({ where }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toDealDto),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCursor(dealCursorOf(query.sort, last)) : null,
  };
}

async function countDealsUncached(query: DealQuery): Promise<number> {
  return db.deal.count({ where: dealWhere(query, await expandSearch(query.q)) });
}

async function getDealUncached(slug: string): Promise<DealDto> {
  // A string that is no slug names no deal (and PostgreSQL refuses text with a NUL byte in it).
  const row = isSlug(slug) ? await db.deal.findUnique({ where: { slug }, include: DEAL_INCLUDE }) : null;
  if (!row) throw new NotFoundError(`Deal ${JSON.stringify(slug.slice(0, 100))}`);
  return toDealDto(row);
}

async function countRecordsUncached() {
  const [deals, events, companies, articles, evidence] = await Promise.all([
    db.deal.count(),
    db.event.count(),
    db.company.count(),
    db.article.count(),
    db.evidence.count(),
  ]);
  return { deals, events, companies, articles, evidence };
}

// Answers under the data version (lib/cache.ts).
export const listDeals = cached("deals/queries#listDeals", listDealsUncached);
export const countDeals = cached("deals/queries#countDeals", countDealsUncached);
export const getDeal = cached("deals/queries#getDeal", getDealUncached);
export const countRecords = cached("deals/queries#countRecords", countRecordsUncached);
