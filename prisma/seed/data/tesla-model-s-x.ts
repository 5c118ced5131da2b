import type { DealSeed, EventSeed } from "../schema";

const article = "tesla-ends-model-s-and-x";
const xaiArticle = "xai-merges-into-spacex";
const announcement = "Dat maakte topman Elon Musk woensdag 28 januari bekend bij de toelichting op de jaarcijfers.";
const operating =
  "De operationele winst zakte met 38 procent naar 3,64 miljard euro, waardoor de operationele marge terugviel van 7,2 naar 4,6 procent.";
const gross = "De brutowinst kwam uit op 14,3 miljard euro, 2 procent minder dan een jaar eerder.";
const revenue = "De totale omzet daalde met 3 procent naar 79,2 miljard euro.";
const autoRevenue = "De omzet uit de autodivisie liep met 10 procent terug tot 58 miljard euro.";
const autoShare = "Auto’s zijn daarmee goed voor 73 procent van de totale omzet, tegen 79 procent een jaar eerder.";
const terafabQuote =
  "Om de waarschijnlijke beperking over drie of vier jaar te verwijderen, zullen we een Tesla TeraFab moeten bouwen";

export const deals: DealSeed[] = [
  {
    slug: "tesla-terafab",
    title: "Tesla plans a 'TeraFab' chip factory in the US",
    kind: "own_fab_plan",
    status: "planned",
    announced: "2026-01-28",
    announcedBasis: "stated",
    locations: ["United States"],
    summary:
      "At its 2025 results on 28 January 2026 Musk announced plans for a 'TeraFab', a giant chip factory in which Tesla would make its own chips, to remove a likely supply constraint three or four years out. It will be built in the United States; details are to follow. Tesla's chips now come from Samsung and TSMC.",
    parties: [
      {
        company: "tesla",
        role: "owner",
        evidence: [
          {
            key: "party-tesla",
            article,
            claim: "party",
            label: "Tesla to make its own chips",
            quote:
              "Musk kondigde plannen aan voor een zogeheten TeraFab, een gigantische chipfabriek waarin Tesla zelf chips wil produceren.",
          },
        ],
      },
    ],
    evidence: [
      {
        key: "date",
        article,
        claim: "date",
        label: "Announced at the results presentation, Wednesday 28 January",
        quote: announcement,
      },
      {
        key: "reason",
        article,
        claim: "statement",
        label: "Musk: to remove the likely constraint in three or four years",
        quote: terafabQuote,
      },
      {
        key: "location",
        article,
        claim: "location",
        label: "Built in the United States",
        quote: "Details volgen later, wel staat vast dat deze fabriek in de Verenigde Staten zelf wordt gevestigd.",
      },
    ],
  },
];

export const events: EventSeed[] = [
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
      { key: "date", article, claim: "date", label: "Announced Wednesday 28 January", quote: announcement },
      {
        key: "decision",
        article,
        claim: "statement",
        label: "Model S and X end in favour of robotics and AI",
        quote: "Tesla stopt met de Model S en Model X ten gunste van robotica en kunstmatige intelligentie.",
      },
      {
        key: "q2",
        article,
        claim: "statement",
        label: "Production ends in the second quarter",
        quote: "De productie van beide modellen wordt in het tweede kwartaal afgebouwd en stopgezet.",
      },
      {
        key: "optimus",
        article,
        claim: "statement",
        label: "Capacity goes to Optimus",
        quote: "De vrijgekomen capaciteit wordt ingezet voor de productie van Optimus, de mensachtige robot van Tesla.",
      },
      {
        key: "model-3-y-share",
        article,
        claim: "figure",
        label: "Model 3 and Y share of 2025 deliveries",
        quote: "Vorig jaar namen Model 3 en Model Y samen bijna 97 procent van de leveringen voor hun rekening.",
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
        quote:
          "Het bedrijf stopt met de productie van de grote modellen S en X om ruimte te maken voor de productie van een miljoen Optimussen.",
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
      "Tesla's 2025 results: revenue fell 3% to €79.2 billion, its first decline ever; gross profit €14.3 billion (−2%); operating profit fell 38% to €3.64 billion and the operating margin from 7.2% to 4.6%. Automotive revenue fell 10% to €58 billion (73% of revenue, from 79%), while energy revenue grew 27%.",
    evidence: [
      { key: "date", article, claim: "date", label: "Results presented Wednesday 28 January", quote: announcement },
      {
        key: "gross-profit",
        article,
        claim: "figure",
        label: "Gross profit 2025",
        quote: gross,
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
        label: "Gross profit change (decline)",
        quote: gross,
        figure: { text: "2 procent", amount: "2", unit: "percent", kind: "percentage", date: "2025" },
      },
      {
        key: "operating-profit",
        article,
        claim: "figure",
        label: "Operating profit 2025",
        quote: operating,
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
        label: "Operating profit change (decline)",
        quote: operating,
        figure: { text: "38 procent", amount: "38", unit: "percent", kind: "percentage", date: "2025" },
      },
      {
        key: "margin-before",
        article,
        claim: "figure",
        label: "Operating margin 2024",
        quote: operating,
        figure: { text: "7,2", amount: "7.2", unit: "percent", unitImplied: true, kind: "percentage", date: "2024" },
      },
      {
        key: "margin-after",
        article,
        claim: "figure",
        label: "Operating margin 2025",
        quote: operating,
        figure: { text: "4,6 procent", amount: "4.6", unit: "percent", kind: "percentage", date: "2025" },
      },
      {
        key: "revenue",
        article,
        claim: "figure",
        label: "Total revenue 2025",
        quote: revenue,
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
        label: "Revenue change (decline)",
        quote: revenue,
        figure: { text: "3 procent", amount: "3", unit: "percent", kind: "percentage", date: "2025" },
      },
      {
        key: "auto-revenue",
        article,
        claim: "figure",
        label: "Automotive revenue 2025",
        quote: autoRevenue,
        figure: { text: "58 miljard euro", amount: "58000000000", unit: "EUR", kind: "financial_result", date: "2025" },
      },
      {
        key: "auto-revenue-change",
        article,
        claim: "figure",
        label: "Automotive revenue change (decline)",
        quote: autoRevenue,
        figure: { text: "10 procent", amount: "10", unit: "percent", kind: "percentage", date: "2025" },
      },
      {
        key: "auto-share",
        article,
        claim: "figure",
        label: "Automotive share of revenue 2025",
        quote: autoShare,
        figure: { text: "73 procent", amount: "73", unit: "percent", kind: "percentage", date: "2025" },
      },
      {
        key: "auto-share-before",
        article,
        claim: "figure",
        label: "Automotive share of revenue 2024",
        quote: autoShare,
        figure: { text: "79 procent", amount: "79", unit: "percent", kind: "percentage", date: "2024" },
      },
      {
        key: "energy-growth",
        article,
        claim: "figure",
        label: "Energy generation and storage revenue growth",
        quote:
          "Daartegenover stond een sterke groei in energieopwekking en -opslag, waarvan de omzet met 27 procent steeg.",
        figure: { text: "27 procent", amount: "27", unit: "percent", kind: "percentage", date: "2025" },
      },
      {
        key: "first-decline",
        article: xaiArticle,
        claim: "statement",
        label: "First revenue decline in Tesla's history",
        quote: "Vorige week maakte Tesla de eerste omzetdaling in zijn geschiedenis bekend.",
      },
    ],
  },
  {
    slug: "tesla-chip-sourcing",
    title: "Tesla: our chips come from Samsung and TSMC",
    kind: "supply_statement",
    occurred: "2026-01-29",
    occurredBasis: "reported",
    companies: ["tesla", "samsung-electronics", "tsmc"],
    summary:
      "Tesla's chips currently come from Samsung and TSMC; Musk stresses the need to be protected against geopolitical risk, one reason for the TeraFab plan.",
    evidence: [
      {
        key: "suppliers",
        article,
        claim: "statement",
        label: "Chips come from Samsung and TSMC",
        quote:
          "De halfgeleiders komen nu van Samsung en TSMC, maar Musk waarschuwt: ‘Het is erg belangrijk dat we beschermd zijn tegen geopolitieke risico’s.’",
      },
      { key: "date", article, claim: "date", label: "Reported 29 Jan 2026", quote: "date 2026-01-29" },
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
    evidence: [
      {
        key: "davos",
        article,
        claim: "statement",
        label: "Optimus for consumers in 2027",
        quote:
          "Musk liet onlangs tijdens het World Economic Forum in Davos weten dat hij Optimus in 2027 aan consumenten wil verkopen.",
      },
      { key: "date", article, claim: "date", label: "'Recently', reported 29 Jan 2026", quote: "date 2026-01-29" },
    ],
  },
];
