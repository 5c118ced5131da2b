import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { iterateCsvDeals } from "./csv-source";
import { countDeals } from "./queries";
import { DealViewSchema, type DealDto, type DealQuery } from "./schemas";

// CSV export of deals: the same filters and sort as GET /api/deals, every matching row, streamed.

export const CSV_DIALECTS = ["rfc4180", "excel-nl"] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

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

export const CSV_COLUMNS = [
  "slug",
  "title",
  "kind",
  "status",
  "announced_on",
  "announced_precision",
  "announced_basis",
  "term_years",
  "term_note",
  "value_amount",
  "value_currency",
  "value_kind",
  "value_usd",
  "chips",
  "locations",
  "parties",
  "party_slugs",
  "source_articles",
  "value_quote",
  "summary",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns holding plain numbers: never prefixed, only their decimal separator follows the dialect. */
export const NUMERIC_COLUMNS: ReadonlySet<CsvColumn> = new Set(["term_years", "value_amount", "value_usd"]);

const DIALECTS: Record<CsvDialect, { delimiter: string; decimal: string; bom: boolean }> = {
  rfc4180: { delimiter: ",", decimal: ".", bom: false },
  "excel-nl": { delimiter: ";", decimal: ",", bom: true },
};

const BOM = "\uFEFF";

/** Spreadsheets run a cell starting with one of these as a formula (or strip it); text cells get a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function numberCell(value: string | number | null | undefined, decimal: string): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return decimal === "." ? text : text.replace(".", decimal);
}

/**
 * A deal's cells before any dialect or guard: text as it reads, numbers as plain decimal text,
 * "" where there is none. Built from a DealDto here, or straight from SQL by csv-source.ts.
 */
export type CsvDeal = Record<CsvColumn, string>;

export function csvDealFromDto(deal: DealDto): CsvDeal {
  return {
    slug: deal.slug,
    title: deal.title,
    kind: deal.kind,
    status: deal.status,
    announced_on: deal.announcedOn,
    announced_precision: deal.announcedPrecision,
    announced_basis: deal.announcedBasis,
    term_years: deal.term?.years === null || deal.term?.years === undefined ? "" : String(deal.term.years),
    term_note: deal.term?.note ?? "",
    value_amount: deal.value?.amount ?? "",
    value_currency: deal.value?.currency ?? "",
    value_kind: deal.value?.kind ?? "",
    value_usd: deal.value?.usd ?? "",
    chips: deal.chips.join("; "),
    locations: deal.locations.join("; "),
    parties: deal.parties.map((p) => `${p.name} (${p.role})`).join("; "),
    party_slugs: deal.parties.map((p) => p.company).join(";"),
    source_articles: [...new Set(deal.sources.map((s) => s.article))].join("; "),
    value_quote: deal.sources.find((s) => s.claim === "value")?.quote ?? "",
    summary: deal.summary,
  };
}

/** The cells as written: text guarded against formulas, numbers with the dialect's decimal separator. */
export function csvRecord(deal: CsvDeal, dialect: CsvDialect = "rfc4180"): Record<CsvColumn, string> {
  const { decimal } = DIALECTS[dialect];
  return Object.fromEntries(
    CSV_COLUMNS.map((column) => [
      column,
      NUMERIC_COLUMNS.has(column) ? numberCell(deal[column] || null, decimal) : guardText(deal[column]),
    ]),
  ) as Record<CsvColumn, string>;
}

/** One deal as a CSV record, every cell a string, keyed by column. */
export function dealToCsvRecord(deal: DealDto, dialect: CsvDialect = "rfc4180"): Record<CsvColumn, string> {
  return csvRecord(csvDealFromDto(deal), dialect);
}

/**
 * Deals as CSV text (pure; no database): CRLF record ends, fields quoted when they hold the
 * delimiter, a quote, CR or LF, embedded quotes doubled. No BOM; the stream adds it.
 */
export function formatDealsCsv(
  deals: readonly DealDto[],
  options: { dialect?: CsvDialect; header?: boolean } = {},
): string {
  return formatCsvRows(deals.map(csvDealFromDto), options);
}

/** CSV text of rows already in cell form. */
export function formatCsvRows(
  rows: readonly CsvDeal[],
  options: { dialect?: CsvDialect; header?: boolean } = {},
): string {
  const dialect = options.dialect ?? "rfc4180";
  return stringify(
    rows.map((row) => csvRecord(row, dialect)),
    {
      header: options.header ?? true,
      columns: CSV_COLUMNS.map((key) => ({ key, header: key })),
      delimiter: DIALECTS[dialect].delimiter,
      record_delimiter: "\r\n",
      quote: '"',
      escape: '"',
      eof: true,
    },
  );
}

/** Whether the file starts with a BOM: bom=1/0 when given, else the dialect's default. */
export function wantsBom(query: Pick<DealCsvQuery, "dialect" | "bom">): boolean {
  return query.bom === undefined ? DIALECTS[query.dialect].bom : query.bom === "1";
}

/**
 * A byte stream of CSV: the header (and BOM) once, then one chunk per batch pulled from `batches`.
 * Only one batch is held at a time.
 */
export function csvStreamFromBatches(
  batches: AsyncIterable<CsvDeal[]>,
  options: { dialect: CsvDialect; bom: boolean },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        const prefix = started
          ? ""
          : (options.bom ? BOM : "") + formatCsvRows([], { dialect: options.dialect, header: true });
        started = true;
        const body = next.done ? "" : formatCsvRows(next.value, { dialect: options.dialect, header: false });
        if (prefix || body) controller.enqueue(encoder.encode(prefix + body));
        if (next.done) controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Every deal matching the query as a CSV byte stream, read from the database `batchSize` deals at a time. */
export function streamDealsCsv(query: DealCsvQuery, options: { batchSize?: number } = {}): ReadableStream<Uint8Array> {
  return csvStreamFromBatches(iterateCsvDeals(dealQueryOf(query), options.batchSize ?? 1000), {
    dialect: query.dialect,
    bom: wantsBom(query),
  });
}

export async function countDealsForCsv(query: DealCsvQuery): Promise<number> {
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
