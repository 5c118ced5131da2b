import { describe, expect, it } from "vitest";
import { linearAxis, logAxis, niceTicks, timeTicks } from "./ticks";

describe("niceTicks", () => {
  it("gives round dollar steps past the largest value", () => {
    expect(niceTicks(1.25e12)).toEqual([0, 5e11, 1e12, 1.5e12]);
    expect(niceTicks(5e11)).toEqual([0, 2e11, 4e11, 6e11]);
    expect(niceTicks(1e11)).toEqual([0, 2.5e10, 5e10, 7.5e10, 1e11]);
    expect(niceTicks(16.5e9)).toEqual([0, 5e9, 10e9, 15e9, 20e9]);
    expect(niceTicks(0)).toEqual([0]);
  });
});

describe("logAxis and linearAxis", () => {
  it("puts log ticks on powers of ten and ends a little past the largest value", () => {
    expect(logAxis(16.5e9, 1.25e12)).toEqual({ ticks: [1e10, 1e11, 1e12], domain: [1e10, 1.625e12] });
    expect(logAxis(1e10, 1e10).ticks).toEqual([1e10, 1e11]);
  });
  it("ends a linear axis on its last round tick", () => {
    expect(linearAxis(1.25e12)).toEqual({ ticks: [0, 5e11, 1e12, 1.5e12], domain: [0, 1.5e12] });
  });
});

describe("timeTicks", () => {
  const t = (s: string) => Date.parse(`${s}T00:00:00Z`);
  const iso = (ticks: number[]) => ticks.map((x) => new Date(x).toISOString().slice(0, 10));

  it("spaces date ticks evenly on month starts", () => {
    expect(iso(timeTicks(t("2025-01-01"), t("2026-02-24")))).toEqual([
      "2025-01-01",
      "2025-04-01",
      "2025-07-01",
      "2025-10-01",
      "2026-01-01",
    ]);
    const years = iso(timeTicks(t("2016-03-05"), t("2025-12-31")));
    expect(years.every((d) => d.endsWith("-01-01"))).toBe(true);
    expect(years.length).toBeLessThanOrEqual(6);
  });
});
