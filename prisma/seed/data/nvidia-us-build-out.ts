import type { DealSeed, EventSeed } from "../schema";

const article = "nvidia-us-ai-infrastructure-build-out";

// Each quote with its English gloss, cited by the records below.
const q = {
  opening: {
    quote: "Nvidia breidt zijn productiecapaciteit in de Verenigde Staten agressief uit.",
    gloss: "Nvidia is aggressively expanding its production capacity in the United States.",
  },
  announcement: {
    quote:
      "Het bedrijf kondigde maandag plannen aan om de komende vier jaar voor maximaal $500 miljard aan AI-infrastructuur in het land te bouwen via een netwerk van productiepartnerschappen.",
    gloss:
      "On Monday the company announced plans to build up to $500 billion worth of AI infrastructure in the country over the next four years, through a network of manufacturing partnerships.",
  },
  tsmc: {
    quote:
      "zal de productie van Nvidia’s nieuwste Blackwell AI-chip laten beginnen in de nieuwe fabriek van Taiwan Semiconductor Manufacturing Co. in Phoenix.",
    gloss:
      "will start production of Nvidia's newest Blackwell AI chip at Taiwan Semiconductor Manufacturing Co.'s new fab in Phoenix.",
  },
  texas: {
    quote: "Daarnaast bouwt Nvidia in samenwerking met Foxconn en Wistron Corp. supercomputerfabrieken in Texas.",
    gloss: "In addition, Nvidia is building supercomputer plants in Texas together with Foxconn and Wistron Corp.",
  },
  arizona: {
    quote:
      "Voor downstream activiteiten zoals verpakking en testen werkt het bedrijf samen met Amkor Technology Inc. en Siliconware Precision Industries Co. in Arizona.",
    gloss:
      "For downstream work such as packaging and testing, the company works with Amkor Technology Inc. and Siliconware Precision Industries Co. in Arizona.",
  },
  ramp: {
    quote: "Nvidia meldde dat de massaproductie binnen 12 tot 15 maanden zal worden opgeschaald.",
    gloss: "Nvidia said mass production will be ramped up within 12 to 15 months.",
  },
  firstUs: {
    quote: "Dit is de eerste keer dat AI-supercomputers in de VS worden geproduceerd",
    gloss: "This is the first time AI supercomputers are produced in the US",
  },
  rise: {
    quote: "De aandelen van Nvidia stegen maandag in de vroege handel in New York met maar liefst 3% tot $114,29.",
    gloss: "Nvidia's shares rose as much as 3% to $114.29 in early New York trading on Monday.",
  },
  later: {
    quote: "Op het moment van schrijven staat het aandeel meer dan 1,5% lager.",
    gloss: "At the time of writing the stock is more than 1.5% lower.",
  },
  ytd: {
    quote: "Het aandeel staat nog steeds 20% lager voor het jaar",
    gloss: "The stock is still 20% down for the year",
  },
  citi: {
    quote: "Vorige week verlaagden analisten van Citi hun koersdoel voor Nvidia van $163 naar $150",
    gloss: "Last week Citi's analysts lowered their Nvidia price target from $163 to $150",
  },
  rating: {
    quote: "Het beleggingsbedrijf behield echter een koopadvies voor het aandeel.",
    gloss: "The investment firm did, however, keep a buy rating on the stock.",
  },
  upside: {
    quote:
      "suggereert de herziene schatting nog steeds een potentieel opwaarts potentieel van 39% ten opzichte van de huidige niveaus.",
    gloss: "the revised estimate still implies a potential upside of 39% from current levels.",
  },
};

export const deals: DealSeed[] = [
  {
    slug: "nvidia-us-ai-infrastructure",
    title: "Nvidia plans up to $500B of AI infrastructure to be built in the US by partners",
    kind: "manufacturing_buildout",
    status: "announced",
    announced: "2025-04",
    announcedBasis: "reported",
    term: { years: 4 },
    value: { amount: "500000000000", currency: "USD", kind: "up_to" },
    chips: ["Blackwell", "AI supercomputers"],
    locations: ["Phoenix, Arizona", "Texas", "Arizona"],
    summary:
      "Nvidia plans to have up to $500 billion worth of AI infrastructure produced in the United States over four years through a network of manufacturing partners: Blackwell chips at TSMC's new fab in Phoenix, supercomputer plants with Foxconn and Wistron in Texas, and packaging and test with Amkor and SPIL in Arizona. The $500 billion is a ceiling on the value of what is to be built through these partnerships, not an amount Nvidia itself invests. Nvidia expects mass production to ramp within 12 to 15 months; it calls this the first time AI supercomputers are built in the US.",
    parties: [
      {
        company: "nvidia",
        role: "sponsor",
        evidence: [
          { key: "party-nvidia", article, claim: "party", label: "Nvidia expands US production", ...q.opening },
        ],
      },
      {
        company: "tsmc",
        role: "foundry",
        evidence: [
          { key: "party-tsmc", article, claim: "party", label: "Blackwell production at TSMC in Phoenix", ...q.tsmc },
        ],
      },
      {
        company: "foxconn",
        role: "manufacturing_partner",
        evidence: [
          {
            key: "party-foxconn",
            article,
            claim: "party",
            label: "Supercomputer plants with Foxconn in Texas",
            ...q.texas,
          },
        ],
      },
      {
        company: "wistron",
        role: "manufacturing_partner",
        evidence: [
          {
            key: "party-wistron",
            article,
            claim: "party",
            label: "Supercomputer plants with Wistron in Texas",
            ...q.texas,
          },
        ],
      },
      {
        company: "amkor",
        role: "packaging_test_partner",
        evidence: [
          {
            key: "party-amkor",
            article,
            claim: "party",
            label: "Packaging and test with Amkor in Arizona",
            ...q.arizona,
          },
        ],
      },
      {
        company: "spil",
        role: "packaging_test_partner",
        evidence: [
          {
            key: "party-spil",
            article,
            claim: "party",
            label: "Packaging and test with SPIL in Arizona",
            ...q.arizona,
          },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Ceiling on the AI infrastructure to be produced through partners (not Nvidia's own investment)",
        ...q.announcement,
        figure: {
          text: "maximaal $500 miljard",
          amount: "500000000000",
          unit: "USD",
          qualifier: "up_to",
          kind: "up_to",
        },
      },
      {
        key: "term",
        article,
        claim: "term",
        label: "Over the next four years",
        ...q.announcement,
        figure: { text: "vier jaar", amount: "4", unit: "years", kind: "duration" },
      },
      { key: "chip", article, claim: "chip", label: "Blackwell AI chip", ...q.tsmc },
      { key: "location-phoenix", article, claim: "location", label: "TSMC fab in Phoenix", ...q.tsmc },
      { key: "location-texas", article, claim: "location", label: "Supercomputer plants in Texas", ...q.texas },
      { key: "location-arizona", article, claim: "location", label: "Packaging and test in Arizona", ...q.arizona },
      {
        key: "first-us-supercomputers",
        article,
        claim: "statement",
        label: "First AI supercomputers made in the US",
        ...q.firstUs,
      },
    ],
  },
];

export const events: EventSeed[] = [
  {
    slug: "nvidia-mass-production-guidance",
    title: "Nvidia expects US mass production within 12–15 months",
    kind: "guidance",
    occurred: "2025-04",
    occurredBasis: "reported",
    companies: ["nvidia"],
    summary: "Nvidia said mass production under its US build-out will ramp up within 12 to 15 months.",
    evidence: [
      {
        key: "ramp",
        article,
        claim: "figure",
        label: "Time to mass production",
        ...q.ramp,
        figure: { text: "12 tot 15 maanden", amount: "12", high: "15", unit: "months", kind: "duration" },
      },
    ],
  },
  {
    slug: "nvidia-shares-after-us-build-out",
    title: "Nvidia shares rise as much as 3% to $114.29, then fall back",
    kind: "share_price",
    occurred: "2025-04",
    occurredBasis: "reported",
    companies: ["nvidia"],
    summary:
      "On the Monday of the announcement Nvidia's shares rose as much as 3% to $114.29 in early New York trading; at the time of writing they were more than 1.5% lower, and still 20% down for the year amid tariff worries.",
    evidence: [
      {
        key: "rise",
        article,
        claim: "figure",
        label: "Intraday rise",
        ...q.rise,
        figure: {
          text: "maar liefst 3%",
          amount: "3",
          unit: "percent",
          qualifier: "as_much_as",
          kind: "percent_change",
          direction: "up",
        },
      },
      {
        key: "price",
        article,
        claim: "figure",
        label: "Share price at the high",
        ...q.rise,
        figure: { text: "$114,29", amount: "114.29", unit: "USD", kind: "share_price" },
      },
      {
        key: "later",
        article,
        claim: "figure",
        label: "Change at the time of writing",
        ...q.later,
        figure: {
          text: "meer dan 1,5%",
          amount: "1.5",
          unit: "percent",
          qualifier: "more_than",
          kind: "percent_change",
          direction: "down",
        },
      },
      {
        key: "year-to-date",
        article,
        claim: "figure",
        label: "Change for the year to date",
        ...q.ytd,
        figure: {
          text: "20%",
          amount: "20",
          unit: "percent",
          kind: "percent_change",
          direction: "down",
          date: "2025",
        },
      },
    ],
  },
  {
    slug: "citi-cuts-nvidia-target",
    title: "Citi cuts its Nvidia price target from $163 to $150",
    kind: "analyst_target",
    occurred: "2025-04",
    occurredBasis: "reported",
    companies: ["citi", "nvidia"],
    summary:
      "In the week before the announcement Citi's analysts lowered their Nvidia price target from $163 to $150 on expected slower GPU sales, kept a buy rating, and still saw 39% upside.",
    evidence: [
      {
        key: "old-target",
        article,
        claim: "figure",
        label: "Previous price target",
        ...q.citi,
        figure: { text: "$163", amount: "163", unit: "USD", kind: "price_target" },
      },
      {
        key: "new-target",
        article,
        claim: "figure",
        label: "New price target",
        ...q.citi,
        figure: { text: "$150", amount: "150", unit: "USD", kind: "price_target" },
      },
      {
        key: "upside",
        article,
        claim: "figure",
        label: "Implied upside",
        ...q.upside,
        figure: { text: "39%", amount: "39", unit: "percent", kind: "percent_change", direction: "up" },
      },
      { key: "rating", article, claim: "statement", label: "Buy rating kept", ...q.rating },
    ],
  },
];
