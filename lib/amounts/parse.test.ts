import { describe, it, expect } from "vitest";
import { parseDutchAmount, toMinorUnits, type ParsedAmount } from "@/lib/amounts/parse";

function amount(
  value: string,
  unit: ParsedAmount["unit"] = null,
  qualifier: ParsedAmount["qualifier"] = null,
  high: string | null = null,
): ParsedAmount {
  return { value, high, unit, qualifier };
}

const accepted: ReadonlyArray<readonly [string, ParsedAmount]> = [
  // decimal comma and thousands dot
  ["16,5", amount("16.5")],
  ["1.250", amount("1250")],
  ["3.000", amount("3000")],
  ["9.000", amount("9000")],
  ["1.250.000", amount("1250000")],
  ["114,29", amount("114.29")],
  ["1.250.000,75", amount("1250000.75")],
  ["2,50", amount("2.5")],
  ["0,0", amount("0")],
  // scale words, biljoen vs miljard
  ["2 miljard", amount("2000000000")],
  ["230 miljard", amount("230000000000")],
  ["1250 miljard dollar", amount("1250000000000", "USD")],
  ["1,25 biljoen", amount("1250000000000")],
  ["1 biljoen euro", amount("1000000000000", "EUR")],
  ["1 miljard euro", amount("1000000000", "EUR")],
  ["500 duizend", amount("500000")],
  ["5 mln euro", amount("5000000", "EUR")],
  ["€ 14,3 mln.", amount("14300000", "EUR")],
  ["3,2 mrd dollar", amount("3200000000", "USD")],
  ["7 mld euro", amount("7000000000", "EUR")],
  ["duizend miljard", amount("1000000000000")],
  // currencies before or after
  ["$500 miljard", amount("500000000000", "USD")],
  ["$114,29", amount("114.29", "USD")],
  ["US$114,29", amount("114.29", "USD")],
  ["$ 2,5 miljard", amount("2500000000", "USD")],
  ["16,5 miljard dollar", amount("16500000000", "USD")],
  ["500 miljard dollars", amount("500000000000", "USD")],
  ["14,3 miljard euro", amount("14300000000", "EUR")],
  ["€14,3 miljard", amount("14300000000", "EUR")],
  ["20 miljoen euros", amount("20000000", "EUR")],
  ["1,2 miljard Amerikaanse dollar", amount("1200000000", "USD")],
  ["500 €", amount("500", "EUR")],
  // percentages
  ["3%", amount("3", "percent")],
  ["1,5%", amount("1.5", "percent")],
  ["3 %", amount("3", "percent")],
  ["20 procent", amount("20", "percent")],
  ["2 procent", amount("2", "percent")],
  ["zes procent", amount("6", "percent")],
  ["zeven procent", amount("7", "percent")],
  ["ruim zeven procent", amount("7", "percent", "more_than")],
  ["bijna 97 procent", amount("97", "percent", "almost")],
  ["een half procent", amount("0.5", "percent")],
  // shares and physical units
  ["160 miljoen aandelen", amount("160000000", "shares")],
  ["100 kW", amount("100", "kW")],
  ["100kW", amount("100", "kW")],
  ["250 kilowatt", amount("250", "kW")],
  ["100 gigawatt", amount("100", "GW")],
  ["1 gigawatt", amount("1", "GW")],
  ["5 GW", amount("5", "GW")],
  ["300 megawatt", amount("300", "MW")],
  ["300 MW", amount("300", "MW")],
  ["200 ton", amount("200", "t")],
  ["1 miljoen ton", amount("1000000", "t")],
  ["3.000 ton", amount("3000", "t")],
  // durations
  ["acht jaar", amount("8", "years")],
  ["vier jaar", amount("4", "years")],
  ["1 maand", amount("1", "months")],
  ["anderhalf jaar", amount("1.5", "years")],
  ["tweeënhalf jaar", amount("2.5", "years")],
  // number words
  ["veertig miljard dollar", amount("40000000000", "USD")],
  ["één miljard euro", amount("1000000000", "EUR")],
  ["een miljard", amount("1000000000")],
  ["elf procent", amount("11", "percent")],
  ["eenentwintig procent", amount("21", "percent")],
  ["tweeëntwintig procent", amount("22", "percent")],
  ["negenennegentig", amount("99")],
  ["tachtig", amount("80")],
  ["honderd ton", amount("100", "t")],
  ["tweehonderd miljoen dollar", amount("200000000", "USD")],
  ["duizend ton", amount("1000", "t")],
  ["drieduizendvijfhonderd", amount("3500")],
  ["vijftienhonderd", amount("1500")],
  ["anderhalf miljard euro", amount("1500000000", "EUR")],
  ["twee honderd duizend", amount("200000")],
  // ranges
  ["35 tot 40 miljard dollar", amount("35000000000", "USD", null, "40000000000")],
  ["12 tot 15 maanden", amount("12", "months", null, "15")],
  ["2 tot 3 jaar", amount("2", "years", null, "3")],
  ["twee tot drie jaar", amount("2", "years", null, "3")],
  ["12-15 maanden", amount("12", "months", null, "15")],
  ["5 – 10 procent", amount("5", "percent", null, "10")],
  ["$35 tot $40 miljard", amount("35000000000", "USD", null, "40000000000")],
  ["500 miljoen tot 1 miljard euro", amount("500000000", "EUR", null, "1000000000")],
  ["tussen 2 en 3 procent", amount("2", "percent", null, "3")],
  ["van 35 tot 40 miljard dollar", amount("35000000000", "USD", null, "40000000000")],
  ["ongeveer 35 tot 40 miljard", amount("35000000000", null, "about", "40000000000")],
  // qualifiers
  ["maximaal $500 miljard", amount("500000000000", "USD", "up_to")],
  ["tot $500 miljard", amount("500000000000", "USD", "up_to")],
  ["tot wel 500 miljoen euro", amount("500000000", "EUR", "up_to")],
  ["voor maximaal $500 miljard", amount("500000000000", "USD", "up_to")],
  ["ruim 5 miljard", amount("5000000000", null, "more_than")],
  ["meer dan 1.000 aandelen", amount("1000", "shares", "more_than")],
  ["ruim boven 5 procent", amount("5", "percent", "more_than")],
  ["bijna 2 miljard euro", amount("2000000000", "EUR", "almost")],
  ["ongeveer 300 ton", amount("300", "t", "about")],
  ["circa 12 maanden", amount("12", "months", "about")],
  ["ca. 5 mld", amount("5000000000", null, "about")],
  ["rond 4 procent", amount("4", "percent", "about")],
  ["rond de 4 procent", amount("4", "percent", "about")],
  ["zo'n 20 procent", amount("20", "percent", "about")],
  ["zo’n 20 procent", amount("20", "percent", "about")],
  ["naar schatting 8 miljard dollar", amount("8000000000", "USD", "about")],
  ["minder dan 1 procent", amount("1", "percent", "less_than")],
  ["minstens 3 jaar", amount("3", "years", "at_least")],
  ["ten minste 3 jaar", amount("3", "years", "at_least")],
  ["maar liefst 40 procent", amount("40", "percent", "as_much_as")],
  ["met maar liefst 40 procent", amount("40", "percent", "as_much_as")],
  // case, whitespace, copied punctuation
  ["  16,5 MILJARD Dollar  ", amount("16500000000", "USD")],
  ["16,5\u00a0miljard\u00a0dollar", amount("16500000000", "USD")],
  ["Ruim Zeven Procent.", amount("7", "percent", "more_than")],
];

const rejected: readonly string[] = [
  "",
  "   ",
  "Tesla",
  "miljard",
  "maximaal",
  "16,5,5 miljard",
  "1.2.3",
  "1.250,5.3",
  "1.5",
  "1.5%",
  "12.34",
  "0.500",
  "abc 5",
  "5 bananen",
  "-5",
  "−5 procent",
  "0x10",
  "7,2 tot 4,6 procent",
  "5 tot 5 procent",
  "van $163 naar $150",
  "5 miljard miljoen",
  "5 bln",
  "2 billion dollar",
  "$5 procent",
  "€5 miljard dollar",
  "5 en 6 procent",
  "5 6",
  "5 tot",
  "tussen 5 miljard",
  "5,",
  "😀",
  "5 miljard 😀",
  "\uD800",
  "5 procentpunt",
  "16,5 miljard dollar extra",
  "x".repeat(10_000),
];

describe("parseDutchAmount", () => {
  it.each(accepted)("parses %j", (input, expected) => {
    expect(parseDutchAmount(input)).toEqual({ ok: true, amount: expected });
  });

  const rejectedCases = rejected.map((input) => {
    const label = input.length > 40 ? `${input.slice(0, 20)}… (${input.length} characters)` : input;
    return [label, input] as const;
  });

  it.each(rejectedCases)("rejects %j", (_label, input) => {
    const result = parseDutchAmount(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.length).toBeGreaterThan(0);
    const trimmed = input.trim();
    const mentionsInput = trimmed.length > 0 && result.reason.includes(trimmed.slice(0, 20));
    const namesProblem =
      /no number|ambiguous|malformed|unknown|negative|not a range|not one amount|empty|too long|unexpected|conflicting|more than one|expected a number|scale word|must be followed/.test(
        result.reason,
      );
    expect(mentionsInput || namesProblem).toBe(true);
  });

  it("gives readable reasons for typical mistakes", () => {
    expect(parseDutchAmount("Tesla")).toEqual({ ok: false, reason: 'no number found in "Tesla"' });
    expect(parseDutchAmount("5 bananen")).toEqual({ ok: false, reason: 'unknown unit "bananen" in "5 bananen"' });
    const ambiguous = parseDutchAmount("1.250,5.3");
    expect(ambiguous.ok === false && ambiguous.reason.startsWith('ambiguous separators in "1.250,5.3"')).toBe(true);
  });

  it("keeps small decimals exact", () => {
    expect(parseDutchAmount("0,1")).toEqual({ ok: true, amount: amount("0.1") });
    expect(parseDutchAmount("0,2")).toEqual({ ok: true, amount: amount("0.2") });
    expect(parseDutchAmount("0,3 procent")).toEqual({ ok: true, amount: amount("0.3", "percent") });
  });

  it("keeps very large amounts exact", () => {
    expect(parseDutchAmount("9.999.999.999.999.999,99 biljoen")).toEqual({
      ok: true,
      amount: amount("9999999999999999990000000000"),
    });
  });

  it("never throws on random input", () => {
    // Fixed-seed LCG so a failure reproduces.
    let state = 12345;
    const next = (): number => {
      state = (state * 1664525 + 1013904223) % 4294967296;
      return state / 4294967296;
    };
    const alphabet = [..."0123456789.,.,$€%-– abcdeéëlmnoprtuvwz'’", "\uD800", "\uDFFF", "😀", "\u0000", "\n"];
    const words = [
      "miljard",
      "biljoen",
      "tot",
      "procent",
      "ruim",
      "een",
      "half",
      "dollar",
      "naar",
      "en",
      "tussen",
      "van",
    ];
    for (let i = 0; i < 500; i += 1) {
      let input = "";
      const length = Math.floor(next() * 30);
      for (let j = 0; j < length; j += 1) {
        input +=
          next() < 0.2
            ? ` ${words[Math.floor(next() * words.length)]} `
            : alphabet[Math.floor(next() * alphabet.length)];
      }
      expect(() => parseDutchAmount(input)).not.toThrow();
      const result = parseDutchAmount(input);
      if (result.ok) {
        expect(result.amount.value).toMatch(/^\d+(\.\d*[1-9])?$/);
      } else {
        expect(result.reason.length).toBeGreaterThan(0);
      }
    }
    expect(() => parseDutchAmount(undefined as unknown as string)).not.toThrow();
  });
});

describe("toMinorUnits", () => {
  it.each([
    ["16500000000", 2, 1650000000000n],
    ["114.29", 2, 11429n],
    ["0.1", 2, 10n],
    ["0", 2, 0n],
    ["7", 0, 7n],
    ["1.5", 3, 1500n],
  ] as const)("converts %s at scale %i", (value, scale, expected) => {
    expect(toMinorUnits(value, scale)).toBe(expected);
  });

  it("throws when the value has more decimals than the scale", () => {
    expect(() => toMinorUnits("1.255", 2)).toThrow();
    expect(() => toMinorUnits("0.1", 0)).toThrow();
  });

  it("throws on strings that are not plain decimals", () => {
    for (const bad of ["", "1e5", "1,5", "+1", " 1", "1.", ".5", "abc"]) {
      expect(() => toMinorUnits(bad, 2)).toThrow();
    }
    expect(() => toMinorUnits("1", -1)).toThrow();
    expect(() => toMinorUnits("1", 1.5)).toThrow();
  });

  it("round-trips parser output", () => {
    const result = parseDutchAmount("$114,29");
    expect(result.ok && toMinorUnits(result.amount.value, 2)).toBe(11429n);
  });
});
