import "server-only";
import { jsonText, textHash, WrittenJson } from "@/lib/json-text";
import { cached } from "@/lib/cache";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/pagination/cursor";
import { dealCursorOf, pageSql } from "./keyset";
import { toDealDto } from "./dto";
import { DEAL_KEY_COLUMNS, dealJson, type DealKey } from "./export-rows";
import { loadDealRows, loadDealsById } from "./load";
import { storedDealJson } from "./stored-json";
import { countSql, dateParam, dealConditions, whereSql } from "./filter-sql";
import type { DealCursor, DealDto, DealListDto, DealQuery, DealSort } from "./schemas";
import { isSlug } from "./schemas";
import { expandSearch } from "@/lib/search-vocabulary";

/**
 * Up to `take` deals after the cursor, from the page's statements in turn (see pageSql): each
 * deal's keys, and whatever `columns` (a list that starts with a comma) select on `"Deal" d`.
 */
export async function findDealRows<R extends object = object>(
  conditions: readonly Prisma.Sql[],
  sort: DealSort,
  after: DealCursor | undefined,
  take: number,
  columns: Prisma.Sql = Prisma.empty,
): Promise<(DealKey & R)[]> {
  type Row = DealKey & R & { id: number | bigint };
  const rows: (DealKey & R)[] = [];
  for (const page of pageSql(sort, after, dateParam)) {
    if (rows.length >= take) break;
    const found = await readRows<Row>(Prisma.sql`
      SELECT ${DEAL_KEY_COLUMNS} ${columns}
      FROM "Deal" d ${whereSql([...conditions, ...page.conditions])} ${page.orderBy} LIMIT ${take - rows.length}`);
    // Prisma types raw columns by the database's: BigInt as bigint, DateTime as Date.
    for (const r of found) rows.push({ ...r, id: Number(r.id) });
  }
  return rows;
}

/** The deals of `ids` as `find` loads them, in the order of `ids`; a deal deleted meanwhile is left out. */
export async function inOrder<T extends { id: number }>(
  ids: readonly number[],
  find: (ids: number[]) => Promise<T[]>,
): Promise<T[]> {
  const byId = new Map((ids.length ? await find([...ids]) : []).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function countWhere(statement: Prisma.Sql): Promise<number> {
  const [row] = await readRows<{ n: number | bigint }>(statement);
  return Number(row?.n ?? 0);
}

/** One page of a query's deals, by their ids; the total across all pages; the next page's cursor. */
async function pageOf(query: DealQuery, withTotal: boolean) {
  const expansion = await expandSearch(query.q);
  const [keys, total] = await Promise.all([
    findDealRows(dealConditions(query, expansion, { ordered: true }), query.sort, query.cursor, query.limit + 1),
    withTotal ? countWhere(countSql(query, expansion)) : Promise.resolve(-1),
  ]);
  const page = keys.slice(0, query.limit);
  const last = page.at(-1);
  return {
    ids: page.map((k) => k.id),
    total,
    nextCursor: keys.length > query.limit && last ? encodeCursor(dealCursorOf(query.sort, last)) : null,
  };
}

/** One page of deals matching a query, the total across all pages, and the next page's cursor. */
async function listDealsUncached(query: DealQuery, options: { withTotal?: boolean } = {}): Promise<DealListDto> {
  const { ids, total, nextCursor } = await pageOf(query, options.withTotal !== false);
  const rows = await inOrder(ids, loadDealsById);
  return { data: rows.map(toDealDto), total, nextCursor };
}

/**
 * listDeals' answer as the API writes it, the same text as jsonText(listDeals(query)): each deal
 * as its stored DTO JSON where it has one (./stored-json.ts), the others loaded and written here.
 * A page of 50 deals at 100,000 took 4 ms to load and write, and takes 0.2 ms to read stored. Its
 * ETag is the hash of its deals' hashes and the rest of the text: hashing 180 KB took 0.27 ms.
 */
async function listDealsJsonUncached(query: DealQuery): Promise<WrittenJson> {
  const { ids, total, nextCursor } = await pageOf(query, true);
  const stored = await storedDealJson(ids);
  const loaded = new Map(
    (await loadDealsById(ids.filter((id) => !stored.has(id)))).map((row) => {
      const { text, hash } = dealJson(row);
      return [row.id, { json: Buffer.from(text), hash }];
    }),
  );
  // A deal deleted since its keys were read is left out, as listDeals leaves it out.
  const deals = ids.flatMap((id) => stored.get(id) ?? loaded.get(id) ?? []);
  const rest = jsonText({ total, nextCursor }).slice(1);
  const parts: Uint8Array[] = [DATA_START];
  deals.forEach((d, i) => parts.push(...(i ? [COMMA, d.json] : [d.json])));
  parts.push(Buffer.from(`],${rest}`));
  return new WrittenJson(joined(parts), `"${textHash(`${deals.map((d) => d.hash).join(",")}\n${rest}`)}"`);
}

/** The parts in one buffer of its own: Buffer.concat puts a small one in Node's shared 8 KB pool, which a cached answer would hold on to. */
function joined(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

const DATA_START = Buffer.from(`{"data":[`);
const COMMA = Buffer.from(",");

async function countDealsUncached(query: DealQuery): Promise<number> {
  return countWhere(countSql(query, await expandSearch(query.q)));
}

async function getDealUncached(slug: string): Promise<DealDto> {
  // A string that is no slug names no deal (and PostgreSQL refuses text with a NUL byte in it).
  const [row] = isSlug(slug) ? await loadDealRows(Prisma.sql`d."slug" = ${slug}`) : [];
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
export const listDealsJson = cached("deals/queries#listDealsJson", listDealsJsonUncached);
export const countDeals = cached("deals/queries#countDeals", countDealsUncached);
export const getDeal = cached("deals/queries#getDeal", getDealUncached);
export const countRecords = cached("deals/queries#countRecords", countRecordsUncached);
