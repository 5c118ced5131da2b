import { describe, expect, it } from "vitest";
import { parseUsdFilter } from "./usd-filter";

describe("parseUsdFilter", () => {
  it.each([
    ["1000000000", "1000000000"],
    ["114.29", "114.29"],
    ["0.01", "0.01"],
    ["1B", "1000000000"],
    ["1b", "1000000000"],
    ["500M", "500000000"],
    ["500 mln", "500000000"],
    ["1,5 mld", "1500000000"],
    ["16,5 miljard", "16500000000"],
    ["2.5bn", "2500000000"],
    ["$1T", "1000000000000"],
    ["$ 1.25 trillion", "1250000000000"],
    ["3 biljoen", "3000000000000"],
    ["12K", "12000"],
    ["US$2bn", "2000000000"],
    ["1,000,000", "1000000"],
    ["1.000.000", "1000000"],
    ["1,234,567.89", "1234567.89"],
    ["1.234.567,89", "1234567.89"],
    ["  7 billion dollars ", "7000000000"],
    ["0.000001T", "1000000"],
    ["1.2345K", "1234.5"],
    ["0,005K", "5"],
    ["999999999999999", "999999999999999"],
  ])("%s is $%s", (input, usd) => {
    expect(parseUsdFilter(input)).toEqual({ ok: true, usd });
  });

  it.each([
    ["", /expected US dollars/],
    ["-5", /expected US dollars/],
    ["1e9", /expected US dollars/],
    ["1 zillion", /unknown scale "zillion"/],
    ["abc", /expected US dollars/],
    ["1,500", /ambiguous/],
    ["1.500", /ambiguous/],
    ["1,00,000", /thousands/],
    ["1.5.5,5", /expected US dollars|thousands/],
    ["0.001", /cent/],
    ["1.234567K", /cent/],
    ["1000T", /larger/],
    ["1e3.5", /expected US dollars|unknown/],
    ["NaN", /expected US dollars/],
    ["Infinity", /expected US dollars/],
  ])("refuses %j", (input, reason) => {
    const result = parseUsdFilter(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
