import { describe, expect, it } from "vitest";
import { getStats, valueTotals } from "@/lib/stats/queries";

// The overview's database-side totals must equal the totals /api/stats computes row by row.
describe("valueTotals", () => {
  it.each([{}, { company: ["tesla"] }, { from: "2026" }, { q: "xai" }])("matches getStats for %j", async (filter) => {
    const [totals, stats] = await Promise.all([valueTotals(filter), getStats(filter)]);
    const byKind = (rows: { valueKind: string | null; count: number; usd: string }[]) =>
      Object.fromEntries(rows.map((r) => [String(r.valueKind), [r.count, r.usd]]));
    expect(byKind(totals)).toEqual(byKind(stats.totals.byValueKind));
    expect(totals.reduce((n, r) => n + r.count, 0)).toBe(stats.totals.deals);
  });
});
