import { describe, expect, it } from "vitest";
import {
  formatAmountExact,
  formatDateText,
  formatFigure,
  formatMoneyCompact,
  formatPartialDate,
  formatUsdCompact,
  formatValue,
  formatValueShort,
} from "./format";

describe("format", () => {
  it.each([
    ["16500000000", "firm", "$16.5B"],
    ["500000000000", "up_to", "up to $500B"],
    ["100000000000", "estimate", "≈ $100B"],
    ["1250000000000", "valuation", "valued at $1.25T"],
  ] as const)("formatValue(%s, %s) = %s", (amount, kind, text) =>
    expect(formatValue({ amount, currency: "USD", kind })).toBe(text),
  );

  it("formats euros and exact amounts", () => {
    expect(formatMoneyCompact("14300000000", "EUR")).toBe("€14.3B");
    expect(formatAmountExact("114.29", "USD")).toBe("$114.29");
    expect(formatAmountExact("114.5", "USD")).toBe("$114.50");
    expect(formatAmountExact("16500000000", "USD")).toBe("$16,500,000,000");
  });

  it("formats a date at its precision without inventing a day", () => {
    expect(formatPartialDate(new Date("2025-07-01T00:00:00Z"), "month")).toBe("Jul 2025");
    expect(formatPartialDate(new Date("2026-01-28T00:00:00Z"), "day")).toBe("28 Jan 2026");
    expect(formatPartialDate(new Date("2026-04-01T00:00:00Z"), "quarter")).toBe("Q2 2026");
    expect(formatPartialDate(new Date("2025-01-01T00:00:00Z"), "year")).toBe("2025");
  });

  it("formats API values, exact amounts and dates given as text", () => {
    expect(formatValue({ amount: "500000000000", currency: "USD", kind: "up_to" })).toBe("up to $500B");
    expect(formatValue({ amount: "1250000000000", currency: "USD", kind: "valuation" })).toBe("valued at $1.25T");
    expect(formatValueShort({ amount: "500000000000", currency: "USD", kind: "up_to" })).toBe("≤ $500B");
    expect(formatValueShort({ amount: "1250000000000", currency: "USD", kind: "valuation" })).toBe("val. $1.25T");
    expect(formatAmountExact("16500000000", "USD")).toBe("$16,500,000,000");
    expect(formatUsdCompact("2000000000")).toBe("$2B");
    expect(formatUsdCompact(16_500_000_000)).toBe("$16.5B");
    expect(formatDateText("2025-07")).toBe("Jul 2025");
    expect(formatDateText("2026-01-28")).toBe("28 Jan 2026");
    expect(formatDateText("2026-Q2")).toBe("Q2 2026");
  });

  it.each([
    [{ amount: "16500000000", high: null, unit: "USD", qualifier: null }, "$16.5B"],
    [{ amount: "500000000000", high: null, unit: "USD", qualifier: "up_to" }, "up to $500B"],
    [{ amount: "35000000000", high: "40000000000", unit: "USD", qualifier: null }, "$35B–$40B"],
    [{ amount: "114.29", high: null, unit: "USD", qualifier: null }, "$114.29"],
    [{ amount: "97", high: null, unit: "percent", qualifier: "almost" }, "almost 97%"],
    [{ amount: "1.5", high: null, unit: "percent", qualifier: "more_than" }, "more than 1.5%"],
    [{ amount: "160000000", high: null, unit: "shares", qualifier: null }, "160M shares"],
    [{ amount: "14300000000", high: null, unit: "EUR", qualifier: null }, "€14.3B"],
    [{ amount: "100", high: null, unit: "kW", qualifier: null }, "100 kW"],
    [{ amount: "1000000", high: null, unit: "t", qualifier: null }, "1M t"],
  ])("formatFigure(%j) = %s", (figure, text) => expect(formatFigure(figure)).toBe(text));
});

describe("formatFigure with a direction", () => {
  it.each([
    [{ amount: "38", high: null, unit: "percent", qualifier: null, direction: "down" as const }, "▼ −38%"],
    [{ amount: "6", high: null, unit: "percent", qualifier: null, direction: "up" as const }, "▲ +6%"],
    [
      { amount: "1.5", high: null, unit: "percent", qualifier: "more_than", direction: "down" as const },
      "▼ more than −1.5%",
    ],
    [{ amount: "97", high: null, unit: "percent", qualifier: "almost", direction: null }, "almost 97%"],
  ])("%o -> %s", (figure, text) => expect(formatFigure(figure)).toBe(text));
});
