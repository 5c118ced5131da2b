import { describe, expect, it } from "vitest";
import { findAmountText, parseEnglishAmount } from "./amount-text";

describe("findAmountText", () => {
  it.each([
    ["Samsung krijgt een order van 16,5 miljard dollar van Tesla.", "16500000000", "USD", "16,5 miljard dollar", null],
    ["Het gaat om maximaal $500 miljard, zegt Nvidia.", "500000000000", "USD", "maximaal $500 miljard", "up_to"],
    ["Microsoft koopt voor 2,5 miljard dollar chips.", "2500000000", "USD", "2,5 miljard dollar", null],
    ["De fabriek kost 1,3 miljard euro.", "1300000000", "EUR", "1,3 miljard euro", null],
  ])("finds the amount in %s", (quote, amount, currency, text, qualifier) => {
    expect(findAmountText(quote, amount, currency, "nl")).toMatchObject({ text, qualifier });
  });

  it("finds English amounts", () => {
    expect(findAmountText("Meta will pay up to $19.4 billion.", "19400000000", "USD", "en")).toMatchObject({
      text: "up to $19.4 billion",
      qualifier: "up_to",
    });
  });

  it("finds nothing when the quote states another amount or currency", () => {
    expect(findAmountText("Het kost 1,3 miljard euro.", "1400000000", "EUR", "nl")).toBeNull();
    expect(findAmountText("Het kost 1,3 miljard euro.", "1300000000", "USD", "nl")).toBeNull();
  });
});

describe("parseEnglishAmount", () => {
  it.each([
    ["$19.4 billion", "19400000000", "USD", null],
    ["€1.3 billion", "1300000000", "EUR", null],
    ["up to $500 billion", "500000000000", "USD", "up_to"],
  ])("reads %s", (text, value, unit, qualifier) => {
    expect(parseEnglishAmount(text)).toEqual({ ok: true, amount: { value, high: null, unit, qualifier } });
  });

  it("refuses text that is not one amount", () => {
    expect(parseEnglishAmount("$1 billion and $2 billion").ok).toBe(false);
  });
});
