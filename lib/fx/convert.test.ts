import { describe, expect, it } from "vitest";
import { usdMinorAt } from "./convert";

describe("usdMinorAt", () => {
  it.each([
    ["79200000000", "1.1970", 9_480_240_000_000n],
    ["3640000000", "1.1970", 435_708_000_000n],
    ["114.29", "1.0411", 11_899n],
    ["0.005", "1", 1n],
    ["0.004", "1", 0n],
  ])("%s at %s is %s cents", (amount, rate, cents) => expect(usdMinorAt(amount, rate)).toBe(cents));

  it("rejects a non-decimal", () => expect(() => usdMinorAt("1,5", "1.1")).toThrow(/exact decimal/));
});
