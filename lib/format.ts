import { parsePartialDate } from "@/lib/dates/partial-date";
import type { Precision, ValueKind } from "@/lib/domain";

// Every amount and date the user sees is formatted here, on Intl, in English.

/** Exact decimal text of an integer amount in minor units: 11429n -> "114.29". */
export function minorToDecimal(minor: bigint, scale = 2): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

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

/** "$16.5B", "$1.25T", "€14.3B" from minor units. */
export function formatMoneyCompact(minor: bigint, currency: string): string {
  // Intl formats an exact decimal string without going through a float.
  return compactFormat(currency).format(minorToDecimal(minor) as `${number}`);
}

/** Full precision: "$16,500,000,000", "$114.29". */
export function formatMoneyExact(minor: bigint, currency: string): string {
  const cents = minor % 100n !== 0n;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(minorToDecimal(minor) as `${number}`);
}

const VALUE_PREFIX: Record<ValueKind, string> = { firm: "", up_to: "up to ", estimate: "≈ ", valuation: "valued at " };

/** A deal's headline value with its qualifier: "$16.5B", "up to $500B", "≈ $100B", "valued at $1.25T". */
export function formatDealValue(minor: bigint, currency: string, kind: ValueKind): string {
  return `${VALUE_PREFIX[kind]}${formatMoneyCompact(minor, currency)}`;
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

/** Minor units of an exact decimal string ("16500000000", "114.29"): the inverse of minorToDecimal. */
export function decimalToMinor(decimal: string, scale = 2): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!m) throw new Error(`not a decimal: ${JSON.stringify(decimal)}`);
  const fraction = (m[3] ?? "").padEnd(scale, "0").slice(0, scale);
  const minor = BigInt(m[2]! + fraction);
  return m[1] ? -minor : minor;
}

/** A value as the API carries it (exact decimal text), with its qualifier: "up to $500B". */
export function formatValue(value: { amount: string; currency: string; kind: ValueKind }): string {
  return formatDealValue(decimalToMinor(value.amount), value.currency, value.kind);
}

const SHORT_PREFIX: Record<ValueKind, string> = { firm: "", up_to: "≤ ", estimate: "≈ ", valuation: "val. " };

/** The same, in a few characters for narrow charts: "≤ $500B", "val. $1.25T". */
export function formatValueShort(value: { amount: string; currency: string; kind: ValueKind }): string {
  return `${SHORT_PREFIX[value.kind]}${formatMoneyCompact(decimalToMinor(value.amount), value.currency)}`;
}

/** Exact amount in full: "$16,500,000,000", "€14,300,000,000". */
export function formatAmountExact(amount: string, currency: string): string {
  return formatMoneyExact(decimalToMinor(amount), currency);
}

/** "$16.5B" from a decimal string of US dollars. */
export function formatUsdCompact(usd: string | number): string {
  return typeof usd === "number" ? compactFormat("USD").format(usd) : formatMoneyCompact(decimalToMinor(usd), "USD");
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
    const minor = decimalToMinor(amount);
    // Share prices and targets keep their cents; large sums read better compact.
    return minor < 100_000_000n ? formatMoneyExact(minor, unit) : formatMoneyCompact(minor, unit);
  }
  const n = Number(amount);
  if (unit === "percent") return `${NUMBER.format(n)}%`;
  if (unit === "shares") return `${COMPACT_NUMBER.format(n)} shares`;
  return `${n >= 1_000_000 ? COMPACT_NUMBER.format(n) : NUMBER.format(n)} ${unit}`;
}

/** A sourced figure in English: "$16.5B", "up to $500B", "$35B–$40B", "almost 97%", "$114.29". */
export function formatFigure(figure: {
  amount: string;
  high: string | null;
  unit: string;
  qualifier: string | null;
}): string {
  const prefix = figure.qualifier ? (QUALIFIER[figure.qualifier] ?? `${figure.qualifier.replace(/_/g, " ")} `) : "";
  const low = figureAmount(figure.amount, figure.unit);
  return `${prefix}${figure.high ? `${low}–${figureAmount(figure.high, figure.unit)}` : low}`;
}
