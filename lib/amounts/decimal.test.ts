import { describe, expect, it } from "vitest";
import { decimalToMinorUnits, minorUnitsToDecimal } from "./decimal";

describe("decimal <-> minor units", () => {
  it.each([
    [1_650_000_000_000n, "16500000000"],
    [11_429n, "114.29"],
    [11_420n, "114.2"],
    [5n, "0.05"],
    [0n, "0"],
  ])("minorUnitsToDecimal(%s) = %s", (minor, text) => expect(minorUnitsToDecimal(minor)).toBe(text));

  it.each(["16500000000", "114.29", "114.2", "0.05", "0", "1250000000000"])(
    "decimalToMinorUnits inverts minorUnitsToDecimal for %s",
    (text) => {
      expect(minorUnitsToDecimal(decimalToMinorUnits(text))).toBe(text);
    },
  );

  it("rejects text that is not a decimal", () => {
    expect(() => decimalToMinorUnits("1e9")).toThrow(/not a plain decimal/);
    expect(() => decimalToMinorUnits("16,5")).toThrow(/not a plain decimal/);
  });

  it("refuses to drop a fraction of a cent", () => {
    expect(() => decimalToMinorUnits("1.255")).toThrow(/more than the scale/);
  });
});
