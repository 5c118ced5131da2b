import "server-only";
import { openReadOnlySqlite } from "@/lib/db/client";
import { sqliteFilePath } from "@/lib/db/sqlite-file";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { EXPORT_TABLE } from "@/prisma/derived/objects.mjs";
import { formatCsvRows, type CsvDeal, type CsvDialect } from "./csv-format";
import { CSV_COLUMNS, LINE_COLUMN, toCsvDeal, type CsvRow } from "./export-rows";
import { dealCursorOf, pageSql } from "./keyset";
import { dateParam, dealConditions, whereSql } from "./filter-sql";
import { findDealRows } from "./queries";
import { keepsStoredRows } from "./stored-json";
import type { DealCursor, DealQuery, DealSort } from "./schemas";
import { expandSearch } from "@/lib/search-vocabulary";

// The CSV export's read. On SQLite each deal's line is read as stored (./export-rows.ts), in one
// statement streamed from a connection of the export's own; only deals without one are joined.
// On PostgreSQL each batch is one statement: the deals' own columns and the rest joined in the
// database, in keyset order (findDealRows). tests/api/csv.test.ts proves the result
// byte-identical to formatting the JSON API's DealDtos, tests/api/export-lines.test.ts the same
// with and without stored lines.

type Query = Omit<DealQuery, "limit" | "cursor">;

/** Lines per piece of text handed to the stream (about 65 KB). */
const PIECE_LINES = 100;

/** Whether an export holds one read snapshot while it streams (the SQLite one, storedLines). */
export const exportHoldsSnapshot = keepsStoredRows;

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
 * a piece at a time: stored lines where the deal has them, the rest joined and formatted.
 */
export async function* iterateCsvText(query: Query, dialect: CsvDialect, batchSize = 1000): AsyncGenerator<string> {
  yield* keepsStoredRows
    ? storedLines(query, dialect, Math.min(batchSize, PIECE_LINES))
    : joinedText(query, dialect, batchSize);
}

/** Every deal matching a query as CSV text joined and formatted, `batchSize` deals a piece. */
async function* joinedText(query: Query, dialect: CsvDialect, batchSize: number): AsyncGenerator<string> {
  for await (const deals of iterateCsvDeals(query, batchSize)) yield formatCsvRows(deals, { dialect, header: false });
}

/**
 * The stored lines, read on a connection of the export's own in one read transaction (one
 * snapshot of which deals match and of their lines), one statement per part of the sort (see
 * pageSql) streaming its rows from SQLite as they are asked for, instead of Prisma building an
 * object per row of each batch (at 100,000 deals that garbage was 80-100 MB of old generation per
 * export). Deals without a line are joined through Prisma, `pieceLines` at a time, as they are
 * then: the connection cannot run a second statement while one streams.
 */
async function* storedLines(query: Query, dialect: CsvDialect, pieceLines: number): AsyncGenerator<string> {
  const conditions = dealConditions(query, await expandSearch(query.q), { ordered: true });
  const line = Prisma.raw(`(SELECT x."${LINE_COLUMN[dialect]}" FROM "${EXPORT_TABLE}" x WHERE x."dealId" = d."id")`);
  const sqlite = openReadOnlySqlite(sqliteFilePath(env.DATABASE_URL));
  try {
    if (!sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(EXPORT_TABLE)) {
      // A file restored from a backup made before the table existed: its deals are joined.
      sqlite.close();
      yield* joinedText(query, dialect, pieceLines);
      return;
    }
    sqlite.exec("BEGIN");
    for (const page of pageSql(query.sort, undefined, dateParam)) {
      const statement = Prisma.sql`SELECT d."id", ${line} FROM "Deal" d ${whereSql([...conditions, ...page.conditions])} ${page.orderBy}`;
      let piece: (string | number)[] = [];
      for (const [id, text] of sqlite
        .prepare(statement.sql)
        .raw()
        .iterate(...statement.values) as Iterable<[number, string | null]>) {
        piece.push(text ?? id);
        if (piece.length < pieceLines) continue;
        yield await pieceText(piece, query.sort, dialect);
        piece = [];
      }
      if (piece.length) yield await pieceText(piece, query.sort, dialect);
    }
    sqlite.exec("COMMIT");
  } finally {
    if (sqlite.open) sqlite.close();
  }
}

/** A piece's text: its stored lines, and the joined and formatted rows of the deals (ids) without one. */
async function pieceText(piece: readonly (string | number)[], sort: DealSort, dialect: CsvDialect): Promise<string> {
  const missing = piece.filter((entry): entry is number => typeof entry === "number");
  if (!missing.length) return piece.join("");
  const rows = await findDealRows<CsvRow>(
    [Prisma.sql`d."id" IN (${Prisma.join(missing)})`],
    sort,
    undefined,
    missing.length,
    CSV_COLUMNS,
  );
  const joined = new Map(rows.map((row) => [row.id, formatCsvRows([toCsvDeal(row)], { dialect, header: false })]));
  return piece.map((entry) => (typeof entry === "number" ? (joined.get(entry) ?? "") : entry)).join("");
}
