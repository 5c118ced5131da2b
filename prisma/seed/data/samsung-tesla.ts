import type { DealSeed, EventSeed } from "../schema";

const article = "samsung-wins-tesla-ai6-chip-order";

// Each quote with its English gloss, cited by the records below.
const q = {
  order: {
    quote:
      "De Zuid-Koreaanse techgigant heeft een chiporder binnengesleept ter waarde van 16,5 miljard dollar van niemand minder dan Elon Musk.",
    gloss: "The South Korean tech giant has landed a $16.5 billion chip order from none other than Elon Musk.",
  },
  ai6: {
    quote: "Het gaat om de productie van Tesla’s nieuwe AI6-chip",
    gloss: "It concerns the production of Tesla's new AI6 chip",
  },
  ai6Use: {
    quote:
      "Het gaat om de productie van Tesla’s nieuwe AI6-chip, een speciaal ontwikkelde processor die een centrale rol moet gaan spelen in autonome rijtechnologie, de Optimus-robot en AI-training in datacenters.",
    gloss:
      "It concerns the production of Tesla's new AI6 chip, a purpose-built processor meant to play a central role in autonomous driving, the Optimus robot and AI training in data centres.",
  },
  term: {
    quote: "Het contract strekt zich uit over een periode van acht jaar",
    gloss: "The contract runs for a period of eight years",
  },
  revenueShare: {
    quote:
      "is het grootste dat Samsung ooit binnenhaalde van een enkele klant, goed voor ruim zeven procent van de jaaromzet van 2024.",
    gloss: "is the largest Samsung has ever won from a single customer, worth more than 7% of its 2024 annual revenue.",
  },
  shares: {
    quote: "Dat nieuws sloeg direct door in de koers: het aandeel Samsung steeg met zes procent.",
    gloss: "The news went straight into the share price: Samsung's stock rose six percent.",
  },
  texas: {
    quote:
      "Musk bevestigde de deal persoonlijk op X, zijn favoriete communicatiekanaal, en gaf aan dat de chips geproduceerd zullen worden in een gloednieuwe fabriek in Texas.",
    gloss:
      "Musk confirmed the deal himself on X, his favourite channel, and said the chips will be made in a brand-new factory in Texas.",
  },
  investment: {
    quote:
      "Die fabriek is onderdeel van een bredere investering van veertig miljard dollar, gesteund door subsidies vanuit Bidens Chips and Science Act.",
    gloss:
      "That factory is part of a broader forty-billion-dollar investment, backed by subsidies from Biden's CHIPS and Science Act.",
  },
  volume: {
    quote:
      "Volgens Musk is het genoemde bedrag slechts een begin en ligt het werkelijke productievolume waarschijnlijk veel hoger.",
    gloss:
      "According to Musk the amount named is only a start, and the real production volume is probably much higher.",
  },
  delayed: {
    quote: "De chipproductie in Texas liep vertraging op en het vinden van grote klanten bleek lastig.",
    gloss: "Chip production in Texas was delayed and finding large customers proved hard.",
  },
  monument: {
    quote:
      "Analisten waarschuwden eerder zelfs dat Samsungs Amerikaanse fabriek een duur monument dreigde te worden zonder klanten van formaat.",
    gloss:
      "Analysts had even warned that Samsung's US factory risked becoming an expensive monument without major customers.",
  },
  process: {
    quote: "het verfijnde 2-nanometerproces dat nodig is voor deze generatie chips",
    gloss: "the refined 2-nanometre process this generation of chips needs",
  },
};

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
        evidence: [{ key: "party-tesla", article, claim: "party", label: "Tesla orders the AI6 chip", ...q.ai6 }],
      },
      {
        company: "samsung-electronics",
        role: "foundry",
        evidence: [{ key: "party-samsung", article, claim: "party", label: "Samsung wins the order", ...q.order }],
      },
    ],
    evidence: [
      {
        key: "value",
        article,
        claim: "value",
        label: "Contract value",
        ...q.order,
        figure: { text: "16,5 miljard dollar", amount: "16500000000", unit: "USD", kind: "firm" },
      },
      {
        key: "term",
        article,
        claim: "term",
        label: "Term",
        ...q.term,
        figure: { text: "acht jaar", amount: "8", unit: "years", kind: "duration" },
      },
      {
        key: "chip",
        article,
        claim: "chip",
        label: "AI6 chip for autonomous driving, Optimus and AI training",
        ...q.ai6Use,
      },
      { key: "location", article, claim: "location", label: "Made in a new fab in Texas", ...q.texas },
      {
        key: "revenue-share",
        article,
        claim: "figure",
        label: "Share of Samsung's 2024 revenue",
        ...q.revenueShare,
        figure: {
          text: "ruim zeven procent",
          amount: "7",
          unit: "percent",
          qualifier: "more_than",
          kind: "percentage",
          date: "2024",
        },
      },
      { key: "process", article, claim: "statement", label: "2-nanometre process", ...q.process },
      { key: "volume", article, claim: "statement", label: "Musk: the amount is only a start", ...q.volume },
    ],
  },
];

export const events: EventSeed[] = [
  {
    // Background to the Tesla order, not a deal of July 2025: the article mentions the investment
    // the fab belongs to without dating it, so it is an undated fact known as of the report.
    slug: "samsung-texas-fab-investment",
    title: "Samsung's Texas fab is part of a $40 billion investment (background)",
    kind: "investment",
    occurred: "2025-07",
    occurredBasis: "mentioned",
    companies: ["samsung-electronics"],
    summary:
      "The article mentions, as background to the Tesla order, that the new Texas fab is part of a broader $40 billion Samsung investment backed by CHIPS and Science Act subsidies. It gives no date for the investment, which was under way before the July 2025 report; the fab had been delayed and short of large customers.",
    evidence: [
      {
        key: "value",
        article,
        claim: "figure",
        label: "The broader investment the fab belongs to",
        ...q.investment,
        figure: { text: "veertig miljard dollar", amount: "40000000000", unit: "USD", kind: "investment" },
      },
      { key: "delayed", article, claim: "statement", label: "Texas fab delayed, short of customers", ...q.delayed },
      {
        key: "monument",
        article,
        claim: "statement",
        label: "Analysts feared an expensive monument without customers",
        ...q.monument,
      },
    ],
  },
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
        ...q.shares,
        figure: { text: "zes procent", amount: "6", unit: "percent", kind: "percent_change", direction: "up" },
      },
    ],
  },
];
