import type { DealSeed, EventSeed } from "../schema";

const article = "xai-merges-into-spacex";

// Each quote with its English gloss, cited by the records below.
const q = {
  merge: {
    quote: "Elon Musk heeft aangekondigd dat zijn AI-startup xAI zal fuseren met zijn ruimtevaartonderneming SpaceX.",
    gloss: "Elon Musk has announced that his AI start-up xAI will merge with his space company SpaceX.",
  },
  listing: {
    quote: "het bedrijf in raket- en satelliettechnologie dat plannen heeft om rond juni een beursgang te maken",
    gloss: "the rocket and satellite company that plans to go public around June",
  },
  valuation: {
    quote:
      "De fusie tussen xAI en SpaceX creëert volgens Bloomberg het grootste private bedrijf ter wereld, momenteel gewaardeerd op 1250 miljard dollar.",
    gloss:
      "According to Bloomberg, the merger of xAI and SpaceX creates the world's largest private company, currently valued at $1,250 billion.",
  },
  largest: {
    quote: "Dit zou ook kunnen leiden tot de grootste beursintroductie ooit.",
    gloss: "This could also lead to the largest stock-market listing ever.",
  },
  x: {
    quote: "In 2025 is X geïntegreerd in xAI.",
    gloss: "In 2025 X was integrated into xAI.",
  },
  memo: {
    quote:
      "SpaceX heeft xAI overgenomen om de meest ambitieuze, verticaal geïntegreerde innovatiemotor op aarde en daarbuiten te vormen",
    gloss:
      "SpaceX has acquired xAI to form the most ambitious, vertically integrated innovation engine on Earth and beyond",
  },
  rule: {
    quote:
      "Zijn vuistregel: een ton aan satellietapparatuur staat gelijk aan 100 kW aan rekenkracht, dus jaarlijks is 1 miljoen ton nodig voor 100 gigawatt aan AI-capaciteit.",
    gloss:
      "His rule of thumb: one ton of satellite hardware equals 100 kW of computing power, so 1 million tons a year is needed for 100 gigawatts of AI capacity.",
  },
  starship: {
    quote: "Musk spreekt over Starships die uiteindelijk elk uur vertrekken met 200 ton vracht.",
    gloss: "Musk talks of Starships eventually leaving every hour with 200 tons of cargo.",
  },
  launched: {
    quote:
      "Zelfs in het topjaar 2025 lanceerde SpaceX ongeveer 3.000 ton aan vracht de ruimte in, voornamelijk Starlink-satellieten.",
    gloss:
      "Even in its record year 2025 SpaceX launched about 3,000 tons of cargo into space, mostly Starlink satellites.",
  },
  gigafactories: {
    quote: "de eerste AI-gigafactories op aarde, gepland voor 2026, zouden de grens van 1 gigawatt moeten halen.",
    gloss: "the first AI gigafactories on Earth, planned for 2026, should reach the 1-gigawatt mark.",
  },
  cheaper: {
    quote: "waardoor het binnen 2 tot 3 jaar goedkoper wordt om datacenters in de ruimte te bouwen dan op aarde.",
    gloss: "so that within 2 to 3 years it becomes cheaper to build data centres in space than on Earth.",
  },
  sceptics: {
    quote:
      "Met slechts 9.000 Starlink-satellieten momenteel in de ruimte en de vele lanceringen die SpaceX voor andere klanten uitvoert, lijkt Musks plan nog ver weg.",
    gloss:
      "With only 9,000 Starlink satellites in space today and the many launches SpaceX flies for other customers, Musk's plan looks far off.",
  },
  bigFive: {
    quote:
      "alleen de ‘Big Five’ (Oracle, Microsoft, Meta, Google-moeder Alphabet en Amazon) plannen in 2026 al 600 miljard dollar te investeren in AI-datacenters.",
    gloss:
      "the 'Big Five' alone (Oracle, Microsoft, Meta, Google parent Alphabet and Amazon) plan to invest $600 billion in AI data centres in 2026.",
  },
  burn: {
    quote:
      "In de eerste negen maanden van 2025 verbrandde het bedrijf al 9 miljard dollar, zo werd onlangs aan investeerders verteld.",
    gloss:
      "In the first nine months of 2025 the company already burned through $9 billion, investors were recently told.",
  },
  funding: {
    quote:
      "Begin januari haalde xAI nog 20 miljard dollar op bij Nvidia, Cisco, Qatar en andere investeerders in een financieringsronde die het bedrijf waardeerde op 230 miljard.",
    gloss:
      "In early January xAI raised $20 billion from Nvidia, Cisco, Qatar and other investors in a funding round that valued the company at 230 billion.",
  },
  fundingDate: {
    quote: "Begin januari haalde xAI nog 20 miljard dollar op",
    gloss: "In early January xAI raised $20 billion",
  },
  investments: {
    quote:
      "SpaceX investeerde het afgelopen jaar 2 miljard in de concurrent van OpenAI, en Tesla deed onlangs hetzelfde.",
    gloss: "SpaceX invested 2 billion in the OpenAI competitor last year, and Tesla recently did the same.",
  },
  investmentsDate: {
    quote: "SpaceX investeerde het afgelopen jaar 2 miljard",
    gloss: "SpaceX invested 2 billion last year",
  },
  ipoTarget: {
    quote:
      "Voor de beursintroductie wordt reeds gemikt op een extra 50 miljard dollar, afkomstig van nieuw uit te geven aandelen.",
    gloss: "For the listing an extra $50 billion is already being aimed at, from newly issued shares.",
  },
  batteries: {
    quote: "Tesla levert bijvoorbeeld batterijen voor xAI’s datacenters.",
    gloss: "Tesla, for example, supplies batteries for xAI's data centres.",
  },
};

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
          { key: "party-spacex", article, claim: "party", label: "SpaceX acquired xAI (Musk's memo)", ...q.memo },
        ],
      },
      {
        company: "xai",
        role: "acquired",
        evidence: [{ key: "party-xai", article, claim: "party", label: "xAI merges into SpaceX", ...q.merge }],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Valuation of the combined company (per Bloomberg)",
        ...q.valuation,
        figure: { text: "1250 miljard dollar", amount: "1250000000000", unit: "USD", kind: "valuation" },
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
        evidence: [{ key: "party-xai", article, claim: "party", label: "xAI raised the round", ...q.funding }],
      },
      {
        company: "nvidia",
        role: "investor",
        evidence: [{ key: "party-nvidia", article, claim: "party", label: "Nvidia invested", ...q.funding }],
      },
      {
        company: "cisco",
        role: "investor",
        evidence: [{ key: "party-cisco", article, claim: "party", label: "Cisco invested", ...q.funding }],
      },
      {
        company: "qatar",
        role: "investor",
        evidence: [{ key: "party-qatar", article, claim: "party", label: "Qatar invested", ...q.funding }],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Amount raised",
        ...q.funding,
        figure: { text: "20 miljard dollar", amount: "20000000000", unit: "USD", kind: "firm" },
      },
      {
        key: "valuation",
        article,
        claim: "figure",
        label: "Valuation in the round",
        ...q.funding,
        figure: { text: "230 miljard", amount: "230000000000", unit: "USD", unitImplied: true, kind: "valuation" },
      },
      { key: "date", article, claim: "date", label: "Early January 2026", ...q.fundingDate },
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
        evidence: [{ key: "party-spacex", article, claim: "party", label: "SpaceX invested", ...q.investments }],
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
            ...q.investments,
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
        ...q.investments,
        figure: { text: "2 miljard", amount: "2000000000", unit: "USD", unitImplied: true, kind: "firm" },
      },
      { key: "date", article, claim: "date", label: "In the past year (2025)", ...q.investmentsDate },
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
        evidence: [{ key: "party-tesla", article, claim: "party", label: "Tesla did the same", ...q.investments }],
      },
      {
        company: "xai",
        role: "investee",
        evidence: [{ key: "party-xai", article, claim: "party", label: "Invested in xAI", ...q.investments }],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Investment: 'the same' as SpaceX's 2 billion",
        ...q.investments,
        figure: { text: "2 miljard", amount: "2000000000", unit: "USD", unitImplied: true, kind: "firm" },
      },
    ],
  },
  {
    slug: "spacex-ipo",
    title: "SpaceX IPO targeting $50 billion of new shares",
    kind: "share_offering",
    status: "planned",
    announced: "2026-02",
    announcedBasis: "reported",
    value: { amount: "50000000000", currency: "USD", kind: "target" },
    summary:
      "SpaceX plans to list around June 2026, in what could be the largest IPO ever; the offering aims to raise an extra $50 billion from newly issued shares to fund the growth of xAI's Grok. The $50 billion is a target, not money raised.",
    parties: [
      {
        company: "spacex",
        role: "issuer",
        evidence: [
          { key: "party-spacex", article, claim: "party", label: "SpaceX plans to list around June", ...q.listing },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Target for newly issued shares ('gemikt op': aimed at)",
        ...q.ipoTarget,
        figure: { text: "50 miljard dollar", amount: "50000000000", unit: "USD", kind: "target" },
      },
      { key: "largest", article, claim: "statement", label: "Possibly the largest IPO ever", ...q.largest },
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
        evidence: [{ key: "party-xai", article, claim: "party", label: "xAI absorbed X", ...q.x }],
      },
      {
        company: "x",
        role: "acquired",
        evidence: [{ key: "party-x", article, claim: "party", label: "X, formerly Twitter", ...q.x }],
      },
    ],
    evidence: [{ key: "date", article, claim: "date", label: "In 2025", ...q.x }],
  },
];

export const events: EventSeed[] = [
  {
    // A statement in passing ("for example"), not a reported deal: no terms, value or date.
    slug: "tesla-xai-battery-supply",
    title: "Tesla supplies batteries for xAI's data centres",
    kind: "supply_statement",
    occurred: "2026-02-08",
    occurredBasis: "reported",
    companies: ["tesla", "xai"],
    summary:
      "Within what the article calls the 'Muskonomy', Tesla supplies batteries for xAI's data centres, while xAI develops software for Tesla's robotaxi and Optimus. Mentioned as an example; no contract, value or start date is reported.",
    evidence: [
      { key: "batteries", article, claim: "statement", label: "Tesla supplies batteries to xAI", ...q.batteries },
    ],
  },
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
        ...q.burn,
        figure: { text: "9 miljard dollar", amount: "9000000000", unit: "USD", kind: "financial_result", date: "2025" },
      },
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
        ...q.bigFive,
        figure: { text: "600 miljard dollar", amount: "600000000000", unit: "USD", kind: "target", date: "2026" },
      },
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
        ...q.rule,
        figure: { text: "100 kW", amount: "100", unit: "kW", kind: "quantity" },
      },
      {
        key: "tons-per-year",
        article,
        claim: "figure",
        label: "Launch mass needed per year",
        ...q.rule,
        figure: { text: "1 miljoen ton", amount: "1000000", unit: "t", kind: "quantity" },
      },
      {
        key: "capacity",
        article,
        claim: "figure",
        label: "AI capacity that mass would give",
        ...q.rule,
        figure: { text: "100 gigawatt", amount: "100", unit: "GW", kind: "quantity" },
      },
      {
        key: "starship",
        article,
        claim: "figure",
        label: "Payload per hourly Starship",
        ...q.starship,
        figure: { text: "200 ton", amount: "200", unit: "t", kind: "quantity" },
      },
      {
        key: "launched-2025",
        article,
        claim: "figure",
        label: "Mass SpaceX launched in 2025",
        ...q.launched,
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
        ...q.cheaper,
        figure: { text: "2 tot 3 jaar", amount: "2", high: "3", unit: "years", kind: "duration" },
      },
      {
        key: "gigafactories",
        article,
        claim: "figure",
        label: "First AI gigafactories on Earth (2026)",
        ...q.gigafactories,
        figure: { text: "1 gigawatt", amount: "1", unit: "GW", kind: "quantity", date: "2026" },
      },
      {
        key: "sceptics",
        article,
        claim: "statement",
        label: "Only 9,000 Starlink satellites in orbit today",
        ...q.sceptics,
      },
    ],
  },
];
