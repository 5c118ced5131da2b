import { describe, expect, it } from "vitest";
import { cumulativeByKind } from "./series";

describe("cumulativeByKind", () => {
  it("keeps a running total per value kind, one point per date, exact to the cent", () => {
    const { points, period } = cumulativeByKind([
      { date: "2026-02-01", precision: "month", kind: "valuation", usd: "1250000000000" },
      { date: "2025-07-01", kind: "firm", usd: "16500000000" },
      { date: "2025-04-01", precision: "month", kind: "up_to", usd: "500000000000" },
      { date: "2025-07-01", kind: "firm", usd: "0.1" },
      { date: "2026-02-01", kind: "firm", usd: "2000000000.25" },
    ]);
    expect(points).toEqual([
      {
        date: "2025-04-01",
        dateText: "2025-04",
        totals: { firm: "0", up_to: "500000000000", estimate: "0", valuation: "0", target: "0" },
      },
      {
        date: "2025-07-01",
        dateText: "2025-07-01",
        totals: { firm: "16500000000.1", up_to: "500000000000", estimate: "0", valuation: "0", target: "0" },
      },
      {
        date: "2026-02-01",
        // A month-precision deal among the day's: the point claims no more than the month.
        dateText: "2026-02",
        totals: {
          firm: "18500000000.35",
          up_to: "500000000000",
          estimate: "0",
          valuation: "1250000000000",
          target: "0",
        },
      },
    ]);
    expect(period).toBe("day");
  });

  it("is empty without deals", () => {
    expect(cumulativeByKind([])).toEqual({ points: [], period: "day" });
  });

  // Two years of one $1.01 firm deal a day, and a $5 ceiling on the 10th of each month.
  const days = Array.from({ length: 730 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
  const daily = [
    ...days.map((date) => ({ date, kind: "firm" as const, usd: "1.01" })),
    ...days.filter((d) => d.endsWith("-10")).map((date) => ({ date, kind: "up_to" as const, usd: "5" })),
  ];

  it("past maxPoints dates keeps each month's last date, with the exact totals there", () => {
    const all = cumulativeByKind(daily).points;
    const { points, period } = cumulativeByKind(daily, 100);
    expect(all).toHaveLength(730);
    expect(period).toBe("month");
    expect(points).toHaveLength(24);
    expect(points[0]).toEqual({
      date: "2024-01-31",
      dateText: "2024-01",
      totals: { firm: "31.31", up_to: "5", estimate: "0", valuation: "0", target: "0" },
    });
    // Every kept point is the unthinned series' point for that date, and the last one is its end.
    const byDate = new Map(all.map((p) => [p.date, p]));
    for (const p of points) expect(p.totals).toEqual(byDate.get(p.date)?.totals);
    expect(points.at(-1)?.totals).toEqual(all.at(-1)?.totals);
    expect(points.map((p) => p.date.slice(0, 7))).toEqual([...new Set(days.map((d) => d.slice(0, 7)))]);
  });

  it("falls back to years when even months are too many", () => {
    const { points, period } = cumulativeByKind(daily, 10);
    expect(period).toBe("year");
    expect(points.map((p) => p.date)).toEqual(["2024-12-31", "2025-12-30"]);
    expect(points[1]!.totals).toEqual({ firm: "737.3", up_to: "120", estimate: "0", valuation: "0", target: "0" });
  });
});
