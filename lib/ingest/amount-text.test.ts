import { describe, expect, it } from "vitest";
import { parseDutchAmount } from "@/lib/amounts/parse";
import { findAmountText, parseEnglishAmount } from "./amount-text";

describe("findAmountText", () => {
  it.each([
    ["Samsung krijgt een order van 16,5 miljard dollar van Tesla.", "16500000000", "USD", "16,5 miljard dollar", null],
    ["Het gaat om maximaal $500 miljard, zegt Nvidia.", "500000000000", "USD", "maximaal $500 miljard", "up_to"],
    ["Microsoft koopt voor 2,5 miljard dollar chips.", "2500000000", "USD", "2,5 miljard dollar", null],
    ["De fabriek kost 1,3 miljard euro.", "1300000000", "EUR", "1,3 miljard euro", null],
  ])("finds the amount in %s", (quote, amount, currency, text, qualifier) => {
    expect(findAmountText(quote, amount, currency, parseDutchAmount)).toMatchObject({ text, qualifier });
  });

  it("finds nothing when the quote states another amount or currency", () => {
    expect(findAmountText("Het kost 1,3 miljard euro.", "1400000000", "EUR", parseDutchAmount)).toBeNull();
    expect(findAmountText("Het kost 1,3 miljard euro.", "1300000000", "USD", parseDutchAmount)).toBeNull();
  });

  it("marks an amount without a unit as implied", () => {
    expect(findAmountText("Daarna volgt nog 2 miljard.", "2000000000", "USD", parseDutchAmount)).toMatchObject({
      text: "2 miljard",
      unitImplied: true,
    });
  });
});

describe("parseEnglishAmount", () => {
  it.each([
    ["$19.4 billion", "19400000000", "USD", null],
    ["€1.3 billion", "1300000000", "EUR", null],
    ["up to $500 billion", "500000000000", "USD", "up_to"],
    ["$1,250 million", "1250000000", "USD", null],
  ])("reads %s", (text, value, unit, qualifier) => {
    expect(parseEnglishAmount(text)).toEqual({ ok: true, amount: { value, high: null, unit, qualifier } });
  });
});
