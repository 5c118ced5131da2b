import type { DealSeed, EventSeed } from "../schema";

const article = "tesla-ends-model-s-and-x";
const xaiArticle = "xai-merges-into-spacex";

// Each quote with its English gloss, cited by the records below.
const q = {
  decision: {
    quote: "Tesla stopt met de Model S en Model X ten gunste van robotica en kunstmatige intelligentie.",
    gloss: "Tesla is ending the Model S and Model X in favour of robotics and artificial intelligence.",
  },
  announcement: {
    quote: "Dat maakte topman Elon Musk woensdag 28 januari bekend bij de toelichting op de jaarcijfers.",
    gloss: "Chief executive Elon Musk announced this on Wednesday 28 January while presenting the annual results.",
  },
  model3y: {
    quote: "Vorig jaar namen Model 3 en Model Y samen bijna 97 procent van de leveringen voor hun rekening.",
    gloss: "Last year the Model 3 and Model Y together accounted for almost 97 percent of deliveries.",
  },
  q2: {
    quote: "De productie van beide modellen wordt in het tweede kwartaal afgebouwd en stopgezet.",
    gloss: "Production of both models will be wound down and stopped in the second quarter.",
  },
  optimus: {
    quote: "De vrijgekomen capaciteit wordt ingezet voor de productie van Optimus, de mensachtige robot van Tesla.",
    gloss: "The freed-up capacity will be used to produce Optimus, Tesla's humanoid robot.",
  },
  davos: {
    quote:
      "Musk liet onlangs tijdens het World Economic Forum in Davos weten dat hij Optimus in 2027 aan consumenten wil verkopen.",
    gloss:
      "Musk recently said at the World Economic Forum in Davos that he wants to sell Optimus to consumers in 2027.",
  },
  gross: {
    quote: "De brutowinst kwam uit op 14,3 miljard euro, 2 procent minder dan een jaar eerder.",
    gloss: "Gross profit came to €14.3 billion, 2 percent less than a year earlier.",
  },
  operating: {
    quote:
      "De operationele winst zakte met 38 procent naar 3,64 miljard euro, waardoor de operationele marge terugviel van 7,2 naar 4,6 procent.",
    gloss:
      "Operating profit fell 38 percent to €3.64 billion, so the operating margin dropped from 7.2 to 4.6 percent.",
  },
  revenue: {
    quote: "De totale omzet daalde met 3 procent naar 79,2 miljard euro.",
    gloss: "Total revenue fell 3 percent to €79.2 billion.",
  },
  autoRevenue: {
    quote: "De omzet uit de autodivisie liep met 10 procent terug tot 58 miljard euro.",
    gloss: "Revenue from the automotive division fell 10 percent to €58 billion.",
  },
  autoShare: {
    quote: "Auto’s zijn daarmee goed voor 73 procent van de totale omzet, tegen 79 procent een jaar eerder.",
    gloss: "Cars thus account for 73 percent of total revenue, against 79 percent a year earlier.",
  },
  energy: {
    quote:
      "Daartegenover stond een sterke groei in energieopwekking en -opslag, waarvan de omzet met 27 procent steeg.",
    gloss: "Against that stood strong growth in energy generation and storage, whose revenue rose 27 percent.",
  },
  terafabPlan: {
    quote:
      "Musk kondigde plannen aan voor een zogeheten TeraFab, een gigantische chipfabriek waarin Tesla zelf chips wil produceren.",
    gloss:
      "Musk announced plans for a so-called TeraFab, a giant chip factory in which Tesla wants to make chips itself.",
  },
  terafabReason: {
    quote:
      "Om de waarschijnlijke beperking over drie of vier jaar te verwijderen, zullen we een Tesla TeraFab moeten bouwen",
    gloss: "To remove the probable constraint in three or four years, we will have to build a Tesla TeraFab",
  },
  terafabUs: {
    quote: "Details volgen later, wel staat vast dat deze fabriek in de Verenigde Staten zelf wordt gevestigd.",
    gloss:
      "Details will follow later, but it is certain that this factory will be located in the United States itself.",
  },
  suppliers: {
    quote:
      "De halfgeleiders komen nu van Samsung en TSMC, maar Musk waarschuwt: ‘Het is erg belangrijk dat we beschermd zijn tegen geopolitieke risico’s.’",
    gloss:
      "The semiconductors now come from Samsung and TSMC, but Musk warns: 'It is very important that we are protected against geopolitical risks.'",
  },
  millionOptimus: {
    quote:
      "Het bedrijf stopt met de productie van de grote modellen S en X om ruimte te maken voor de productie van een miljoen Optimussen.",
    gloss:
      "The company is ending production of the large Model S and X to make room for producing a million Optimus robots.",
  },
  firstDecline: {
    quote: "Vorige week maakte Tesla de eerste omzetdaling in zijn geschiedenis bekend.",
    gloss: "Last week Tesla reported the first revenue decline in its history.",
  },
};

export const deals: DealSeed[] = [
  {
    // A supply relationship, not a contract: the article says where Tesla's chips come from today,
    // with no order, value or start date; it is dated to the report that states it.
    slug: "tesla-chip-supply-samsung-tsmc",
    title: "Samsung and TSMC supply Tesla's chips",
    kind: "supply_relationship",
    status: "active",
    announced: "2026-01-29",
    announcedBasis: "reported",
    summary:
      "Tesla's semiconductors currently come from Samsung and TSMC, the article reports; no contract, volume or value is given. Musk stresses the need to be protected against geopolitical risk, one reason for Tesla's TeraFab plan.",
    parties: [
      {
        company: "tesla",
        role: "customer",
        evidence: [{ key: "party-tesla", article, claim: "party", label: "Tesla's chips", ...q.suppliers }],
      },
      {
        company: "samsung-electronics",
        role: "supplier",
        evidence: [{ key: "party-samsung", article, claim: "party", label: "Chips come from Samsung", ...q.suppliers }],
      },
      {
        company: "tsmc",
        role: "supplier",
        evidence: [{ key: "party-tsmc", article, claim: "party", label: "Chips come from TSMC", ...q.suppliers }],
      },
    ],
    evidence: [
      { key: "suppliers", article, claim: "statement", label: "Chips now come from Samsung and TSMC", ...q.suppliers },
    ],
  },
];

export const events: EventSeed[] = [
  {
    slug: "tesla-terafab",
    title: "Musk announces plans for a Tesla 'TeraFab' chip factory in the US",
    kind: "plan",
    occurred: "2026-01-28",
    occurredBasis: "stated",
    companies: ["tesla"],
    summary:
      "At the 2025 results on 28 January 2026 Musk announced plans for a 'TeraFab', a giant chip factory in which Tesla would make its own chips, to remove a likely supply constraint three or four years out. It will be built in the United States; details are to follow. A plan, with no partner, value or date of construction.",
    evidence: [
      {
        key: "plan",
        article,
        claim: "statement",
        label: "Plans for a TeraFab to make Tesla's own chips",
        ...q.terafabPlan,
      },
      { key: "date", article, claim: "date", label: "Results presentation, Wednesday 28 January", ...q.announcement },
      {
        key: "reason",
        article,
        claim: "statement",
        label: "Musk: to remove the likely constraint in three or four years",
        ...q.terafabReason,
      },
      { key: "location", article, claim: "location", label: "Built in the United States", ...q.terafabUs },
    ],
  },
  {
    slug: "tesla-ends-model-s-and-x",
    title: "Tesla ends the Model S and Model X to make room for Optimus",
    kind: "production_change",
    occurred: "2026-01-28",
    occurredBasis: "stated",
    companies: ["tesla"],
    summary:
      "Tesla will wind down and stop production of the Model S and Model X in the second quarter of 2026 and use the freed capacity in Fremont for its Optimus humanoid robot. The Model 3 and Y made up almost 97% of 2025 deliveries.",
    evidence: [
      { key: "date", article, claim: "date", label: "Announced Wednesday 28 January", ...q.announcement },
      {
        key: "decision",
        article,
        claim: "statement",
        label: "Model S and X end in favour of robotics and AI",
        ...q.decision,
      },
      { key: "q2", article, claim: "statement", label: "Production ends in the second quarter", ...q.q2 },
      { key: "optimus", article, claim: "statement", label: "Capacity goes to Optimus", ...q.optimus },
      {
        key: "model-3-y-share",
        article,
        claim: "figure",
        label: "Model 3 and Y share of 2025 deliveries",
        ...q.model3y,
        figure: {
          text: "bijna 97 procent",
          amount: "97",
          unit: "percent",
          qualifier: "almost",
          kind: "percentage",
          date: "2025",
        },
      },
      {
        key: "million-optimus",
        article: xaiArticle,
        claim: "statement",
        label: "To make room for a million Optimus robots",
        ...q.millionOptimus,
      },
    ],
  },
  {
    slug: "tesla-2025-annual-results",
    title: "Tesla reports its first annual revenue decline",
    kind: "financial_results",
    occurred: "2026-01-28",
    occurredBasis: "stated",
    companies: ["tesla"],
    summary:
      "Tesla's 2025 results, in the euros the Dutch source quotes: revenue fell 3% to €79.2 billion, its first decline ever; gross profit €14.3 billion (−2%); operating profit fell 38% to €3.64 billion and the operating margin from 7.2% to 4.6%. Automotive revenue fell 10% to €58 billion (73% of revenue, from 79%), while energy revenue grew 27%.",
    evidence: [
      { key: "date", article, claim: "date", label: "Results presented Wednesday 28 January", ...q.announcement },
      {
        key: "gross-profit",
        article,
        claim: "figure",
        label: "Gross profit 2025",
        ...q.gross,
        figure: {
          text: "14,3 miljard euro",
          amount: "14300000000",
          unit: "EUR",
          kind: "financial_result",
          date: "2025",
        },
      },
      {
        key: "gross-profit-change",
        article,
        claim: "figure",
        label: "Gross profit change",
        ...q.gross,
        figure: {
          text: "2 procent",
          amount: "2",
          unit: "percent",
          kind: "percent_change",
          direction: "down",
          date: "2025",
        },
      },
      {
        key: "operating-profit",
        article,
        claim: "figure",
        label: "Operating profit 2025",
        ...q.operating,
        figure: {
          text: "3,64 miljard euro",
          amount: "3640000000",
          unit: "EUR",
          kind: "financial_result",
          date: "2025",
        },
      },
      {
        key: "operating-profit-change",
        article,
        claim: "figure",
        label: "Operating profit change",
        ...q.operating,
        figure: {
          text: "38 procent",
          amount: "38",
          unit: "percent",
          kind: "percent_change",
          direction: "down",
          date: "2025",
        },
      },
      {
        key: "margin-before",
        article,
        claim: "figure",
        label: "Operating margin 2024",
        ...q.operating,
        figure: { text: "7,2", amount: "7.2", unit: "percent", unitImplied: true, kind: "percentage", date: "2024" },
      },
      {
        key: "margin-after",
        article,
        claim: "figure",
        label: "Operating margin 2025",
        ...q.operating,
        figure: { text: "4,6 procent", amount: "4.6", unit: "percent", kind: "percentage", date: "2025" },
      },
      {
        key: "revenue",
        article,
        claim: "figure",
        label: "Total revenue 2025",
        ...q.revenue,
        figure: {
          text: "79,2 miljard euro",
          amount: "79200000000",
          unit: "EUR",
          kind: "financial_result",
          date: "2025",
        },
      },
      {
        key: "revenue-change",
        article,
        claim: "figure",
        label: "Revenue change",
        ...q.revenue,
        figure: {
          text: "3 procent",
          amount: "3",
          unit: "percent",
          kind: "percent_change",
          direction: "down",
          date: "2025",
        },
      },
      {
        key: "auto-revenue",
        article,
        claim: "figure",
        label: "Automotive revenue 2025",
        ...q.autoRevenue,
        figure: { text: "58 miljard euro", amount: "58000000000", unit: "EUR", kind: "financial_result", date: "2025" },
      },
      {
        key: "auto-revenue-change",
        article,
        claim: "figure",
        label: "Automotive revenue change",
        ...q.autoRevenue,
        figure: {
          text: "10 procent",
          amount: "10",
          unit: "percent",
          kind: "percent_change",
          direction: "down",
          date: "2025",
        },
      },
      {
        key: "auto-share",
        article,
        claim: "figure",
        label: "Automotive share of revenue 2025",
        ...q.autoShare,
        figure: { text: "73 procent", amount: "73", unit: "percent", kind: "percentage", date: "2025" },
      },
      {
        key: "auto-share-before",
        article,
        claim: "figure",
        label: "Automotive share of revenue 2024",
        ...q.autoShare,
        figure: { text: "79 procent", amount: "79", unit: "percent", kind: "percentage", date: "2024" },
      },
      {
        key: "energy-growth",
        article,
        claim: "figure",
        label: "Energy generation and storage revenue change",
        ...q.energy,
        figure: {
          text: "27 procent",
          amount: "27",
          unit: "percent",
          kind: "percent_change",
          direction: "up",
          date: "2025",
        },
      },
      {
        key: "first-decline",
        article: xaiArticle,
        claim: "statement",
        label: "First revenue decline in Tesla's history",
        ...q.firstDecline,
      },
    ],
  },
  {
    slug: "tesla-optimus-consumer-sales-2027",
    title: "Musk aims to sell Optimus to consumers in 2027",
    kind: "strategy",
    occurred: "2026-01",
    occurredBasis: "reported",
    companies: ["tesla"],
    summary: "At the World Economic Forum in Davos Musk said he wants to sell the Optimus robot to consumers in 2027.",
    evidence: [{ key: "davos", article, claim: "statement", label: "Optimus for consumers in 2027", ...q.davos }],
  },
];
