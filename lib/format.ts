import { parsePartialDate } from "@/lib/dates/partial-date";
import type { Precision, ValueKind } from "@/lib/domain";

// Every amount and date the user sees is formatted here, on Intl, in English.

const compactCache = new Map<string, Intl.NumberFormat>();
function compactFormat(currency: string): Intl.NumberFormat {
  let f = compactCache.get(currency);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
    compactCache.set(currency, f);
  }
  return f;
}

/** "$16.5B", "$1.25T", "€14.3B" from exact decimal text ("16500000000"). */
export function formatMoneyCompact(amount: string, currency: string): string {
  // Intl formats an exact decimal string without going through a float.
  return compactFormat(currency).format(amount as `${number}`);
}

/** Exact amount in full, cents only where there are any: "$16,500,000,000", "$114.29", "€14,300,000,000". */
export function formatAmountExact(amount: string, currency: string): string {
  const cents = /\.\d*[1-9]/.test(amount);
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(amount as `${number}`);
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A date at its own precision, never inventing a day: "28 Jan 2026", "Jul 2025", "Q2 2026", "2025". */
export function formatPartialDate(date: Date, precision: Precision): string {
  switch (precision) {
    case "day":
      return DAY.format(date);
    case "month":
      return MONTH.format(date);
    case "quarter":
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    case "year":
      return String(date.getUTCFullYear());
  }
}

const VALUE_PREFIX: Record<ValueKind, string> = {
  firm: "",
  up_to: "up to ",
  estimate: "≈ ",
  valuation: "valued at ",
  target: "target ",
};

/** A value as the API carries it (exact decimal text), with its qualifier: "$16.5B", "up to $500B", "≈ $100B", "valued at $1.25T". */
export function formatValue(value: { amount: string; currency: string; kind: ValueKind }): string {
  return `${VALUE_PREFIX[value.kind]}${formatMoneyCompact(value.amount, value.currency)}`;
}

const SHORT_PREFIX: Record<ValueKind, string> = {
  firm: "",
  up_to: "≤ ",
  estimate: "≈ ",
  valuation: "val. ",
  target: "target ",
};

/** The same, in a few characters for narrow charts: "≤ $500B", "val. $1.25T". */
export function formatValueShort(value: { amount: string; currency: string; kind: ValueKind }): string {
  return `${SHORT_PREFIX[value.kind]}${formatMoneyCompact(value.amount, value.currency)}`;
}

/** "$16.5B" from a decimal string of US dollars; a number only for a chart axis's tick positions. */
export function formatUsdCompact(usd: string | number): string {
  return typeof usd === "number" ? compactFormat("USD").format(usd) : formatMoneyCompact(usd, "USD");
}

/** A date given as text at its precision ("2025-07", "2026-01-28", "2026-Q2"): "Jul 2025", "28 Jan 2026". */
export function formatDateText(text: string): string {
  const { start, precision } = parsePartialDate(text);
  return formatPartialDate(start, precision);
}

const COUNT = new Intl.NumberFormat("en-US");

/** "1,234" */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

const QUALIFIER: Record<string, string> = {
  up_to: "up to ",
  about: "≈ ",
  more_than: "more than ",
  almost: "almost ",
  as_much_as: "as much as ",
};
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const COMPACT_NUMBER = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 });

function figureAmount(amount: string, unit: string): string {
  if (/^[A-Z]{3}$/.test(unit)) {
    // Share prices and targets keep their cents; large sums (a million and up) read better compact.
    return /^\d{1,6}(?:\.|$)/.test(amount) ? formatAmountExact(amount, unit) : formatMoneyCompact(amount, unit);
  }
  const n = Number(amount);
  if (unit === "percent") return `${NUMBER.format(n)}%`;
  if (unit === "shares") return `${COMPACT_NUMBER.format(n)} shares`;
  return `${n >= 1_000_000 ? COMPACT_NUMBER.format(n) : NUMBER.format(n)} ${unit}`;
}

const DIRECTION_MARK = { up: { arrow: "▲", sign: "+" }, down: { arrow: "▼", sign: "−" } } as const;

/**
 * A sourced figure in English: "$16.5B", "up to $500B", "$35B–$40B", "almost 97%", "$114.29";
 * a change carries its direction: "▼ −38%", "▲ as much as +3%".
 */
export function formatFigure(figure: {
  amount: string;
  high: string | null;
  unit: string;
  qualifier: string | null;
  direction?: "up" | "down" | null;
}): string {
  const prefix = figure.qualifier ? (QUALIFIER[figure.qualifier] ?? `${figure.qualifier.replace(/_/g, " ")} `) : "";
  const mark = figure.direction ? DIRECTION_MARK[figure.direction] : null;
  const sign = mark?.sign ?? "";
  const low = sign + figureAmount(figure.amount, figure.unit);
  const text = `${prefix}${figure.high ? `${low}–${sign}${figureAmount(figure.high, figure.unit)}` : low}`;
  return mark ? `${mark.arrow} ${text}` : text;
}
