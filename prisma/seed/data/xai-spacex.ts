import type { DealSeed, EventSeed } from "../schema";

const article = "xai-merges-into-spacex";
const dateline = "date 2026-02-08";
const funding =
  "Begin januari haalde xAI nog 20 miljard dollar op bij Nvidia, Cisco, Qatar en andere investeerders in een financieringsronde die het bedrijf waardeerde op 230 miljard.";
const investments =
  "SpaceX investeerde het afgelopen jaar 2 miljard in de concurrent van OpenAI, en Tesla deed onlangs hetzelfde.";
const memo =
  "SpaceX heeft xAI overgenomen om de meest ambitieuze, verticaal geïntegreerde innovatiemotor op aarde en daarbuiten te vormen";
const rule =
  "Zijn vuistregel: een ton aan satellietapparatuur staat gelijk aan 100 kW aan rekenkracht, dus jaarlijks is 1 miljoen ton nodig voor 100 gigawatt aan AI-capaciteit.";

export const deals: DealSeed[] = [
  {
    slug: "spacex-xai-merger",
    title: "SpaceX merges with xAI",
    kind: "merger_acquisition",
    status: "announced",
    announced: "2026-02",
    announcedBasis: "reported",
    value: { amount: "1250000000000", currency: "USD", kind: "valuation" },
    summary:
      "Elon Musk merged his AI start-up xAI, maker of the Grok chatbot, into his rocket and satellite company SpaceX. Per Bloomberg the combination is the world's largest private company, valued at $1.25 trillion, ahead of a SpaceX listing planned for around June. Musk presents it as the route to solar-powered data centres in space; the article points to xAI's need for capital.",
    parties: [
      {
        company: "spacex",
        role: "acquirer",
        evidence: [
          { key: "party-spacex", article, claim: "party", label: "SpaceX acquired xAI (Musk's memo)", quote: memo },
        ],
      },
      {
        company: "xai",
        role: "acquired",
        evidence: [
          {
            key: "party-xai",
            article,
            claim: "party",
            label: "xAI merges into SpaceX",
            quote:
              "Elon Musk heeft aangekondigd dat zijn AI-startup xAI zal fuseren met zijn ruimtevaartonderneming SpaceX.",
          },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Valuation of the combined company (per Bloomberg)",
        quote:
          "De fusie tussen xAI en SpaceX creëert volgens Bloomberg het grootste private bedrijf ter wereld, momenteel gewaardeerd op 1250 miljard dollar.",
        figure: { text: "1250 miljard dollar", amount: "1250000000000", unit: "USD", kind: "valuation" },
      },
      {
        key: "date",
        article,
        claim: "date",
        label: "Reported 8 Feb 2026; the announcement day is not given",
        quote: dateline,
      },
    ],
  },
  {
    slug: "xai-funding-round-2026",
    title: "xAI raises $20 billion at a $230 billion valuation",
    kind: "funding_round",
    status: "completed",
    announced: "2026-01",
    announcedBasis: "stated",
    value: { amount: "20000000000", currency: "USD", kind: "firm" },
    summary:
      "In early January 2026 xAI raised $20 billion from Nvidia, Cisco, Qatar and other investors in a round that valued the company at $230 billion.",
    parties: [
      {
        company: "xai",
        role: "investee",
        evidence: [{ key: "party-xai", article, claim: "party", label: "xAI raised the round", quote: funding }],
      },
      {
        company: "nvidia",
        role: "investor",
        evidence: [{ key: "party-nvidia", article, claim: "party", label: "Nvidia invested", quote: funding }],
      },
      {
        company: "cisco",
        role: "investor",
        evidence: [{ key: "party-cisco", article, claim: "party", label: "Cisco invested", quote: funding }],
      },
      {
        company: "qatar",
        role: "investor",
        evidence: [{ key: "party-qatar", article, claim: "party", label: "Qatar invested", quote: funding }],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Amount raised",
        quote: funding,
        figure: { text: "20 miljard dollar", amount: "20000000000", unit: "USD", kind: "firm" },
      },
      {
        key: "valuation",
        article,
        claim: "figure",
        label: "Valuation in the round",
        quote: funding,
        figure: { text: "230 miljard", amount: "230000000000", unit: "USD", unitImplied: true, kind: "valuation" },
      },
      {
        key: "date",
        article,
        claim: "date",
        label: "Early January 2026",
        quote: "Begin januari haalde xAI nog 20 miljard dollar op",
      },
    ],
  },
  {
    slug: "spacex-invests-in-xai",
    title: "SpaceX invests $2 billion in xAI",
    kind: "strategic_investment",
    status: "completed",
    announced: "2025",
    announcedBasis: "stated",
    value: { amount: "2000000000", currency: "USD", kind: "firm" },
    summary: "SpaceX invested $2 billion in xAI during 2025, before the two companies merged.",
    parties: [
      {
        company: "spacex",
        role: "investor",
        evidence: [{ key: "party-spacex", article, claim: "party", label: "SpaceX invested", quote: investments }],
      },
      {
        company: "xai",
        role: "investee",
        evidence: [
          {
            key: "party-xai",
            article,
            claim: "party",
            label: "Invested in xAI, the OpenAI competitor",
            quote: investments,
          },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Investment (dollars implied by context)",
        quote: investments,
        figure: { text: "2 miljard", amount: "2000000000", unit: "USD", unitImplied: true, kind: "firm" },
      },
      {
        key: "date",
        article,
        claim: "date",
        label: "In the past year (2025)",
        quote: "SpaceX investeerde het afgelopen jaar 2 miljard",
      },
    ],
  },
  {
    slug: "tesla-invests-in-xai",
    title: "Tesla invests $2 billion in xAI",
    kind: "strategic_investment",
    status: "completed",
    announced: "2026-02",
    announcedBasis: "reported",
    value: { amount: "2000000000", currency: "USD", kind: "firm" },
    summary:
      "Tesla recently made the same $2 billion investment in xAI that SpaceX made in 2025; the source gives no date beyond 'recently'.",
    parties: [
      {
        company: "tesla",
        role: "investor",
        evidence: [{ key: "party-tesla", article, claim: "party", label: "Tesla did the same", quote: investments }],
      },
      {
        company: "xai",
        role: "investee",
        evidence: [{ key: "party-xai", article, claim: "party", label: "Invested in xAI", quote: investments }],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Investment: 'the same' as SpaceX's 2 billion",
        quote: investments,
        figure: { text: "2 miljard", amount: "2000000000", unit: "USD", unitImplied: true, kind: "firm" },
      },
      { key: "date", article, claim: "date", label: "'Recently', reported 8 Feb 2026", quote: dateline },
    ],
  },
  {
    slug: "spacex-ipo",
    title: "SpaceX IPO targeting $50 billion of new shares",
    kind: "share_offering",
    status: "planned",
    announced: "2026-02",
    announcedBasis: "reported",
    value: { amount: "50000000000", currency: "USD", kind: "estimate" },
    summary:
      "SpaceX plans to list around June 2026, in what could be the largest IPO ever; the offering aims to raise an extra $50 billion from newly issued shares to fund the growth of xAI's Grok.",
    parties: [
      {
        company: "spacex",
        role: "issuer",
        evidence: [
          {
            key: "party-spacex",
            article,
            claim: "party",
            label: "SpaceX plans to list around June",
            quote:
              "het bedrijf in raket- en satelliettechnologie dat plannen heeft om rond juni een beursgang te maken",
          },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Target for newly issued shares",
        quote:
          "Voor de beursintroductie wordt reeds gemikt op een extra 50 miljard dollar, afkomstig van nieuw uit te geven aandelen.",
        figure: { text: "50 miljard dollar", amount: "50000000000", unit: "USD", kind: "estimate" },
      },
      {
        key: "date",
        article,
        claim: "date",
        label: "Reported 8 Feb 2026; listing planned around June",
        quote: dateline,
      },
      {
        key: "largest",
        article,
        claim: "statement",
        label: "Possibly the largest IPO ever",
        quote: "Dit zou ook kunnen leiden tot de grootste beursintroductie ooit.",
      },
    ],
  },
  {
    slug: "xai-absorbs-x",
    title: "X integrated into xAI",
    kind: "merger_acquisition",
    status: "completed",
    announced: "2025",
    announcedBasis: "stated",
    summary:
      "In 2025 Musk's social network X, formerly Twitter, was integrated into xAI; Grok is offered through X. No value is reported.",
    parties: [
      {
        company: "xai",
        role: "acquirer",
        evidence: [
          {
            key: "party-xai",
            article,
            claim: "party",
            label: "xAI absorbed X",
            quote: "In 2025 is X geïntegreerd in xAI.",
          },
        ],
      },
      {
        company: "x",
        role: "acquired",
        evidence: [
          {
            key: "party-x",
            article,
            claim: "party",
            label: "X, formerly Twitter",
            quote: "In 2025 is X geïntegreerd in xAI.",
          },
        ],
      },
    ],
    evidence: [{ key: "date", article, claim: "date", label: "In 2025", quote: "In 2025 is X geïntegreerd in xAI." }],
  },
  {
    slug: "tesla-xai-battery-supply",
    title: "Tesla supplies batteries for xAI's data centres",
    kind: "supply_agreement",
    status: "active",
    announced: "2026-02",
    announcedBasis: "reported",
    summary:
      "Within what the article calls the 'Muskonomy', Tesla supplies batteries for xAI's data centres, while xAI develops software for Tesla's robotaxi and Optimus. No value is reported.",
    parties: [
      {
        company: "tesla",
        role: "supplier",
        evidence: [
          {
            key: "party-tesla",
            article,
            claim: "party",
            label: "Tesla supplies batteries",
            quote: "Tesla levert bijvoorbeeld batterijen voor xAI’s datacenters.",
          },
        ],
      },
      {
        company: "xai",
        role: "customer",
        evidence: [
          {
            key: "party-xai",
            article,
            claim: "party",
            label: "For xAI's data centres",
            quote: "Tesla levert bijvoorbeeld batterijen voor xAI’s datacenters.",
          },
        ],
      },
    ],
    evidence: [{ key: "date", article, claim: "date", label: "Reported 8 Feb 2026", quote: dateline }],
  },
];

export const events: EventSeed[] = [
  {
    slug: "xai-cash-burn-2025",
    title: "xAI burned $9 billion in the first nine months of 2025",
    kind: "financial_results",
    occurred: "2026-02",
    occurredBasis: "reported",
    companies: ["xai"],
    summary: "xAI told investors it burned through $9 billion in the first nine months of 2025.",
    evidence: [
      {
        key: "burn",
        article,
        claim: "figure",
        label: "Cash burned, Jan–Sep 2025",
        quote:
          "In de eerste negen maanden van 2025 verbrandde het bedrijf al 9 miljard dollar, zo werd onlangs aan investeerders verteld.",
        figure: { text: "9 miljard dollar", amount: "9000000000", unit: "USD", kind: "financial_result", date: "2025" },
      },
      { key: "date", article, claim: "date", label: "Reported 8 Feb 2026", quote: dateline },
    ],
  },
  {
    slug: "big-five-ai-data-centre-spend-2026",
    title: "Big Five plan $600 billion of AI data-centre spending in 2026",
    kind: "spending_plan",
    occurred: "2026-02",
    occurredBasis: "reported",
    companies: ["oracle", "microsoft", "meta", "alphabet", "amazon"],
    summary:
      "Oracle, Microsoft, Meta, Alphabet and Amazon together plan to invest $600 billion in AI data centres in 2026.",
    evidence: [
      {
        key: "spend",
        article,
        claim: "figure",
        label: "Planned AI data-centre investment in 2026",
        quote:
          "alleen de ‘Big Five’ (Oracle, Microsoft, Meta, Google-moeder Alphabet en Amazon) plannen in 2026 al 600 miljard dollar te investeren in AI-datacenters.",
        figure: { text: "600 miljard dollar", amount: "600000000000", unit: "USD", kind: "estimate", date: "2026" },
      },
      { key: "date", article, claim: "date", label: "Reported 8 Feb 2026", quote: dateline },
    ],
  },
  {
    slug: "musk-orbital-data-centre-plan",
    title: "Musk's arithmetic for orbital data centres",
    kind: "strategy",
    occurred: "2026-02",
    occurredBasis: "reported",
    companies: ["spacex", "xai"],
    summary:
      "In his merger memo Musk argues for solar-powered data centres in orbit: one ton of satellite hardware gives 100 kW of compute, so 100 GW a year needs a million tons launched, by Starships leaving every hour with 200 tons. SpaceX launched about 3,000 tons in 2025; Musk expects space data centres to be cheaper than Earth's within two to three years. Outsiders are sceptical.",
    evidence: [
      {
        key: "compute-per-ton",
        article,
        claim: "figure",
        label: "Compute per ton of satellite hardware",
        quote: rule,
        figure: { text: "100 kW", amount: "100", unit: "kW", kind: "quantity" },
      },
      {
        key: "tons-per-year",
        article,
        claim: "figure",
        label: "Launch mass needed per year",
        quote: rule,
        figure: { text: "1 miljoen ton", amount: "1000000", unit: "t", kind: "quantity" },
      },
      {
        key: "capacity",
        article,
        claim: "figure",
        label: "AI capacity that mass would give",
        quote: rule,
        figure: { text: "100 gigawatt", amount: "100", unit: "GW", kind: "quantity" },
      },
      {
        key: "starship",
        article,
        claim: "figure",
        label: "Payload per hourly Starship",
        quote: "Musk spreekt over Starships die uiteindelijk elk uur vertrekken met 200 ton vracht.",
        figure: { text: "200 ton", amount: "200", unit: "t", kind: "quantity" },
      },
      {
        key: "launched-2025",
        article,
        claim: "figure",
        label: "Mass SpaceX launched in 2025",
        quote:
          "Zelfs in het topjaar 2025 lanceerde SpaceX ongeveer 3.000 ton aan vracht de ruimte in, voornamelijk Starlink-satellieten.",
        figure: {
          text: "ongeveer 3.000 ton",
          amount: "3000",
          unit: "t",
          qualifier: "about",
          kind: "quantity",
          date: "2025",
        },
      },
      {
        key: "cheaper-in",
        article,
        claim: "figure",
        label: "Musk: cheaper than on Earth within",
        quote: "waardoor het binnen 2 tot 3 jaar goedkoper wordt om datacenters in de ruimte te bouwen dan op aarde.",
        figure: { text: "2 tot 3 jaar", amount: "2", high: "3", unit: "years", kind: "duration" },
      },
      {
        key: "gigafactories",
        article,
        claim: "figure",
        label: "First AI gigafactories on Earth (2026)",
        quote: "de eerste AI-gigafactories op aarde, gepland voor 2026, zouden de grens van 1 gigawatt moeten halen.",
        figure: { text: "1 gigawatt", amount: "1", unit: "GW", kind: "quantity", date: "2026" },
      },
      {
        key: "sceptics",
        article,
        claim: "statement",
        label: "Only 9,000 Starlink satellites in orbit today",
        quote:
          "Met slechts 9.000 Starlink-satellieten momenteel in de ruimte en de vele lanceringen die SpaceX voor andere klanten uitvoert, lijkt Musks plan nog ver weg.",
      },
      { key: "date", article, claim: "date", label: "Reported 8 Feb 2026", quote: dateline },
    ],
  },
];
