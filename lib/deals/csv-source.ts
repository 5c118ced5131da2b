import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { partialDateText } from "@/lib/dates/partial-date";
import type { Precision } from "@/lib/domain";
import type { CsvDeal } from "./csv-format";
import { dealValue } from "./dto";
import { dealCursorOf } from "./keyset";
import { dealConditions } from "./filter-sql";
import { findDealKeys, inOrder } from "./queries";
import type { DealCursor, DealQuery } from "./schemas";
import { expandSearch } from "@/lib/search-vocabulary";

// The CSV export's read. Building full DealDtos costs Prisma ~190 ms per 500 deals (nested
// includes); the export needs only joined text, so each batch is one keyset query for the deals'
// own columns and one statement that joins the rest in SQLite. tests/api/csv.test.ts proves the
// result byte-identical to formatting the JSON API's DealDtos.

const DEAL_COLUMNS = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  status: true,
  announcedOn: true,
  announcedPrecision: true,
  announcedBasis: true,
  termYears: true,
  termNote: true,
  valueMinor: true,
  valueCurrency: true,
  valueKind: true,
  valueUsdMinor: true,
  summary: true,
} satisfies Prisma.DealSelect;

type DealColumns = Prisma.DealGetPayload<{ select: typeof DEAL_COLUMNS }>;

interface Joined {
  id: number | bigint;
  parties: string | null;
  partySlugs: string | null;
  chips: string | null;
  locations: string | null;
  valueQuote: string | null;
  articles: string | null;
}

/**
 * The joined columns of some deals, in the same order and with the same separators as
 * tests/setup/csv-from-dto.ts. One statement for both providers: string_agg(… ORDER BY …) is PostgreSQL's and,
 * since 3.44, SQLite's; identifiers are quoted, as PostgreSQL folds unquoted ones to lower case.
 */
async function joinedColumns(ids: number[]): Promise<Map<number, Joined>> {
  const rows = await db.$queryRaw<Joined[]>`
    SELECT d."id",
      (SELECT string_agg(c."name" || ' (' || p."role" || ')', '; ' ORDER BY p."id") FROM "DealParty" p JOIN "Company" c ON c."id" = p."companyId" WHERE p."dealId" = d."id") AS "parties",
      (SELECT string_agg(c."slug", ';' ORDER BY p."id") FROM "DealParty" p JOIN "Company" c ON c."id" = p."companyId" WHERE p."dealId" = d."id") AS "partySlugs",
      (SELECT string_agg(x."name", '; ' ORDER BY x."id") FROM "DealChip" x WHERE x."dealId" = d."id") AS "chips",
      (SELECT string_agg(x."name", '; ' ORDER BY x."id") FROM "DealLocation" x WHERE x."dealId" = d."id") AS "locations",
      (SELECT e."quote" FROM "Evidence" e WHERE e."dealId" = d."id" AND e."claim" = 'value' ORDER BY e."id" LIMIT 1) AS "valueQuote",
      (SELECT string_agg(s."slug", '; ' ORDER BY s."first") FROM (SELECT a."slug" AS "slug", min(e."id") AS "first" FROM "Evidence" e JOIN "Article" a ON a."id" = e."articleId" WHERE e."dealId" = d."id" GROUP BY a."slug") s) AS "articles"
    FROM "Deal" d WHERE d."id" IN (${Prisma.join(ids)})`;
  return new Map(rows.map((r) => [Number(r.id), r]));
}

function toCsvDeal(d: DealColumns, j: Joined | undefined): CsvDeal {
  const value = dealValue(d);
  return {
    slug: d.slug,
    title: d.title,
    kind: d.kind,
    status: d.status,
    announced_on: partialDateText(d.announcedOn, d.announcedPrecision as Precision),
    announced_precision: d.announcedPrecision,
    announced_basis: d.announcedBasis,
    term_years: d.termYears === null ? "" : String(d.termYears),
    term_note: d.termNote ?? "",
    value_amount: value?.amount ?? "",
    value_currency: value?.currency ?? "",
    value_kind: value?.kind ?? "",
    value_usd: value?.usd ?? "",
    chips: j?.chips ?? "",
    locations: j?.locations ?? "",
    parties: j?.parties ?? "",
    party_slugs: j?.partySlugs ?? "",
    source_articles: j?.articles ?? "",
    value_quote: j?.valueQuote ?? "",
    summary: d.summary,
  };
}

/** Every deal matching a query, in its sort order, as CSV cells, `batchSize` deals at a time. */
export async function* iterateCsvDeals(
  query: Omit<DealQuery, "limit" | "cursor">,
  batchSize = 1000,
): AsyncGenerator<CsvDeal[]> {
  const conditions = dealConditions(query, await expandSearch(query.q));
  let after: DealCursor | undefined;
  for (;;) {
    const keys = await findDealKeys(conditions, query.sort, after, batchSize + 1);
    const ids = keys.slice(0, batchSize).map((k) => k.id);
    if (!ids.length) return;
    const [batch, joined] = await Promise.all([
      inOrder(ids, (ids) => db.deal.findMany({ where: { id: { in: ids } }, select: DEAL_COLUMNS })),
      joinedColumns(ids),
    ]);
    yield batch.map((d) => toCsvDeal(d, joined.get(d.id)));
    if (keys.length <= batchSize) return;
    after = dealCursorOf(query.sort, keys[batchSize - 1]!);
  }
}
