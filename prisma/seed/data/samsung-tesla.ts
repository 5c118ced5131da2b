import type { DealSeed, EventSeed } from "../schema";

const article = "samsung-wins-tesla-ai6-chip-order";

export const deals: DealSeed[] = [
  {
    slug: "tesla-samsung-ai6-foundry",
    title: "Samsung to make Tesla's AI6 chip in Texas",
    kind: "foundry_contract",
    status: "signed",
    announced: "2025-07",
    announcedBasis: "reported",
    term: { years: 8 },
    value: { amount: "16500000000", currency: "USD", kind: "firm" },
    chips: ["AI6"],
    locations: ["Texas"],
    summary:
      "Samsung Electronics won an eight-year, $16.5 billion order to manufacture Tesla's AI6 chip, a processor meant for autonomous driving, the Optimus robot and AI training in data centres, in its new fab in Texas on a 2-nanometre process. It is the largest order Samsung has won from a single customer, more than 7% of its 2024 revenue. Musk confirmed the deal on X and said the real production volume will probably be much higher.",
    parties: [
      {
        company: "tesla",
        role: "customer",
        evidence: [
          {
            key: "party-tesla",
            article,
            claim: "party",
            label: "Tesla orders the AI6 chip",
            quote: "Het gaat om de productie van Tesla’s nieuwe AI6-chip",
          },
        ],
      },
      {
        company: "samsung-electronics",
        role: "foundry",
        evidence: [
          {
            key: "party-samsung",
            article,
            claim: "party",
            label: "Samsung wins the order",
            quote:
              "De Zuid-Koreaanse techgigant heeft een chiporder binnengesleept ter waarde van 16,5 miljard dollar van niemand minder dan Elon Musk.",
          },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Contract value",
        quote:
          "De Zuid-Koreaanse techgigant heeft een chiporder binnengesleept ter waarde van 16,5 miljard dollar van niemand minder dan Elon Musk.",
        figure: { text: "16,5 miljard dollar", amount: "16500000000", unit: "USD", kind: "firm" },
      },
      {
        key: "date",
        article,
        claim: "date",
        label: "Reported July 2025 (article dated to the month)",
        quote: "date 2025-07",
      },
      {
        key: "term",
        article,
        claim: "term",
        label: "Term",
        quote: "Het contract strekt zich uit over een periode van acht jaar",
        figure: { text: "acht jaar", amount: "8", unit: "years", kind: "duration" },
      },
      {
        key: "chip",
        article,
        claim: "chip",
        label: "AI6 chip for autonomous driving, Optimus and AI training",
        quote:
          "Het gaat om de productie van Tesla’s nieuwe AI6-chip, een speciaal ontwikkelde processor die een centrale rol moet gaan spelen in autonome rijtechnologie, de Optimus-robot en AI-training in datacenters.",
      },
      {
        key: "location",
        article,
        claim: "location",
        label: "Made in a new fab in Texas",
        quote:
          "Musk bevestigde de deal persoonlijk op X, zijn favoriete communicatiekanaal, en gaf aan dat de chips geproduceerd zullen worden in een gloednieuwe fabriek in Texas.",
      },
      {
        key: "revenue-share",
        article,
        claim: "figure",
        label: "Share of Samsung's 2024 revenue",
        quote:
          "is het grootste dat Samsung ooit binnenhaalde van een enkele klant, goed voor ruim zeven procent van de jaaromzet van 2024.",
        figure: {
          text: "ruim zeven procent",
          amount: "7",
          unit: "percent",
          qualifier: "more_than",
          kind: "percentage",
          date: "2024",
        },
      },
      {
        key: "process",
        article,
        claim: "statement",
        label: "2-nanometre process",
        quote: "het verfijnde 2-nanometerproces dat nodig is voor deze generatie chips",
      },
      {
        key: "volume",
        article,
        claim: "statement",
        label: "Musk: the amount is only a start",
        quote:
          "Volgens Musk is het genoemde bedrag slechts een begin en ligt het werkelijke productievolume waarschijnlijk veel hoger.",
      },
    ],
  },
  {
    slug: "samsung-texas-fab-investment",
    title: "Samsung's $40 billion Texas chip investment",
    kind: "fab_investment",
    status: "announced",
    announced: "2025-07",
    announcedBasis: "reported",
    value: { amount: "40000000000", currency: "USD", kind: "firm" },
    locations: ["Texas"],
    summary:
      "The new Texas fab in which Samsung will make Tesla's AI6 chip is part of a broader $40 billion investment backed by subsidies under the US CHIPS and Science Act. The fab had been delayed and short of large customers. The source reports the investment in July 2025 without dating it.",
    parties: [
      {
        company: "samsung-electronics",
        role: "owner",
        evidence: [
          {
            key: "party-samsung",
            article,
            claim: "party",
            label: "Samsung's US fab",
            quote:
              "Analisten waarschuwden eerder zelfs dat Samsungs Amerikaanse fabriek een duur monument dreigde te worden zonder klanten van formaat.",
          },
        ],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Investment",
        quote:
          "Die fabriek is onderdeel van een bredere investering van veertig miljard dollar, gesteund door subsidies vanuit Bidens Chips and Science Act.",
        figure: { text: "veertig miljard dollar", amount: "40000000000", unit: "USD", kind: "firm" },
      },
      {
        key: "date",
        article,
        claim: "date",
        label: "Reported July 2025; the investment itself is not dated",
        quote: "date 2025-07",
      },
      {
        key: "location",
        article,
        claim: "location",
        label: "Texas fab delayed",
        quote: "De chipproductie in Texas liep vertraging op en het vinden van grote klanten bleek lastig.",
      },
    ],
  },
];

export const events: EventSeed[] = [
  {
    slug: "samsung-shares-rise-on-tesla-order",
    title: "Samsung shares rise 6% on the Tesla order",
    kind: "share_price",
    occurred: "2025-07",
    occurredBasis: "reported",
    companies: ["samsung-electronics", "tesla"],
    summary: "Samsung's share price rose six percent on the news of the $16.5 billion Tesla AI6 order.",
    evidence: [
      {
        key: "rise",
        article,
        claim: "figure",
        label: "Samsung share price change",
        quote: "Dat nieuws sloeg direct door in de koers: het aandeel Samsung steeg met zes procent.",
        figure: { text: "zes procent", amount: "6", unit: "percent", kind: "percentage" },
      },
      { key: "date", article, claim: "date", label: "Reported July 2025", quote: "date 2025-07" },
    ],
  },
];
