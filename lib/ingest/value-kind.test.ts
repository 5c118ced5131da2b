import { describe, expect, it } from "vitest";
import { findAmounts } from "@/lib/amounts/find";
import { readAmount } from "@/lib/ingest/value-kind";

/** Reads the amount written as `amount` in `sentence`. */
function read(sentence: string, amount: string, lang: "nl" | "en" = "nl") {
  const found = findAmounts(sentence, lang);
  const i = found.findIndex((a) => a.text === amount);
  expect(i, `${amount} in ${sentence}`).toBeGreaterThanOrEqual(0);
  return readAmount(sentence, found[i]!, found[i - 1] ?? null);
}

describe("value kind of a deal amount", () => {
  const cases: ReadonlyArray<readonly [string, string, "nl" | "en", string]> = [
    ["ASML investeert 1,3 miljard euro in Mistral.", "1,3 miljard euro", "nl", "firm"],
    ["Microsoft signed an agreement with Nebius worth $17.4 billion.", "$17.4 billion", "en", "firm"],
    ["Nvidia investeert tot 100 miljard dollar in OpenAI.", "100 miljard dollar", "nl", "up_to"],
    ["Het contract is maximaal $500 miljard waard.", "$500 miljard", "nl", "up_to"],
    ["Nebius signed a deal with Microsoft worth up to $19.4 billion.", "$19.4 billion", "en", "up_to"],
    ["De overeenkomst heeft een potentieel van honderd miljard dollar.", "honderd miljard dollar", "nl", "up_to"],
    ["De deal is naar schatting 8 miljard dollar waard.", "8 miljard dollar", "nl", "estimate"],
    ["Oracle sluit mogelijk een contract van 20 miljard dollar met Meta.", "20 miljard dollar", "nl", "estimate"],
    ["Het gaat om een potentiële deal van 5 miljard euro met Intel.", "5 miljard euro", "nl", "estimate"],
    ["SoftBank betaalt zo'n 6 miljard dollar voor de overname van Ampere.", "6 miljard dollar", "nl", "estimate"],
    ["Meta koopt naar verluidt chips voor 10 miljard dollar bij Google.", "10 miljard dollar", "nl", "estimate"],
    ["Oracle is in talks with Meta about a deal worth roughly $20 billion.", "$20 billion", "en", "estimate"],
    ["Meta reportedly agreed to buy $10 billion of chips from Google.", "$10 billion", "en", "estimate"],
    [
      "xAI fuseert met SpaceX; het gecombineerde bedrijf wordt gewaardeerd op 1250 miljard dollar.",
      "1250 miljard dollar",
      "nl",
      "valuation",
    ],
  ];
  it.each(cases)("%s", (sentence, amount, lang, kind) => {
    expect(read(sentence, amount, lang)).toEqual({ role: "deal", valueKind: kind });
  });
});

describe("amounts that are not deal values", () => {
  const figures: ReadonlyArray<readonly [string, string, "nl" | "en"]> = [
    ["Nvidia heeft een beurswaarde die richting de 4,5 biljoen dollar gaat.", "4,5 biljoen dollar", "nl"],
    ["Nebius closed with a market cap of just over $15 billion after the deal.", "$15 billion", "en"],
    ["Google Cloud generated revenue of $12 billion in the quarter.", "$12 billion", "en"],
    ["De omzet kwam na de deal uit op 1,36 miljard dollar.", "1,36 miljard dollar", "nl"],
    ["Hierdoor wordt het bedrijf gewaardeerd op ongeveer 11,7 miljard euro.", "11,7 miljard euro", "nl"],
    ["De investering waardeert Scale AI op ruim 29 miljard dollar.", "29 miljard dollar", "nl"],
    ["The round valued the startup at $183 billion.", "$183 billion", "en"],
    ["De contractverplichtingen waren gestegen tot 455 miljard dollar.", "455 miljard dollar", "nl"],
    ["Het bedrijf had 82,2 miljard dollar aan langlopende schulden.", "82,2 miljard dollar", "nl"],
    [
      "Bij ondertekening van het contract komt het eerste bedrag van tien miljard dollar beschikbaar.",
      "tien miljard dollar",
      "nl",
    ],
    ["OpenAI tekende een contract van 300 miljard dollar (256 miljard euro) met Oracle.", "256 miljard euro", "nl"],
    ["Google approached Wiz about a $23 billion takeover, but the startup walked away.", "$23 billion", "en"],
    [
      "Geruchten over een bod van 10 miljard dollar op Marvell zijn volgens SoftBank niet waar.",
      "10 miljard dollar",
      "nl",
    ],
    [
      "KeyBanc schat dat Oracle ongeveer 100 miljard dollar aan extra kapitaal nodig heeft.",
      "100 miljard dollar",
      "nl",
    ],
    ["Nvidia kreeg een belang van 160 miljoen aandelen bij de investering.", "160 miljoen aandelen", "nl"],
    ["Qualcomm dismissed a report that it had approached Intel about a deal worth $90 billion.", "$90 billion", "en"],
    ["The deal values Wiz at more than double the $12 billion valuation it received.", "$12 billion", "en"],
    ["De deal is fors minder dan de 16,7 miljard dollar die Intel voor Altera betaalde.", "16,7 miljard dollar", "nl"],
    ["De deal omvat 10 gigawatt aan capaciteit.", "10 gigawatt", "nl"],
    ["Het aandeel steeg 7 procent na de overname.", "7 procent", "nl"],
  ];
  it.each(figures)("%s", (sentence, amount, lang) => {
    expect(read(sentence, amount, lang).role).toBe("figure");
  });

  it("gives a negated amount no value at all", () => {
    expect(read("Nvidia investeert niet 100 miljard dollar in OpenAI, maar minder.", "100 miljard dollar")).toEqual({
      role: "none",
      reason: "negated",
    });
    expect(read("The deal is not worth $100 billion.", "$100 billion", "en").role).toBe("none");
  });
});
