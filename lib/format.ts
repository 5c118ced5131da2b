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
    f = new Intl.NumberFormat("en-US", { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 2 });
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
  return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 }).format(
    minorToDecimal(minor) as `${number}`,
  );
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
