import { describe, expect, it } from "vitest";
import {
  decimalToMinor,
  formatAmountExact,
  formatDateText,
  formatDealValue,
  formatFigure,
  formatMoneyCompact,
  formatMoneyExact,
  formatPartialDate,
  formatUsdCompact,
  formatValue,
  formatValueShort,
  minorToDecimal,
} from "./format";

describe("format", () => {
  it.each([
    [1_650_000_000_000n, "16500000000"],
    [11_429n, "114.29"],
    [11_420n, "114.2"],
    [5n, "0.05"],
    [0n, "0"],
  ])("minorToDecimal(%s) = %s", (minor, text) => expect(minorToDecimal(minor)).toBe(text));

  it.each([
    [1_650_000_000_000n, "firm", "$16.5B"],
    [50_000_000_000_000n, "up_to", "up to $500B"],
    [10_000_000_000_000n, "estimate", "≈ $100B"],
    [125_000_000_000_000n, "valuation", "valued at $1.25T"],
  ] as const)("formatDealValue(%s, %s) = %s", (minor, kind, text) =>
    expect(formatDealValue(minor, "USD", kind)).toBe(text),
  );

  it("formats euros and exact amounts", () => {
    expect(formatMoneyCompact(1_430_000_000_000n, "EUR")).toBe("€14.3B");
    expect(formatMoneyExact(11_429n, "USD")).toBe("$114.29");
    expect(formatMoneyExact(1_650_000_000_000n, "USD")).toBe("$16,500,000,000");
  });

  it("formats a date at its precision without inventing a day", () => {
    expect(formatPartialDate(new Date("2025-07-01T00:00:00Z"), "month")).toBe("Jul 2025");
    expect(formatPartialDate(new Date("2026-01-28T00:00:00Z"), "day")).toBe("28 Jan 2026");
    expect(formatPartialDate(new Date("2026-04-01T00:00:00Z"), "quarter")).toBe("Q2 2026");
    expect(formatPartialDate(new Date("2025-01-01T00:00:00Z"), "year")).toBe("2025");
  });

  it.each(["16500000000", "114.29", "114.2", "0.05", "0", "1250000000000"])(
    "decimalToMinor inverts minorToDecimal for %s",
    (text) => {
      expect(minorToDecimal(decimalToMinor(text))).toBe(text);
    },
  );

  it("rejects text that is not a decimal", () => {
    expect(() => decimalToMinor("1e9")).toThrow(/not a decimal/);
    expect(() => decimalToMinor("16,5")).toThrow(/not a decimal/);
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
