import { describe, expect, it } from "vitest";
import { formatDealValue, formatMoneyCompact, formatMoneyExact, formatPartialDate, minorToDecimal } from "./format";

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
  ] as const)("formatDealValue(%s, %s) = %s", (minor, kind, text) => expect(formatDealValue(minor, "USD", kind)).toBe(text));

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
});
