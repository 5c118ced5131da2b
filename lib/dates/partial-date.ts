import { z } from "zod";
import type { Precision } from "@/lib/domain";

/** A date known to a day, month, quarter or year, e.g. "2026-01-28", "2025-07", "2026-Q2", "2025". */
export interface PartialDate {
  /** UTC midnight of the first day of the period. */
  start: Date;
  /** UTC midnight of the last day of the period. */
  end: Date;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

export const PartialDateString = z.string().regex(PATTERN, "expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD");

export function parsePartialDate(text: string): PartialDate {
  const m = PATTERN.exec(text);
  if (!m) throw new Error(`"${text}" is not a date (expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)`);
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2]);
    return { start: utc(year, (q - 1) * 3, 1), end: utc(year, q * 3, 0), precision: "quarter" };
  }
  if (!m[3]) return { start: utc(year, 0, 1), end: utc(year, 11, 31), precision: "year" };
  const month = Number(m[3]) - 1;
  if (month > 11) throw new Error(`"${text}" has no month ${m[3]}`);
  if (!m[4]) return { start: utc(year, month, 1), end: utc(year, month + 1, 0), precision: "month" };
  const day = Number(m[4]);
  const start = utc(year, month, day);
  if (start.getUTCMonth() !== month || day === 0) throw new Error(`"${text}" is not a day of the calendar`);
  return { start, end: start, precision: "day" };
}

/** The inverse of parsePartialDate: the ISO-like text of a period. */
export function partialDateText(start: Date, precision: Precision): string {
  const iso = start.toISOString();
  switch (precision) {
    case "day":
      return iso.slice(0, 10);
    case "month":
      return iso.slice(0, 7);
    case "quarter":
      return `${iso.slice(0, 4)}-Q${Math.floor(start.getUTCMonth() / 3) + 1}`;
    case "year":
      return iso.slice(0, 4);
  }
}

/** The first day of a period given as text ("2025-07" -> "2025-07-01"): a sort key, never shown. */
export function periodStartDay(text: string): string {
  return parsePartialDate(text).start.toISOString().slice(0, 10);
}

/**
 * The value of an HTML `datetime` attribute: the partial forms HTML has ("2025-07", "2025"); a
 * quarter has none, so it is given as its year.
 */
export function htmlDateTime(text: string): string {
  return text.replace(/-Q[1-4]$/, "");
}

function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}
