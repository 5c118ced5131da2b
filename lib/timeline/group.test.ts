import { describe, expect, it } from "vitest";
import { groupByYearAndPeriod } from "./group";

describe("groupByYearAndPeriod", () => {
  it("groups by year, then month, keeping order, and gives coarse dates their own group", () => {
    const items = [
      { id: "a", date: "2026-04-01", precision: "quarter" as const },
      { id: "b", date: "2026-02-02", precision: "day" as const },
      { id: "c", date: "2026-02-01", precision: "month" as const },
      { id: "d", date: "2026-01-28", precision: "day" as const },
      { id: "e", date: "2025-07-01", precision: "month" as const },
      { id: "f", date: "2025-01-01", precision: "year" as const },
    ];
    const groups = groupByYearAndPeriod(items);
    expect(groups.map((y) => y.year)).toEqual(["2026", "2025"]);
    expect(groups[0]!.periods.map((p) => [p.label, p.items.map((i) => i.id)])).toEqual([
      ["Q2 2026 (month not known)", ["a"]],
      ["February 2026", ["b", "c"]],
      ["January 2026", ["d"]],
    ]);
    expect(groups[1]!.periods.map((p) => [p.label, p.items.map((i) => i.id)])).toEqual([
      ["July 2025", ["e"]],
      ["2025 (month not known)", ["f"]],
    ]);
  });

  it("returns nothing for nothing", () => {
    expect(groupByYearAndPeriod([])).toEqual([]);
  });
});
