import { jsonText, textHash } from "@/lib/json-text";
import { partialDateText } from "@/lib/dates/partial-date";
import { nestedRows } from "@/lib/db/nested-rows";
import type { Precision } from "@/lib/domain";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { EXPORT_TABLE, JSON_TABLE } from "@/prisma/derived/objects.mjs";
import { formatCsvRows, type CsvDeal, type CsvDialect } from "./csv-format";
import { readDealsById } from "./deal-rows";
import { dealValue, toDealDto, type DealRow } from "./dto";

// A deal's CSV cells, read with the joins of CSV_COLUMNS, and its stored answers: the tables
// "DealExport" and "DealJson" (prisma/derived/objects.mjs, SQLite) keep each deal's CSV line in
// both dialects and its DealDto as the API's JSON, so the export of 100,000 deals reads one line
// a deal, and a page of the API one text a deal, instead of joining and formatting them. Their
// triggers drop a deal's rows whenever what they are made of changes; fillExportRows writes the
// missing ones. No "server-only" and no lib/env: the seed and the synthetic writer, which may
// write to another database than DATABASE_URL names, fill the lines too.

/** A deal's sort keys: what every read of deals in order selects (lib/deals/queries.ts findDealRows). */
export interface DealKey {
  id: number;
  announcedOn: Date;
  valueUsdMinor: bigint | null;
  title: string;
}

/** The columns of DealKey, as every read of deals in order selects them first. */
export const DEAL_KEY_COLUMNS = Prisma.sql`d."id" AS "id", d."announcedOn" AS "announcedOn", d."valueUsdMinor" AS "valueUsdMinor", d."title" AS "title"`;

export interface CsvRow {
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
export const CSV_COLUMNS = Prisma.sql`,
  d."slug" AS "slug", d."kind" AS "kind", d."status" AS "status", d."announcedPrecision" AS "announcedPrecision",
  d."announcedBasis" AS "announcedBasis", d."termYears" AS "termYears", d."termNote" AS "termNote",
  d."valueMinor" AS "valueMinor", d."valueCurrency" AS "valueCurrency", d."valueKind" AS "valueKind", d."summary" AS "summary",
  (SELECT string_agg(c."name" || ' (' || p."role" || ')', '; ' ORDER BY p."id") FROM "DealParty" p JOIN "Company" c ON c."id" = p."companyId" WHERE p."dealId" = d."id") AS "parties",
  (SELECT string_agg(c."slug", ';' ORDER BY p."id") FROM "DealParty" p JOIN "Company" c ON c."id" = p."companyId" WHERE p."dealId" = d."id") AS "partySlugs",
  (SELECT string_agg(x."name", '; ' ORDER BY x."id") FROM "DealChip" x WHERE x."dealId" = d."id") AS "chips",
  (SELECT string_agg(x."name", '; ' ORDER BY x."id") FROM "DealLocation" x WHERE x."dealId" = d."id") AS "locations",
  (SELECT e."quote" FROM "Evidence" e WHERE e."dealId" = d."id" AND e."claim" = 'value' ORDER BY e."id" LIMIT 1) AS "valueQuote",
  (SELECT string_agg(s."slug", '; ' ORDER BY s."first") FROM (SELECT a."slug" AS "slug", min(e."id") AS "first" FROM "Evidence" e JOIN "Article" a ON a."id" = e."articleId" WHERE e."dealId" = d."id" GROUP BY a."slug") s) AS "articles"`;

export function toCsvDeal(d: DealKey & CsvRow): CsvDeal {
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

/**
 * A deal's DTO as the API writes it, and the text's hash: what DealJson stores, and what
 * lib/deals/queries.ts writes for a deal without a stored row (a page's ETag is made of the hashes).
 */
export function dealJson(deal: DealRow): { text: string; hash: string } {
  const text = jsonText(toDealDto(deal));
  return { text, hash: textHash(text) };
}

/** The stored line's column of each dialect. */
export const LINE_COLUMN: Record<CsvDialect, string> = { rfc4180: "rfc4180", "excel-nl": "excelNl" };

/** Whether `db` has the tables of stored rows (scripts may write to another database than DATABASE_URL names). */
async function hasStoredTables(db: PrismaClient): Promise<boolean> {
  try {
    await db.$queryRawUnsafe(`SELECT l."dealId", j."dealId" FROM "${EXPORT_TABLE}" l, "${JSON_TABLE}" j LIMIT 0`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the CSV lines and the DTO's JSON of every deal that has none, `batchSize` deals a
 * transaction; the number written. A transaction reads and writes under one snapshot (SQLite's WAL refuses the write if
 * another commit came between), so a line never outlives a change its trigger would drop it for.
 */
export async function fillExportRows(db: PrismaClient, { batchSize = 500 } = {}): Promise<number> {
  if (!(await hasStoredTables(db))) return 0;
  const [lines, jsonTable] = [Prisma.raw(`"${EXPORT_TABLE}"`), Prisma.raw(`"${JSON_TABLE}"`)];
  let written = 0;
  // Each batch goes on after the last deal of the one before, rather than from the first deal.
  let after = 0;
  for (;;) {
    const n = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<(DealKey & CsvRow)[]>`
        SELECT ${DEAL_KEY_COLUMNS} ${CSV_COLUMNS}
        FROM "Deal" d WHERE d."id" > ${after}
          AND (d."id" NOT IN (SELECT "dealId" FROM ${lines}) OR d."id" NOT IN (SELECT "dealId" FROM ${jsonTable}))
        ORDER BY d."id" LIMIT ${batchSize}`;
      if (!rows.length) return 0;
      after = Number(rows.at(-1)!.id);
      const read = async <T>(statement: Prisma.Sql) => nestedRows<T>(await tx.$queryRaw(statement));
      const texts = new Map(
        (
          await readDealsById(
            read,
            rows.map((row) => Number(row.id)),
          )
        ).map((d) => [d.id, dealJson(d)]),
      );
      const values = rows.map((row) => {
        const deal = toCsvDeal(row);
        const line = (dialect: CsvDialect) => formatCsvRows([deal], { dialect, header: false });
        return Prisma.sql`(${Number(row.id)}, ${line("rfc4180")}, ${line("excel-nl")})`;
      });
      await tx.$executeRaw`INSERT OR REPLACE INTO ${lines} ("dealId", "rfc4180", "excelNl") VALUES ${Prisma.join(values)}`;
      const json = rows.map((row) => {
        const { text, hash } = texts.get(Number(row.id))!;
        return Prisma.sql`(${Number(row.id)}, ${text}, ${hash})`;
      });
      await tx.$executeRaw`INSERT OR REPLACE INTO ${jsonTable} ("dealId", "json", "hash") VALUES ${Prisma.join(json)}`;
      return rows.length;
    });
    if (!n) return written;
    written += n;
  }
}

/**
 * fillExportRows after a write that has committed: a failure (another process filling at the
 * same moment) is logged, not thrown, since the write stands and those deals export by the joins.
 */
export async function refreshExportRows(db: PrismaClient): Promise<void> {
  try {
    await fillExportRows(db);
  } catch (error) {
    console.error(`CSV lines not refreshed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
