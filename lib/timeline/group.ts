import type { Precision } from "@/lib/domain";

export interface Dated {
  /** First day of the period, YYYY-MM-DD. */
  date: string;
  precision: Precision;
}

export interface PeriodGroup<T> {
  key: string;
  /** "July 2025", "Q2 2026", "2026 (month not known)". */
  label: string;
  items: T[];
}

export interface YearGroup<T> {
  year: string;
  periods: PeriodGroup<T>[];
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

function period(item: Dated): { key: string; label: string } {
  const year = item.date.slice(0, 4);
  switch (item.precision) {
    case "day":
    case "month":
      return { key: item.date.slice(0, 7), label: MONTH.format(new Date(`${item.date.slice(0, 7)}-01T00:00:00Z`)) };
    case "quarter": {
      const q = Math.floor((Number(item.date.slice(5, 7)) - 1) / 3) + 1;
      return { key: `${year}-Q${q}`, label: `Q${q} ${year} (month not known)` };
    }
    case "year":
      return { key: year, label: `${year} (month not known)` };
  }
}

/**
 * Items already in date order, grouped by year and then by month. An item known only to its
 * quarter or year gets a group of its own, so no item is ever shown under a made-up month.
 */
export function groupByYearAndPeriod<T extends Dated>(items: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const year = item.date.slice(0, 4);
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, periods: [] }));
    const { key, label } = period(item);
    let p = y.periods.find((g) => g.key === key);
    if (!p) y.periods.push((p = { key, label, items: [] }));
    p.items.push(item);
  }
  return years;
}
