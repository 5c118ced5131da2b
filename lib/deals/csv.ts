import { cached } from "@/lib/cache";
import { z } from "zod";
import { CSV_DIALECTS, dialectBom, formatCsvRows, type CsvDialect } from "./csv-format";
import { exportHoldsSnapshot, iterateCsvText } from "./csv-source";
import { countDeals } from "./queries";
import { DealViewSchema, type DealQuery } from "./schemas";

// CSV export of deals: the same filters and sort as GET /api/deals, every matching row, streamed.

/** Query parameters of GET /api/deals.csv: the deal filters and sort, no paging, plus the CSV dialect. */
export const DealCsvQuerySchema = DealViewSchema.extend({
  dialect: z
    .enum(CSV_DIALECTS)
    .default("rfc4180")
    .describe("rfc4180: comma, decimal point; excel-nl: semicolon, decimal comma, BOM"),
  bom: z
    .enum(["0", "1"])
    .optional()
    .describe("1 to start the file with a UTF-8 byte order mark; the default is 1 for excel-nl, else 0"),
});

export type DealCsvQuery = z.output<typeof DealCsvQuerySchema>;

/** Whether the file starts with a BOM: bom=1/0 when given, else the dialect's default. */
export function wantsBom(query: Pick<DealCsvQuery, "dialect" | "bom">): boolean {
  return query.bom === undefined ? dialectBom(query.dialect) : query.bom === "1";
}

/**
 * How long a client may leave a piece unread before the export gives up on it. The SQLite export
 * reads in one read transaction (./csv-source.ts), which keeps the database's write-ahead log
 * from being checkpointed past it: a client that stalls must not hold it for good. A piece is
 * about 65 KB there, so a client reading 1 KB/s is not cut off.
 */
export const CSV_STALL_MS = 60_000;

/**
 * A byte stream of CSV: the BOM (when asked) and the header (csv-stringify) with the first piece,
 * or alone for no rows, then one chunk per piece of rows pulled from `pieces`, which are CSV text
 * of the same dialect without header. Only one piece is held at a time. With `stallMs`, a piece
 * left unread that long ends the stream with an error and `pieces` with return().
 */
export function csvStream(
  pieces: AsyncIterable<string>,
  options: { dialect: CsvDialect; bom: boolean; stallMs?: number },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.asyncIterator]();
  let first = true;
  let stalled: ReturnType<typeof setTimeout> | undefined;
  let finished = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      clearTimeout(stalled);
      try {
        const next = await iterator.next();
        const rows = next.done ? "" : next.value;
        const text = first
          ? formatCsvRows([], { dialect: options.dialect, header: true, bom: options.bom }) + rows
          : rows;
        first = false;
        if (text) controller.enqueue(encoder.encode(text));
        if (next.done) {
          finished = true;
          controller.close();
          return;
        }
        if (finished || options.stallMs === undefined) return;
        stalled = setTimeout(() => {
          finished = true;
          controller.error(new Error(`The CSV export was left unread for ${options.stallMs} ms`));
          iterator.return?.().catch(() => {});
        }, options.stallMs);
        stalled.unref?.();
      } catch (error) {
        finished = true;
        controller.error(error);
      }
    },
    async cancel() {
      finished = true;
      clearTimeout(stalled);
      await iterator.return?.();
    },
  });
}

/** Every deal matching the query as a CSV byte stream, read from the database `batchSize` deals at a time. */
export function streamDealsCsv(
  query: DealCsvQuery,
  options: { batchSize?: number; stallMs?: number } = {},
): ReadableStream<Uint8Array> {
  return csvStream(iterateCsvText(dealQueryOf(query), query.dialect, options.batchSize ?? 1000), {
    dialect: query.dialect,
    bom: wantsBom(query),
    stallMs: options.stallMs ?? (exportHoldsSnapshot ? CSV_STALL_MS : undefined),
  });
}

async function countDealsForCsvUncached(query: DealCsvQuery): Promise<number> {
  return countDeals({ ...dealQueryOf(query), limit: 1 });
}

/** The filters and sort alone, as the deal queries take them. */
function dealQueryOf(query: DealCsvQuery): Omit<DealQuery, "limit" | "cursor"> {
  const { dialect, bom, ...rest } = query;
  void dialect;
  void bom;
  return rest;
}

const FILTER_ORDER = ["company", "role", "kind", "valueKind", "from", "to", "minUsd", "maxUsd", "q"] as const;
const FILENAME_FILTER_MAX = 80;

function slugPart(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A short, filesystem-safe summary of the filters: `all`, or e.g. `company-tesla_kind-foundry_contract`. */
export function filterSlug(query: Partial<Pick<DealCsvQuery, (typeof FILTER_ORDER)[number]>>): string {
  const parts: string[] = [];
  for (const key of FILTER_ORDER) {
    const raw = query[key];
    if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) continue;
    const value = slugPart((Array.isArray(raw) ? raw : [raw]).join("-"));
    parts.push(value ? `${slugPart(key)}-${value}` : slugPart(key));
  }
  if (!parts.length) return "all";
  return (
    parts
      .join("_")
      .slice(0, FILENAME_FILTER_MAX)
      .replace(/[-_]+$/, "") || "all"
  );
}

export function csvFilename(query: DealCsvQuery, today: Date = new Date()): string {
  const suffix = query.dialect === "excel-nl" ? "-excel-nl" : "";
  return `chip-deals_${filterSlug(query)}_${today.toISOString().slice(0, 10)}${suffix}.csv`;
}

// Answers under the data version (lib/cache.ts).
export const countDealsForCsv = cached("deals/csv#countDealsForCsv", countDealsForCsvUncached);
