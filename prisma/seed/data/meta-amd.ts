import type { DealSeed, EventSeed } from "../schema";

const article = "meta-buys-amd-ai-chips";

export const deals: DealSeed[] = [
  {
    slug: "meta-amd-instinct",
    title: "Meta to buy AMD Instinct AI chips, with a warrant for 160 million AMD shares",
    kind: "chip_purchase",
    status: "signed",
    announced: "2026-02-24",
    announcedBasis: "reported",
    term: { note: "Multi-year" },
    value: { amount: "100000000000", currency: "USD", kind: "estimate" },
    chips: ["Instinct", "MI300X"],
    summary:
      "Meta agreed to buy AMD Instinct AI accelerators over several years, with a total potential value estimated at $100 billion, plus a warrant for 160 million AMD shares whose value tracks AMD's share price. The deal diversifies Meta away from Nvidia and feeds Zuckerberg's 'personal superintelligence' push. Reported by The Information.",
    parties: [
      {
        company: "meta",
        role: "customer",
        evidence: [
          {
            key: "party-meta",
            article,
            claim: "party",
            label: "Meta buys the chips",
            quote: "Meta heeft een overeenkomst gesloten om voor miljarden dollars AI-chips van AMD in te kopen",
          },
        ],
      },
      {
        company: "amd",
        role: "supplier",
        evidence: [
          {
            key: "party-amd",
            article,
            claim: "party",
            label: "AMD supplies Instinct accelerators",
            quote: "Door zich te verbinden aan AMD's Instinct-accelerators, diversifieert Meta haar toeleveringsketen",
          },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Estimated total potential value",
        quote:
          "Meta heeft een overeenkomst gesloten om voor miljarden dollars AI-chips van AMD in te kopen, met een totale potentiële waarde van naar schatting 100 miljard dollar.",
        figure: {
          text: "naar schatting 100 miljard dollar",
          amount: "100000000000",
          unit: "USD",
          qualifier: "about",
          kind: "estimate",
        },
      },
      {
        key: "warrant",
        article,
        claim: "figure",
        label: "Warrant for AMD shares",
        quote: "De deal omvat een warrant voor 160 miljoen aandelen AMD",
        figure: { text: "160 miljoen aandelen", amount: "160000000", unit: "shares", kind: "share_count" },
      },
      {
        key: "warrant-link",
        article,
        claim: "statement",
        label: "Warrant value tied to AMD's share price",
        quote: "De waarde van de warrant is gekoppeld aan de prestaties van het AMD-aandeel",
      },
      {
        key: "term",
        article,
        claim: "term",
        label: "Multi-year term",
        quote: "De deal heeft een looptijd van meerdere jaren",
      },
      { key: "date", article, claim: "date", label: "Reported 24 Feb 2026", quote: "date: 2026-02-24T15:58:28.484Z" },
      {
        key: "chip-instinct",
        article,
        claim: "chip",
        label: "AMD Instinct accelerators",
        quote: "Door zich te verbinden aan AMD's Instinct-accelerators",
      },
      {
        key: "chip-mi300x",
        article,
        claim: "chip",
        label: "MI300X positioned against Nvidia's H100",
        quote: "dat zijn MI300X-chips positioneert als een directe concurrent voor Nvidia's H100.",
      },
    ],
  },
];

export const events: EventSeed[] = [
  {
    slug: "meta-capex-2024",
    title: "Meta's 2024 capital spending estimated at $35–40 billion",
    kind: "spending_plan",
    occurred: "2024",
    occurredBasis: "stated",
    companies: ["meta"],
    summary:
      "Meta's previously announced capital investments for 2024 alone are estimated at $35 to $40 billion; the AMD deal comes on top.",
    evidence: [
      {
        key: "capex",
        article,
        claim: "figure",
        label: "Estimated 2024 capital investment",
        quote:
          "De financiering ervan komt bovenop de eerder aangekondigde kapitaalinvesteringen van Meta, die voor 2024 alleen al op 35 tot 40 miljard dollar worden geschat.",
        figure: {
          text: "35 tot 40 miljard dollar",
          amount: "35000000000",
          high: "40000000000",
          unit: "USD",
          kind: "estimate",
          date: "2024",
        },
      },
    ],
  },
];
