import { describe, expect, it } from "vitest";
import { findAmounts, type FoundAmount } from "@/lib/amounts/find";

type Expect = Partial<FoundAmount>;

function one(text: string, lang: "nl" | "en" = "nl"): FoundAmount {
  const found = findAmounts(text, lang);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

describe("findAmounts: the forms real articles use", () => {
  const cases: ReadonlyArray<readonly [string, "nl" | "en", string, Expect]> = [
    ["Het gaat om 16,5 miljard dollar.", "nl", "16,5 miljard dollar", { value: "16500000000", unit: "USD" }],
    ["een investering van $500 miljard", "nl", "$500 miljard", { value: "500000000000", unit: "USD" }],
    ["ASML investeert 1,3 miljard euro in Mistral.", "nl", "1,3 miljard euro", { value: "1300000000", unit: "EUR" }],
    ["ASML invests €1.3 billion in Mistral.", "en", "€1.3 billion", { value: "1300000000", unit: "EUR" }],
    ["a deal worth $19.4 billion", "en", "$19.4 billion", { value: "19400000000", unit: "USD" }],
    [
      "De bouw kost 100 mld. euro per jaar.",
      "nl",
      "100 mld. euro",
      { value: "100000000000", unit: "EUR", perYear: true },
    ],
    ["honderd miljard dollar", "nl", "honderd miljard dollar", { value: "100000000000", unit: "USD" }],
    ["tien miljard dollar", "nl", "tien miljard dollar", { value: "10000000000", unit: "USD" }],
    ["two billion dollars", "en", "two billion dollars", { value: "2000000000", unit: "USD" }],
    ["raised $500m from investors", "en", "$500m", { value: "500000000", unit: "USD" }],
    ["a $2bn loan", "en", "$2bn", { value: "2000000000", unit: "USD" }],
    ["1,2 miljard Amerikaanse dollar", "nl", "1,2 miljard Amerikaanse dollar", { value: "1200000000", unit: "USD" }],
    ["$1,250 million", "en", "$1,250 million", { value: "1250000000", unit: "USD" }],
    ["160 miljoen aandelen", "nl", "160 miljoen aandelen", { value: "160000000", unit: "shares" }],
    ["10 million shares", "en", "10 million shares", { value: "10000000", unit: "shares" }],
    [
      "minstens tien gigawatt aan rekenkracht",
      "nl",
      "tien gigawatt",
      { value: "10", unit: "GW", qualifier: "at_least" },
    ],
    ["4,5 GW", "nl", "4,5 GW", { value: "4.5", unit: "GW" }],
    ["soared more than 60% in trading", "en", "60%", { value: "60", unit: "percent", qualifier: "more_than" }],
    ["ongeveer 11 procent", "nl", "11 procent", { value: "11", unit: "percent", qualifier: "about" }],
    ["£400 million", "en", "£400 million", { value: "400000000", unit: "GBP" }],
  ];
  it.each(cases)("%s", (text, lang, span, expected) => {
    const found = one(text, lang);
    expect(found.text).toBe(span);
    expect(text.slice(found.start, found.end)).toBe(span);
    expect(found).toMatchObject(expected);
  });
});

describe("findAmounts: qualifiers before the amount", () => {
  const cases: ReadonlyArray<readonly [string, "nl" | "en", string, string]> = [
    ["tot 100 miljard dollar", "nl", "up_to", "tot"],
    ["maximaal $500 miljard", "nl", "up_to", "maximaal"],
    ["worth up to $19.4 billion", "en", "up_to", "up to"],
    ["ruim 5 miljard euro", "nl", "more_than", "ruim"],
    ["meer dan 2 miljard dollar", "nl", "more_than", "meer dan"],
    ["zo'n 20 miljard dollar", "nl", "about", "zo'n"],
    ["zo’n 20 miljard dollar", "nl", "about", "zo’n"],
    ["naar schatting 8 miljard dollar", "nl", "about", "naar schatting"],
    ["roughly $20 billion", "en", "about", "roughly"],
    ["just over $15 billion", "en", "more_than", "just over"],
    ["bijna 2 miljard euro", "nl", "almost", "bijna"],
  ];
  it.each(cases)("%s", (text, lang, qualifier, written) => {
    const found = one(text, lang);
    expect(found.qualifier).toBe(qualifier);
    expect(found.qualifierText).toBe(written);
    expect(text.slice(found.qualifierStart!, found.qualifierStart! + written.length)).toBe(written);
  });
});

describe("findAmounts: what is not an amount", () => {
  it.each([
    "In 2025 opende het bedrijf 12 vestigingen.",
    "Founded in 1989, the company has 400 employees.",
    "Het bedrijf heeft een miljard gebruikers.",
    "een deal van tientallen miljarden dollars",
    "worth billions of dollars",
    "tien bedrijven en twee banken",
  ])("%s", (text) => {
    expect(findAmounts(text, /[a-z]+ (?:the|of|has)\b/.test(text) ? "en" : "nl")).toEqual([]);
  });
});

describe("findAmounts: ranges and carried currency", () => {
  it("reads a range with its upper end", () => {
    const found = one("35 tot 40 miljard dollar");
    expect(found).toMatchObject({ value: "35000000000", high: "40000000000", unit: "USD", qualifier: null });
  });

  it("carries the currency to a scaled amount without one", () => {
    const found = findAmounts("8,5 miljard dollar aan kapitaalprojecten, tegenover 2,3 miljard een jaar eerder", "nl");
    expect(found.map((a) => [a.value, a.unit, a.unitInherited])).toEqual([
      ["8500000000", "USD", false],
      ["2300000000", "USD", true],
    ]);
  });

  it("takes the carried currency from earlier text", () => {
    const [found] = findAmounts("Een jaar eerder was dat 2,3 miljard.", "nl", { carryCurrency: "EUR" });
    expect(found).toMatchObject({ value: "2300000000", unit: "EUR", unitInherited: true });
  });

  it("finds every amount in a sentence, in order, with exact offsets", () => {
    const text = "een contract van 300 miljard dollar (256 miljard euro) met een capaciteit van 4,5 gigawatt";
    const found = findAmounts(text, "nl");
    expect(found.map((a) => text.slice(a.start, a.end))).toEqual([
      "300 miljard dollar",
      "256 miljard euro",
      "4,5 gigawatt",
    ]);
  });
});
