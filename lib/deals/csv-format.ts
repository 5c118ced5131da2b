import type { Options } from "csv-stringify";
import { stringify } from "csv-stringify/sync";

// How a deal is written as CSV cells: the columns, the two dialects, and the csv-stringify options
// that quote, guard formulas and add the BOM. No database here (csv-source.ts reads, csv.ts streams).

export const CSV_DIALECTS = ["rfc4180", "excel-nl"] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

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

/**
 * A deal's cells before any dialect: text as it reads, numbers as plain decimal text, dates at
 * their precision ("2025-07", "2025-Q3", "2025"), "" where there is none.
 */
export type CsvDeal = Record<CsvColumn, string>;

/** Columns holding plain numbers: only their decimal separator follows the dialect. */
const NUMERIC_COLUMNS: ReadonlySet<CsvColumn> = new Set(["term_years", "value_amount", "value_usd"]);

const DIALECTS: Record<CsvDialect, { delimiter: string; decimal: string; bom: boolean }> = {
  rfc4180: { delimiter: ",", decimal: ".", bom: false },
  "excel-nl": { delimiter: ";", decimal: ",", bom: true },
};

/** Whether a dialect's file starts with a BOM unless asked otherwise (Excel reads UTF-8 only with one). */
export const dialectBom = (dialect: CsvDialect): boolean => DIALECTS[dialect].bom;

/**
 * Excel turns a cell reading "2025-07" into the date 1 July 2025 (Dutch Excel then shows
 * 1-7-2025): a day nobody reported. In the Excel dialect the month's hyphen is U+2011, the
 * non-breaking hyphen, which reads the same and is left as text. Days stay dates; "2025-Q3" and
 * "2025" are not dates to Excel.
 */
function excelDate(text: string): string {
  return /^\d{4}-\d{2}$/.test(text) ? text.replace("-", "\u2011") : text;
}

/** The cells as written in a dialect: decimal separator, Excel-proof month dates. */
function dialectRecord(deal: CsvDeal, dialect: CsvDialect): CsvDeal {
  const { decimal } = DIALECTS[dialect];
  const record = { ...deal };
  if (decimal !== ".") for (const column of NUMERIC_COLUMNS) record[column] = record[column].replace(".", decimal);
  if (dialect === "excel-nl") record.announced_on = excelDate(record.announced_on);
  return record;
}

/**
 * csv-stringify's options for a dialect: CRLF record ends, fields quoted when they hold the
 * delimiter, a quote, CR or LF, embedded quotes doubled; escape_formulas puts a ' before any
 * cell a spreadsheet would run as a formula (= + - @ tab CR and their full-width forms). Numbers
 * are never negative here, so no numeric cell is touched.
 */
function stringifyOptions(dialect: CsvDialect, options: { header?: boolean; bom?: boolean } = {}): Options {
  return {
    header: options.header ?? true,
    bom: options.bom ?? false,
    columns: CSV_COLUMNS.map((key) => ({ key, header: key })),
    delimiter: DIALECTS[dialect].delimiter,
    record_delimiter: "\r\n",
    quote: '"',
    escape: '"',
    escape_formulas: true,
    eof: true,
  };
}

/** CSV text of rows already in cell form; the BOM (when asked) and header come before the first row. */
export function formatCsvRows(
  rows: readonly CsvDeal[],
  options: { dialect?: CsvDialect; header?: boolean; bom?: boolean } = {},
): string {
  const dialect = options.dialect ?? "rfc4180";
  return stringify(
    rows.map((row) => dialectRecord(row, dialect)),
    stringifyOptions(dialect, options),
  );
}
