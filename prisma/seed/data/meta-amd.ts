import type { DealSeed, EventSeed } from "../schema";

const article = "meta-buys-amd-ai-chips";

// Each quote with its English gloss, cited by the records below.
const q = {
  agreement: {
    quote: "Meta heeft een overeenkomst gesloten om voor miljarden dollars AI-chips van AMD in te kopen",
    gloss: "Meta has concluded an agreement to buy billions of dollars' worth of AI chips from AMD",
  },
  value: {
    quote:
      "Meta heeft een overeenkomst gesloten om voor miljarden dollars AI-chips van AMD in te kopen, met een totale potentiële waarde van naar schatting 100 miljard dollar.",
    gloss:
      "Meta has concluded an agreement to buy billions of dollars' worth of AI chips from AMD, with a total potential value estimated at 100 billion dollars.",
  },
  warrant: {
    quote: "De deal omvat een warrant voor 160 miljoen aandelen AMD",
    gloss: "The deal includes a warrant for 160 million AMD shares",
  },
  instinct: {
    quote: "Door zich te verbinden aan AMD's Instinct-accelerators, diversifieert Meta haar toeleveringsketen",
    gloss: "By committing to AMD's Instinct accelerators, Meta diversifies its supply chain",
  },
  instinctShort: {
    quote: "Door zich te verbinden aan AMD's Instinct-accelerators",
    gloss: "By committing to AMD's Instinct accelerators",
  },
  mi300x: {
    quote: "dat zijn MI300X-chips positioneert als een directe concurrent voor Nvidia's H100.",
    gloss: "which positions its MI300X chips as a direct competitor to Nvidia's H100.",
  },
  warrantLink: {
    quote: "De waarde van de warrant is gekoppeld aan de prestaties van het AMD-aandeel",
    gloss: "The value of the warrant is tied to the performance of AMD's stock",
  },
  term: {
    quote: "De deal heeft een looptijd van meerdere jaren",
    gloss: "The deal runs for several years",
  },
  capex: {
    quote:
      "De financiering ervan komt bovenop de eerder aangekondigde kapitaalinvesteringen van Meta, die voor 2024 alleen al op 35 tot 40 miljard dollar worden geschat.",
    gloss:
      "Its funding comes on top of Meta's previously announced capital investments, estimated at 35 to 40 billion dollars for 2024 alone.",
  },
};

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
    // The article names MI300X only as AMD's answer to Nvidia's H100, not as the chip Meta buys.
    chips: ["Instinct"],
    summary:
      "Meta agreed to buy AMD Instinct AI accelerators over several years, with a total potential value estimated at $100 billion, plus a warrant for 160 million AMD shares whose value tracks AMD's share price. The deal diversifies Meta away from Nvidia and feeds Zuckerberg's 'personal superintelligence' push. Reported by The Information.",
    parties: [
      {
        company: "meta",
        role: "customer",
        evidence: [{ key: "party-meta", article, claim: "party", label: "Meta buys the chips", ...q.agreement }],
      },
      {
        company: "amd",
        role: "supplier",
        evidence: [
          { key: "party-amd", article, claim: "party", label: "AMD supplies Instinct accelerators", ...q.instinct },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Estimated total potential value",
        ...q.value,
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
        ...q.warrant,
        figure: { text: "160 miljoen aandelen", amount: "160000000", unit: "shares", kind: "share_count" },
      },
      {
        key: "warrant-link",
        article,
        claim: "statement",
        label: "Warrant value tied to AMD's share price",
        ...q.warrantLink,
      },
      { key: "term", article, claim: "term", label: "Multi-year term", ...q.term },
      { key: "chip-instinct", article, claim: "chip", label: "AMD Instinct accelerators", ...q.instinctShort },
      {
        key: "mi300x-context",
        article,
        claim: "statement",
        label: "Context: AMD positions its MI300X against Nvidia's H100 (not named as the chip in this deal)",
        ...q.mi300x,
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
      { key: "date", article, claim: "date", label: "For 2024", ...q.capex },
      {
        key: "capex",
        article,
        claim: "figure",
        label: "Estimated 2024 capital investment",
        ...q.capex,
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
