import type { DealSeed, EventSeed } from "../schema";

const article = "nvidia-us-ai-infrastructure-build-out";
const announcement =
  "Het bedrijf kondigde maandag plannen aan om de komende vier jaar voor maximaal $500 miljard aan AI-infrastructuur in het land te bouwen via een netwerk van productiepartnerschappen.";
const tsmcSentence =
  "zal de productie van Nvidia’s nieuwste Blackwell AI-chip laten beginnen in de nieuwe fabriek van Taiwan Semiconductor Manufacturing Co. in Phoenix.";
const texasSentence =
  "Daarnaast bouwt Nvidia in samenwerking met Foxconn en Wistron Corp. supercomputerfabrieken in Texas.";
const arizonaSentence =
  "Voor downstream activiteiten zoals verpakking en testen werkt het bedrijf samen met Amkor Technology Inc. en Siliconware Precision Industries Co. in Arizona.";
const dateline = "date 2025-04";

export const deals: DealSeed[] = [
  {
    slug: "nvidia-us-ai-infrastructure",
    title: "Nvidia's US AI manufacturing build-out",
    kind: "manufacturing_buildout",
    status: "announced",
    announced: "2025-04",
    announcedBasis: "reported",
    term: { years: 4 },
    value: { amount: "500000000000", currency: "USD", kind: "up_to" },
    chips: ["Blackwell", "AI supercomputers"],
    locations: ["Phoenix, Arizona", "Texas", "Arizona"],
    summary:
      "Nvidia plans to build up to $500 billion of AI infrastructure in the United States over four years through a network of manufacturing partners: Blackwell chips at TSMC's new fab in Phoenix, supercomputer plants with Foxconn and Wistron in Texas, and packaging and test with Amkor and SPIL in Arizona. Nvidia expects mass production to ramp within 12 to 15 months; it calls this the first time AI supercomputers are built in the US.",
    parties: [
      {
        company: "nvidia",
        role: "sponsor",
        evidence: [
          {
            key: "party-nvidia",
            article,
            claim: "party",
            label: "Nvidia expands US production",
            quote: "Nvidia breidt zijn productiecapaciteit in de Verenigde Staten agressief uit.",
          },
        ],
      },
      {
        company: "tsmc",
        role: "foundry",
        evidence: [
          {
            key: "party-tsmc",
            article,
            claim: "party",
            label: "Blackwell production at TSMC in Phoenix",
            quote: tsmcSentence,
          },
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
            quote: texasSentence,
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
            quote: texasSentence,
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
            quote: arizonaSentence,
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
            quote: arizonaSentence,
          },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Planned investment ceiling",
        quote: announcement,
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
        quote: announcement,
        figure: { text: "vier jaar", amount: "4", unit: "years", kind: "duration" },
      },
      {
        key: "date",
        article,
        claim: "date",
        label: "Announced on a Monday in April 2025 (article dated to the month)",
        quote: dateline,
      },
      { key: "chip", article, claim: "chip", label: "Blackwell AI chip", quote: tsmcSentence },
      { key: "location-phoenix", article, claim: "location", label: "TSMC fab in Phoenix", quote: tsmcSentence },
      {
        key: "location-texas",
        article,
        claim: "location",
        label: "Supercomputer plants in Texas",
        quote: texasSentence,
      },
      {
        key: "location-arizona",
        article,
        claim: "location",
        label: "Packaging and test in Arizona",
        quote: arizonaSentence,
      },
      {
        key: "first-us-supercomputers",
        article,
        claim: "statement",
        label: "First AI supercomputers made in the US",
        quote: "Dit is de eerste keer dat AI-supercomputers in de VS worden geproduceerd",
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
        quote: "Nvidia meldde dat de massaproductie binnen 12 tot 15 maanden zal worden opgeschaald.",
        figure: { text: "12 tot 15 maanden", amount: "12", high: "15", unit: "months", kind: "duration" },
      },
      { key: "date", article, claim: "date", label: "Reported April 2025", quote: dateline },
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
        quote: "De aandelen van Nvidia stegen maandag in de vroege handel in New York met maar liefst 3% tot $114,29.",
        figure: { text: "maar liefst 3%", amount: "3", unit: "percent", qualifier: "as_much_as", kind: "percentage" },
      },
      {
        key: "price",
        article,
        claim: "figure",
        label: "Share price at the high",
        quote: "De aandelen van Nvidia stegen maandag in de vroege handel in New York met maar liefst 3% tot $114,29.",
        figure: { text: "$114,29", amount: "114.29", unit: "USD", kind: "share_price" },
      },
      {
        key: "later",
        article,
        claim: "figure",
        label: "Fall at the time of writing",
        quote: "Op het moment van schrijven staat het aandeel meer dan 1,5% lager.",
        figure: { text: "meer dan 1,5%", amount: "1.5", unit: "percent", qualifier: "more_than", kind: "percentage" },
      },
      {
        key: "year-to-date",
        article,
        claim: "figure",
        label: "Fall for the year to date",
        quote: "Het aandeel staat nog steeds 20% lager voor het jaar",
        figure: { text: "20%", amount: "20", unit: "percent", kind: "percentage", date: "2025" },
      },
      { key: "date", article, claim: "date", label: "A Monday in April 2025", quote: dateline },
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
        quote: "Vorige week verlaagden analisten van Citi hun koersdoel voor Nvidia van $163 naar $150",
        figure: { text: "$163", amount: "163", unit: "USD", kind: "price_target" },
      },
      {
        key: "new-target",
        article,
        claim: "figure",
        label: "New price target",
        quote: "Vorige week verlaagden analisten van Citi hun koersdoel voor Nvidia van $163 naar $150",
        figure: { text: "$150", amount: "150", unit: "USD", kind: "price_target" },
      },
      {
        key: "upside",
        article,
        claim: "figure",
        label: "Implied upside",
        quote:
          "suggereert de herziene schatting nog steeds een potentieel opwaarts potentieel van 39% ten opzichte van de huidige niveaus.",
        figure: { text: "39%", amount: "39", unit: "percent", kind: "percentage" },
      },
      {
        key: "rating",
        article,
        claim: "statement",
        label: "Buy rating kept",
        quote: "Het beleggingsbedrijf behield echter een koopadvies voor het aandeel.",
      },
      {
        key: "date",
        article,
        claim: "date",
        label: "The week before the announcement (article dated April 2025)",
        quote: dateline,
      },
    ],
  },
];
