import "server-only";
import { databaseProvider } from "@/lib/db/provider.mjs";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { EXPORT_TABLE } from "@/prisma/derived/objects.mjs";
import { formatCsvRows, type CsvDeal, type CsvDialect } from "./csv-format";
import { CSV_COLUMNS, LINE_COLUMN, toCsvDeal, type CsvRow } from "./export-rows";
import { dealCursorOf } from "./keyset";
import { dealConditions } from "./filter-sql";
import { findDealRows } from "./queries";
import type { DealCursor, DealQuery } from "./schemas";
import { expandSearch } from "@/lib/search-vocabulary";

// The CSV export's read. Building full DealDtos costs Prisma ~190 ms per 500 deals (nested
// includes); the export needs only joined text, so each batch is one statement: the deals'
// own columns and the rest joined in the database, in keyset order (findDealRows). On SQLite a
// deal's line is read as stored (./export-rows.ts), and only deals without one are joined.
// tests/api/csv.test.ts proves the result byte-identical to formatting the JSON API's DealDtos.

type Query = Omit<DealQuery, "limit" | "cursor">;

/** Whether the database keeps CSV lines (SQLite; PostgreSQL exports by the joins). */
const keepsExportLines = databaseProvider(env.DATABASE_URL) === "sqlite";

/** Batches of every deal matching a query, in its sort order, `batchSize` deals at a time, each as findDealRows reads it. */
async function* batchesOf<R extends object>(query: Query, batchSize: number, columns: Prisma.Sql) {
  const conditions = dealConditions(query, await expandSearch(query.q), { ordered: true });
  let after: DealCursor | undefined;
  for (;;) {
    const rows = await findDealRows<R>(conditions, query.sort, after, batchSize + 1, columns);
    const batch = rows.slice(0, batchSize);
    if (!batch.length) return;
    yield batch;
    if (rows.length <= batchSize) return;
    after = dealCursorOf(query.sort, batch.at(-1)!);
  }
}

/** Every deal matching a query, in its sort order, as CSV cells, `batchSize` deals at a time. */
export async function* iterateCsvDeals(query: Query, batchSize = 1000): AsyncGenerator<CsvDeal[]> {
  for await (const batch of batchesOf<CsvRow>(query, batchSize, CSV_COLUMNS)) yield batch.map(toCsvDeal);
}

/**
 * Every deal matching a query, in its sort order, as the CSV text of `dialect` without header,
 * `batchSize` deals a piece: stored lines where the deal has them, the rest joined and formatted.
 */
export async function* iterateCsvText(query: Query, dialect: CsvDialect, batchSize = 1000): AsyncGenerator<string> {
  if (!keepsExportLines) {
    for await (const deals of iterateCsvDeals(query, batchSize)) yield formatCsvRows(deals, { dialect, header: false });
    return;
  }
  const line = Prisma.raw(
    `, (SELECT x."${LINE_COLUMN[dialect]}" FROM "${EXPORT_TABLE}" x WHERE x."dealId" = d."id") AS "line"`,
  );
  for await (const batch of batchesOf<{ line: string | null }>(query, batchSize, line)) {
    const missing = batch.filter((row) => row.line === null).map((row) => row.id);
    const joined = new Map<number, string>();
    if (missing.length) {
      const rows = await findDealRows<CsvRow>(
        [Prisma.sql`d."id" IN (${Prisma.join(missing)})`],
        query.sort,
        undefined,
        missing.length,
        CSV_COLUMNS,
      );
      for (const row of rows) joined.set(row.id, formatCsvRows([toCsvDeal(row)], { dialect, header: false }));
    }
    yield batch.map((row) => row.line ?? joined.get(row.id) ?? "").join("");
  }
}
