import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { partialDateText } from "@/lib/dates/partial-date";
import type { Precision } from "@/lib/domain";
import type { CsvDeal } from "./csv-format";
import { dealValue } from "./dto";
import { dealCursorOf } from "./keyset";
import { dealConditions } from "./filter-sql";
import { findDealRows, type DealKey } from "./queries";
import type { DealCursor, DealQuery } from "./schemas";
import { expandSearch } from "@/lib/search-vocabulary";

// The CSV export's read. Building full DealDtos costs Prisma ~190 ms per 500 deals (nested
// includes); the export needs only joined text, so each batch is one statement: the deals'
// own columns and the rest joined in the database, in keyset order (findDealRows).
// tests/api/csv.test.ts proves the result byte-identical to formatting the JSON API's DealDtos.

interface CsvRow {
  slug: string;
  kind: string;
  status: string;
  announcedPrecision: string;
  announcedBasis: string;
  termYears: number | bigint | null;
  termNote: string | null;
  valueMinor: bigint | null;
  valueCurrency: string | null;
  valueKind: string | null;
  summary: string;
  parties: string | null;
  partySlugs: string | null;
  chips: string | null;
  locations: string | null;
  valueQuote: string | null;
  articles: string | null;
}

/**
 * The columns of a CSV row beyond the keys, in the same order and with the same separators as
 * tests/setup/csv-from-dto.ts. One statement for both providers: string_agg(… ORDER BY …) is
 * PostgreSQL's and, since 3.44, SQLite's; identifiers are quoted, as PostgreSQL folds unquoted
 * ones to lower case.
 */
const CSV_COLUMNS = Prisma.sql`,
  d."slug" AS "slug", d."kind" AS "kind", d."status" AS "status", d."announcedPrecision" AS "announcedPrecision",
  d."announcedBasis" AS "announcedBasis", d."termYears" AS "termYears", d."termNote" AS "termNote",
  d."valueMinor" AS "valueMinor", d."valueCurrency" AS "valueCurrency", d."valueKind" AS "valueKind", d."summary" AS "summary",
  (SELECT string_agg(c."name" || ' (' || p."role" || ')', '; ' ORDER BY p."id") FROM "DealParty" p JOIN "Company" c ON c."id" = p."companyId" WHERE p."dealId" = d."id") AS "parties",
  (SELECT string_agg(c."slug", ';' ORDER BY p."id") FROM "DealParty" p JOIN "Company" c ON c."id" = p."companyId" WHERE p."dealId" = d."id") AS "partySlugs",
  (SELECT string_agg(x."name", '; ' ORDER BY x."id") FROM "DealChip" x WHERE x."dealId" = d."id") AS "chips",
  (SELECT string_agg(x."name", '; ' ORDER BY x."id") FROM "DealLocation" x WHERE x."dealId" = d."id") AS "locations",
  (SELECT e."quote" FROM "Evidence" e WHERE e."dealId" = d."id" AND e."claim" = 'value' ORDER BY e."id" LIMIT 1) AS "valueQuote",
  (SELECT string_agg(s."slug", '; ' ORDER BY s."first") FROM (SELECT a."slug" AS "slug", min(e."id") AS "first" FROM "Evidence" e JOIN "Article" a ON a."id" = e."articleId" WHERE e."dealId" = d."id" GROUP BY a."slug") s) AS "articles"`;

function toCsvDeal(d: DealKey & CsvRow): CsvDeal {
  const value = dealValue({ ...d, valueFxRate: null });
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
    chips: d.chips ?? "",
    locations: d.locations ?? "",
    parties: d.parties ?? "",
    party_slugs: d.partySlugs ?? "",
    source_articles: d.articles ?? "",
    value_quote: d.valueQuote ?? "",
    summary: d.summary,
  };
}

/** Every deal matching a query, in its sort order, as CSV cells, `batchSize` deals at a time. */
export async function* iterateCsvDeals(
  query: Omit<DealQuery, "limit" | "cursor">,
  batchSize = 1000,
): AsyncGenerator<CsvDeal[]> {
  const conditions = dealConditions(query, await expandSearch(query.q), { ordered: true });
  let after: DealCursor | undefined;
  for (;;) {
    const rows = await findDealRows<CsvRow>(conditions, query.sort, after, batchSize + 1, CSV_COLUMNS);
    const batch = rows.slice(0, batchSize);
    if (!batch.length) return;
    yield batch.map(toCsvDeal);
    if (rows.length <= batchSize) return;
    after = dealCursorOf(query.sort, batch.at(-1)!);
  }
}
