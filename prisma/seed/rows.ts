import { parsePartialDate } from "@/lib/dates/partial-date";
import { DEAL_KINDS, EVENT_KINDS, PARTY_ROLES } from "@/lib/domain";
import { dealSearchText, eventSearchText } from "@/lib/search";
import type { ArticleSeed, CompanySeed, EventSeed, FxRateSeed, ParsedSeedData } from "./schema";
import type { PlannedEvidence, SeedPlan } from "./validate";

// The columns the seed writes for each curated record, the same on every run: write.ts compares
// them with what is stored and writes only what differs. Ids of rows written before are passed in.

type DealSeed = ParsedSeedData["deals"][number];

/** The ids an evidence row links to. */
export interface EvidenceLinks {
  articleId: number;
  dealId: number | null;
  eventId: number | null;
  partyId: number | null;
  fxRateId: number | null;
}

export const fxRateRow = (r: FxRateSeed) => ({
  currency: r.currency,
  date: new Date(`${r.date}T00:00:00Z`),
  usdPerUnit: r.usdPerUnit,
  source: r.source,
  sourceUrl: r.sourceUrl,
  note: r.note ?? null,
});

export function articleRow(plan: SeedPlan, a: ArticleSeed) {
  const published = plan.published.get(a.slug)!;
  return {
    slug: a.slug,
    title: a.title,
    publishedOn: published.start,
    publishedPrecision: published.precision,
    language: a.language,
    citedSource: a.citedSource ?? null,
    url: a.url ?? null,
    sourceFile: a.file,
    text: plan.texts.get(a.slug)!,
  };
}

export const companyRow = (c: CompanySeed) => ({
  slug: c.slug,
  name: c.name,
  country: c.country ?? null,
  kind: c.kind,
});

export function dealRow(plan: SeedPlan, d: DealSeed, valueFxRateId: number | null) {
  const date = plan.dealDates.get(d.slug)!;
  const value = plan.valueMinor.get(d.slug);
  return {
    slug: d.slug,
    title: d.title,
    kind: d.kind,
    status: d.status,
    announcedOn: date.start,
    announcedPrecision: date.precision,
    announcedBasis: d.announcedBasis,
    termYears: d.term?.years ?? null,
    termStart: d.term?.start ? parsePartialDate(d.term.start).start : null,
    termEnd: d.term?.end ? parsePartialDate(d.term.end).end : null,
    termNote: d.term?.note ?? null,
    valueMinor: value?.minor ?? null,
    valueCurrency: d.value?.currency ?? null,
    valueKind: d.value?.kind ?? null,
    valueUsdMinor: value?.usdMinor ?? null,
    valueFxRateId,
    summary: d.summary,
    searchText: dealSearchText({
      ...d,
      companies: companiesOf(
        plan,
        d.parties.map((p) => p.company),
      ),
      kindLabel: DEAL_KINDS[d.kind],
      roleLabels: d.parties.map((p) => PARTY_ROLES[p.role]),
      quotes: quotesOf(plan, `deal ${d.slug}`),
    }),
  };
}

export function eventRow(plan: SeedPlan, e: EventSeed) {
  const date = plan.eventDates.get(e.slug)!;
  return {
    slug: e.slug,
    title: e.title,
    kind: e.kind,
    occurredOn: date.start,
    occurredPrecision: date.precision,
    occurredBasis: e.occurredBasis,
    summary: e.summary,
    searchText: eventSearchText({
      ...e,
      companies: companiesOf(plan, e.companies),
      kindLabel: EVENT_KINDS[e.kind],
      quotes: quotesOf(plan, `event ${e.slug}`),
    }),
  };
}

/** The Evidence columns of a figure as the sources give it (the seed's and an accepted ingest's); all empty without one. */
export function figureColumns(fig: PlannedEvidence["figure"]) {
  return {
    amountText: fig?.text ?? null,
    amount: fig?.amount ?? null,
    amountHigh: fig?.high ?? null,
    unit: fig?.unit ?? null,
    unitImplied: fig?.unitImplied ?? false,
    qualifier: fig?.qualifier ?? null,
    figureKind: fig?.kind ?? null,
  };
}

export function evidenceRow(ev: PlannedEvidence, links: EvidenceLinks) {
  const fig = ev.figure;
  return {
    key: ev.fullKey,
    articleId: links.articleId,
    quote: ev.quote,
    quoteStart: ev.quoteStart,
    quoteEnd: ev.quoteEnd,
    claim: ev.claim,
    label: ev.label,
    dealId: links.dealId,
    eventId: links.eventId,
    partyId: links.partyId,
    ...figureColumns(fig),
    figureDate: ev.figureDate?.start ?? null,
    figurePrecision: ev.figureDate?.precision ?? null,
    direction: fig?.direction ?? null,
    amountUsd: ev.usd?.amount ?? null,
    fxRateId: links.fxRateId,
    gloss: ev.gloss,
  };
}

function companiesOf(plan: SeedPlan, slugs: string[]) {
  return slugs.map((s) => plan.data.companies.find((c) => c.slug === s)!);
}

/** The distinct quotes and glosses of a record's evidence, for its searchText. */
function quotesOf(plan: SeedPlan, owner: string) {
  return [...new Set((plan.evidence.get(owner) ?? []).flatMap((ev) => [ev.quote, ev.gloss]))];
}
