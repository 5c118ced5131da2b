import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/ingest/extract";
import { Extraction, type KnownData } from "@/lib/ingest/types";

const none: KnownData = { companies: [], deals: [] };

function roles(text: string, lang: "nl" | "en" = "nl") {
  const result = extractArticle(text, { lang }, none);
  expect(result.deals, text).toHaveLength(1);
  return Object.fromEntries(result.deals[0]!.parties.map((p) => [p.name, p.role]));
}

describe("parties and roles from the verbs", () => {
  const cases: ReadonlyArray<readonly [string, "nl" | "en", Record<string, string>]> = [
    ["Meta koopt voor 10 miljard dollar aan chips van Google.", "nl", { Meta: "customer", Google: "supplier" }],
    ["AMD levert voor 5 miljard dollar aan chips aan OpenAI.", "nl", { AMD: "supplier", OpenAI: "customer" }],
    ["ASML investeert 1,3 miljard euro in Mistral.", "nl", { ASML: "investor", Mistral: "investee" }],
    [
      "SoftBank neemt Ampere Computing over voor 6,5 miljard dollar.",
      "nl",
      { SoftBank: "acquirer", "Ampere Computing": "acquired" },
    ],
    [
      "Synopsys fuseert met Ansys in een deal van 35 miljard dollar.",
      "nl",
      { Synopsys: "acquirer", Ansys: "acquired" },
    ],
    [
      "CoreWeave sluit een deal van 14 miljard dollar met Meta voor rekenkracht.",
      "nl",
      { CoreWeave: "customer", Meta: "supplier" },
    ],
    [
      "Oracle leent 38 miljard dollar van een groep banken onder leiding van JPMorgan.",
      "nl",
      { Oracle: "issuer", JPMorgan: "investor" },
    ],
    ["Oracle plaatste voor 18 miljard dollar aan obligaties.", "nl", { Oracle: "issuer" }],
    ["Microsoft buys $9.7 billion of capacity from IREN.", "en", { Microsoft: "customer", IREN: "supplier" }],
    [
      "Nebius supplies Microsoft with GPU capacity worth $17.4 billion.",
      "en",
      { Nebius: "supplier", Microsoft: "customer" },
    ],
    ["Nvidia invests $5 billion in Intel.", "en", { Nvidia: "investor", Intel: "investee" }],
    ["Google acquires Wiz for $32 billion.", "en", { Google: "acquirer", Wiz: "acquired" }],
    ["Wiz will be acquired by Google for $32 billion.", "en", { Wiz: "acquired", Google: "acquirer" }],
    ["Anthropic raised $13 billion in a round led by Iconiq.", "en", { Anthropic: "investee", Iconiq: "investor" }],
    [
      "OpenAI signs a deal with Broadcom worth $10 billion for custom chips.",
      "en",
      { OpenAI: "customer", Broadcom: "supplier" },
    ],
  ];
  it.each(cases)("%s", (text, lang, expected) => {
    expect(roles(text, lang)).toEqual(expected);
  });

  it("takes the parties from the sentences before when the amount's sentence names none", () => {
    const text =
      "Nvidia gaat samen met OpenAI datacenters bouwen. Het bedrijf ontvangt een belang in OpenAI.\n\n" +
      "De overeenkomst heeft een potentieel van honderd miljard dollar.";
    const { deals } = extractArticle(text, { lang: "nl" }, none);
    expect(deals.map((d) => [d.title, d.amount, d.valueKind])).toEqual([
      ["Nvidia invests in OpenAI", "100000000000", "up_to"],
    ]);
  });

  it("resolves 'het bedrijf' to the company named just before", () => {
    const text =
      "De investering waardeert Scale AI op 29 miljard dollar. Vorig jaar haalde het bedrijf 1 miljard dollar op bij Amazon.";
    const { deals } = extractArticle(text, { lang: "nl", published: "2025-06-13" }, none);
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({
      amount: "1000000000",
      announcedOn: "2024",
      parties: [
        { name: "Scale AI", role: "investee" },
        { name: "Amazon", role: "investor" },
      ],
    });
  });
});

describe("deals without a value", () => {
  it("proposes agreements between named companies with a null amount", () => {
    const text =
      "Microsoft has also turned to CoreWeave for additional AI computing power, and OpenAI has signed a direct " +
      "agreement with CoreWeave that's worth billions of dollars. OpenAI's latest computing supplier is Google.";
    const { deals } = extractArticle(text, { lang: "en" }, none);
    expect(deals.map((d) => [d.title, d.amount, d.currency, d.valueKind])).toEqual([
      ["Microsoft buys from CoreWeave", null, null, null],
      ["OpenAI buys from CoreWeave", null, null, null],
      ["OpenAI buys from Google", null, null, null],
    ]);
  });

  it("leaves out agreements that did not happen and companies merely named together", () => {
    const text = "OpenAI heeft geen contract met Oracle gesloten. Nvidia en AMD zijn concurrenten.";
    expect(extractArticle(text, { lang: "nl" }, none).deals).toEqual([]);
  });
});

describe("extractArticle", () => {
  const text =
    "ASML investeert 1,3 miljard euro in de Franse start-up Mistral. De chipmachinefabrikant maakte de deal dinsdag bekend, meldt Reuters.\n" +
    "ASML krijgt een belang van ongeveer 11 procent. Mistral wordt gewaardeerd op 11,7 miljard euro.";
  const known: KnownData = {
    companies: [{ slug: "asml", name: "ASML Holding", aliases: ["ASML"] }],
    deals: [{ slug: "asml-mistral-2025", partySlugs: ["asml"], amount: "1300000000", currency: "EUR" }],
  };

  it("returns the contract's shape, with every quote at its offsets", () => {
    const result = extractArticle(text, { lang: "nl", published: "2025-09-09" }, known);
    expect(Extraction.parse(result)).toEqual(result);
    for (const q of [...result.deals.flatMap((d) => d.evidence), ...result.figures]) {
      expect(text.slice(q.start, q.end)).toBe(q.quote);
    }
  });

  it("reads deal, figures and companies", () => {
    const result = extractArticle(text, { lang: "nl", published: "2025-09-09" }, known);
    expect(result.deals).toEqual([
      {
        title: "ASML Holding invests in Mistral",
        parties: [
          { name: "ASML Holding", slug: "asml", role: "investor" },
          { name: "Mistral", slug: null, role: "investee" },
        ],
        amount: "1300000000",
        currency: "EUR",
        valueKind: "firm",
        announcedOn: "2025-09-09",
        matches: null,
        evidence: [{ quote: "ASML investeert 1,3 miljard euro in de Franse start-up Mistral.", start: 0, end: 63 }],
      },
    ]);
    expect(result.figures.map((f) => [f.amount, f.unit])).toEqual([
      ["11", "percent"],
      ["11700000000", "EUR"],
    ]);
    expect(result.companies).toEqual([
      { name: "ASML Holding", slug: "asml" },
      { name: "Mistral", slug: null },
    ]);
  });

  it("marks a candidate that repeats a known deal", () => {
    const repeat = "ASML investeert 1,3 miljard euro in chips.";
    const { deals } = extractArticle(repeat, { lang: "nl" }, known);
    expect(deals[0]?.matches).toBe("asml-mistral-2025");
  });

  it("returns empty lists for a text without deals", () => {
    expect(extractArticle("Het regent in Veldhoven.", { lang: "nl" }, none)).toEqual({
      deals: [],
      figures: [],
      companies: [],
    });
  });
});
