import type { DealKind, DealStatus, PartyRole, Precision, ValueKind } from "@/lib/domain";
import { dealSearchText } from "@/lib/search";
import type { SynthCompany } from "./companies";
import { dutchAmount, dutchDate, QUALIFIER } from "./dutch";
import { type Rng } from "./prng";
import { CHIPS, CURRENCIES, KIND_ROLES, KIND_WEIGHTS, LOCATIONS, ROLE_NL, VALUE_KIND_WEIGHTS } from "./vocabulary";

const DAY_MS = 86_400_000;
/** Ten years of deals: 2016-01-01 to 2025-12-31. */
const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = Math.round((Date.UTC(2026, 0, 1) - FIRST_DAY) / DAY_MS);

const PRECISION_WEIGHTS: readonly (readonly [Precision, number])[] = [
  ["day", 55],
  ["month", 35],
  ["quarter", 6],
  ["year", 4],
];
const PARTY_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [2, 40],
  [3, 25],
  [4, 15],
  [5, 12],
  [6, 8],
];
const STATUS_WEIGHTS: readonly (readonly [DealStatus, number])[] = [
  ["announced", 40],
  ["signed", 30],
  ["completed", 15],
  ["planned", 10],
  ["active", 5],
];
const FILLERS = [
  "The agreement is part of a wider push into AI infrastructure.",
  "Analysts see it as a sign of tight supply of advanced chips.",
  "Neither company disclosed the delivery schedule in detail.",
  "The companies expect the first volumes within a year.",
  "It follows earlier talks between the two that stalled over pricing.",
  "The deal still needs the approval of regulators in several countries.",
];

/** A date at a precision: the first day of its period and the last. */
export interface Period {
  start: Date;
  end: Date;
  precision: Precision;
}

export function randomPeriod(rng: Rng): Period {
  const precision = rng.weighted(PRECISION_WEIGHTS);
  const day = new Date(FIRST_DAY + rng.int(0, DAYS - 1) * DAY_MS);
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  switch (precision) {
    case "day":
      return { start: day, end: day, precision };
    case "month":
      return { start: new Date(Date.UTC(y, m, 1)), end: new Date(Date.UTC(y, m + 1, 0)), precision };
    case "quarter":
      return {
        start: new Date(Date.UTC(y, m - (m % 3), 1)),
        end: new Date(Date.UTC(y, m - (m % 3) + 3, 0)),
        precision,
      };
    case "year":
      return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y, 11, 31)), precision };
  }
}

/** A claim of the deal and the Dutch sentence (of its article) that states it. */
export interface ClaimDraft {
  key: string;
  sentence: number;
  claim: "value" | "date" | "party" | "chip" | "location";
  label: string;
  party?: { company: number; role: PartyRole };
  figure?: { text: string; amount: string; unit: string; qualifier: string | null; kind: ValueKind };
}

export interface DealDraft {
  row: {
    slug: string;
    title: string;
    kind: DealKind;
    status: DealStatus;
    announcedOn: Date;
    announcedPrecision: Precision;
    announcedBasis: "stated" | "reported";
    termYears: number | null;
    termStart: Date | null;
    termEnd: Date | null;
    termNote: string | null;
    valueMinor: bigint | null;
    valueCurrency: string | null;
    valueKind: ValueKind | null;
    valueUsdMinor: bigint | null;
    summary: string;
    searchText: string;
  };
  /** Period end: the article that reports the deal is dated on or after it. */
  periodEnd: Date;
  parties: { company: number; role: PartyRole }[];
  chips: string[];
  locations: string[];
  sentences: string[];
  claims: ClaimDraft[];
}

/** A headline value: a round amount in its currency, its USD equivalent between $1M and $1T. */
function randomValue(rng: Rng) {
  const currency = rng.weighted(CURRENCIES.map((c, i) => [i, c.weight] as const));
  const { code, word, usd } = CURRENCIES[currency]!;
  const [num, den] = usd;
  // Log-uniform over six orders of magnitude of US dollars, rounded to two or three digits.
  const targetUsd = 10 ** (6 + rng.next() * 6);
  const inCurrency = (targetUsd * Number(den)) / Number(num);
  const digits = rng.chance(0.3) ? 3 : 2;
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(inCurrency)) - digits + 1);
  const amount = BigInt(Math.max(1, Math.round(inCurrency / scale))) * BigInt(scale);
  const minor = amount * 100n;
  return { code, word, amount, minor, usdMinor: (minor * num) / den };
}

export function synthDeal(rng: Rng, id: number, pickCompany: (role: PartyRole) => SynthCompany): DealDraft {
  const kind = rng.weighted(KIND_WEIGHTS);
  const roles = KIND_ROLES[kind];
  const partyCount = rng.weighted(PARTY_COUNT_WEIGHTS);
  const parties: { company: SynthCompany; role: PartyRole }[] = [];
  const used = new Set<number>();
  for (let i = 0; parties.length < partyCount && i < partyCount * 20; i++) {
    const role = parties.length < 2 ? roles.first[parties.length]! : rng.pick(roles.extra);
    const company = pickCompany(role);
    if (used.has(company.id)) continue;
    used.add(company.id);
    parties.push({ company, role });
  }
  const [a, b] = [parties[0]!.company, parties[1]!.company];
  const chips = rng.chance(0.6) ? rng.distinct(rng.int(1, 3), () => rng.pick(CHIPS)) : [];
  const locations = rng.chance(0.35) ? rng.distinct(rng.int(1, 2), () => rng.pick(LOCATIONS)) : [];
  const period = randomPeriod(rng);
  const value = rng.chance(0.85) ? { ...randomValue(rng), kind: rng.weighted(VALUE_KIND_WEIGHTS) } : null;
  const title = dealTitle(kind, a.name, b.name, chips[0], locations[0]);
  const slug = `${a.slug}-${b.slug}-${kind.replace(/_/g, "-")}-${id}`;

  const sentences: string[] = [];
  const claims: ClaimDraft[] = [];
  const amountText = value ? dutchAmount(value.amount, value.word, value.kind) : null;
  const headline =
    value?.kind === "valuation"
      ? `${a.name} en ${b.name} sluiten een ${roles.nl}, waarbij het bedrijf wordt gewaardeerd op ${amountText}.`
      : value
        ? `${a.name} en ${b.name} sluiten een ${roles.nl} ter waarde van ${amountText}.`
        : `${a.name} en ${b.name} sluiten een ${roles.nl}, maar noemen geen bedrag.`;
  sentences.push(headline);
  if (value) {
    claims.push({
      key: "value",
      sentence: 0,
      claim: "value",
      label: "Headline value",
      figure: {
        text: amountText!,
        amount: value.amount.toString(),
        unit: value.code,
        qualifier: QUALIFIER[value.kind],
        kind: value.kind,
      },
    });
  }
  sentences.push(`De deal werd ${dutchDate(period.start, period.precision)} bekendgemaakt.`);
  claims.push({ key: "date", sentence: 1, claim: "date", label: "Date" });
  parties.forEach((p, i) => {
    let sentence = 0;
    if (i >= 2) sentence = sentences.push(`Ook ${p.company.name} is bij de deal betrokken als ${ROLE_NL[p.role]}.`) - 1;
    claims.push({
      key: `party-${p.company.slug}-${p.role}`,
      sentence,
      claim: "party",
      label: `Party: ${p.role}`,
      party: { company: p.company.id, role: p.role },
    });
  });
  if (chips.length) {
    const where = locations.length ? `, te maken in ${locations.join(" en ")}` : "";
    const sentence = sentences.push(`Het gaat om ${chips.join(" en ")}-chips${where}.`) - 1;
    claims.push({ key: "chip", sentence, claim: "chip", label: "Chips" });
  } else if (locations.length) {
    const sentence = sentences.push(`De productie vindt plaats in ${locations.join(" en ")}.`) - 1;
    claims.push({ key: "location", sentence, claim: "location", label: "Location" });
  }

  const others = parties.slice(2).map((p) => `${p.company.name} (${p.role.replace(/_/g, " ")})`);
  const summary = [
    `${title}.`,
    value ? `The ${value.kind.replace("_", "-")} value is ${value.amount} ${value.code}.` : "No value was disclosed.",
    others.length ? `Also involved: ${others.join(", ")}.` : "",
    ...rng.distinct(rng.int(1, 2), () => rng.pick(FILLERS)),
  ]
    .filter(Boolean)
    .join(" ");
  const termYears = rng.chance(0.4) ? rng.int(1, 10) : null;
  const withDates = termYears !== null && rng.chance(0.3);

  return {
    row: {
      slug,
      title,
      kind,
      status: rng.weighted(STATUS_WEIGHTS),
      announcedOn: period.start,
      announcedPrecision: period.precision,
      announcedBasis: period.precision === "day" || rng.chance(0.5) ? "stated" : "reported",
      termYears,
      termStart: withDates ? period.start : null,
      termEnd: withDates ? new Date(Date.UTC(period.start.getUTCFullYear() + termYears - 1, 11, 31)) : null,
      termNote: termYears === null && rng.chance(0.15) ? "multi-year" : null,
      valueMinor: value?.minor ?? null,
      valueCurrency: value?.code ?? null,
      valueKind: value?.kind ?? null,
      valueUsdMinor: value?.usdMinor ?? null,
      summary,
      searchText: dealSearchText({ title, summary, chips, locations, companies: parties.map((p) => p.company) }),
    },
    periodEnd: period.end,
    parties: parties.map((p) => ({ company: p.company.id, role: p.role })),
    chips,
    locations,
    sentences,
    claims,
  };
}

function dealTitle(
  kind: DealKind,
  a: string,
  b: string,
  chip: string | undefined,
  location: string | undefined,
): string {
  const inLocation = location ? ` in ${location}` : "";
  switch (kind) {
    case "foundry_contract":
      return `${b} to make ${chip ?? "AI"} chips for ${a}`;
    case "chip_purchase":
      return `${a} buys ${chip ?? "AI"} chips from ${b}`;
    case "supply_agreement":
      return `${b} to supply ${chip ?? "AI accelerators"} to ${a}`;
    case "supply_relationship":
      return `${b} supplies ${chip ?? "chips"} to ${a}`;
    case "manufacturing_buildout":
      return `${a} expands manufacturing with ${b}${inLocation}`;
    case "fab_investment":
      return `${b} invests in a fab of ${a}${inLocation}`;
    case "own_fab_plan":
      return `${a} plans its own fab${inLocation}`;
    case "merger_acquisition":
      return `${a} acquires ${b}`;
    case "funding_round":
      return `${a} raises funding from ${b}`;
    case "strategic_investment":
      return `${a} takes a stake in ${b}`;
    case "share_offering":
      return `${a} plans a share offering`;
  }
}
