import { partialDateText } from "@/lib/dates/partial-date";
import { PRECISIONS, ValueKind, type Precision } from "@/lib/domain";
import { decimalToMinorUnits, minorUnitsToDecimal } from "@/lib/amounts/decimal";

// Chart series built from exact data. Sums stay exact (BigInt cents) until the very end,
// where a float is made for drawing only; labels use the exact text.

export interface ValuedDeal {
  /** YYYY-MM-DD, first day of the announcement period: the sort key. */
  date: string;
  /** How precisely the date is known; a day when not given. */
  precision?: Precision;
  kind: ValueKind;
  /** US dollars, exact decimal text. */
  usd: string;
}

export interface CumulativePoint {
  /** YYYY-MM-DD, the sort key. */
  date: string;
  /** The point's date as it may be shown: "2025-07-28", or "2025-07" for a month's deals or a month's total. */
  dateText: string;
  /** Running total per value kind up to and including `date`, in US dollars (exact text). */
  totals: Record<ValueKind, string>;
}

const PRECISION_RANK = Object.fromEntries(PRECISIONS.map((p, i) => [p, i])) as Record<Precision, number>;

/** The periods a long running total is thinned to, finest first: YYYY-MM-DD prefixes. */
const PERIODS = [
  { name: "day", length: 10 },
  { name: "month", length: 7 },
  { name: "year", length: 4 },
] as const;

/**
 * Running totals per value kind, one point per date that has deals. Kinds are summed apart:
 * a ceiling is never added to a firm value or a valuation.
 *
 * Past `maxPoints` dates, only the last date of each month is kept (of each year, if months are
 * still too many): its totals are exact, the intermediate steps are dropped. A chart and its
 * table stay a few hundred rows at 100,000 deals instead of one per day.
 */
export function cumulativeByKind(
  deals: readonly ValuedDeal[],
  maxPoints = Infinity,
): { points: CumulativePoint[]; period: "day" | "month" | "year" } {
  const sorted = [...deals].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dates = new Set(sorted.map((d) => d.date));
  const period =
    PERIODS.find((p) => new Set([...dates].map((d) => d.slice(0, p.length))).size <= maxPoints) ?? PERIODS[2];
  const running = Object.fromEntries(ValueKind.options.map((k) => [k, 0n])) as Record<ValueKind, bigint>;
  const points: CumulativePoint[] = [];
  // The coarsest precision among the point's deals and its period: no point shows a made-up day.
  let coarsest: Precision = period.name;
  for (const [i, deal] of sorted.entries()) {
    running[deal.kind] += decimalToMinorUnits(deal.usd);
    const precision = deal.precision ?? "day";
    if (PRECISION_RANK[precision] > PRECISION_RANK[coarsest]) coarsest = precision;
    const next = sorted[i + 1];
    // The last deal of its period: the period's closing totals.
    if (next && next.date.slice(0, period.length) === deal.date.slice(0, period.length)) continue;
    const totals = Object.fromEntries(Object.entries(running).map(([k, v]) => [k, minorUnitsToDecimal(v)])) as Record<
      ValueKind,
      string
    >;
    points.push({ date: deal.date, dateText: partialDateText(new Date(`${deal.date}T00:00:00Z`), coarsest), totals });
    coarsest = period.name;
  }
  return { points, period: period.name };
}
