import { describe, expect, it } from "vitest";
import { formatRate, formatUsdEquivalent } from "./format";

describe("formatUsdEquivalent", () => {
  const rate = {
    currency: "EUR",
    date: "2026-01-29",
    usdPerUnit: "1.1970",
    source: "ECB euro foreign exchange reference rate",
    sourceUrl: "https://www.ecb.europa.eu/",
    note: null,
  };
  it("names the amount, the rate's source and its day", () => {
    expect(formatUsdEquivalent("94802400000", rate)).toBe(
      "≈ $94.8B at the ECB euro foreign exchange reference rate of 29 Jan 2026",
    );
    expect(formatRate(rate)).toBe("1 EUR = 1.1970 USD");
  });
});
