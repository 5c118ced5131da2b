import { citationId } from "@/lib/articles/citation";
import { partialDateText } from "@/lib/dates/partial-date";
import { minorUnitsToDecimal } from "@/lib/amounts/decimal";
import type {
  Claim,
  DateBasis,
  DealKind,
  DealStatus,
  Direction,
  FigureKind,
  PartyRole,
  Precision,
  ValueKind,
} from "@/lib/domain";
import { toFxRateDto } from "@/lib/fx/dto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DealDto, DealValueDto, SourceDto } from "./schemas";

/** What an evidence query loads to build a SourceDto. */
export const EVIDENCE_INCLUDE = {
  article: { select: { slug: true, title: true, publishedOn: true, publishedPrecision: true } },
  party: { select: { company: { select: { slug: true } } } },
  fxRate: true,
} satisfies Prisma.EvidenceInclude;

/** What a deal query loads to build a DealDto. */
export const DEAL_INCLUDE = {
  parties: { include: { company: { select: { slug: true, name: true } } }, orderBy: { id: "asc" } },
  chips: { orderBy: { id: "asc" } },
  locations: { orderBy: { id: "asc" } },
  evidence: { orderBy: { id: "asc" }, include: EVIDENCE_INCLUDE },
  valueFxRate: true,
} satisfies Prisma.DealInclude;

// Date, then slug: the order the timeline merges in (see EVENT_ORDER), and a company page lists.
export const DEAL_ORDER: Prisma.DealOrderByWithRelationInput[] = [{ announcedOn: "desc" }, { slug: "asc" }];

export type DealRow = Prisma.DealGetPayload<{ include: typeof DEAL_INCLUDE }>;
type EvidenceRow = Prisma.EvidenceGetPayload<{ include: typeof EVIDENCE_INCLUDE }>;

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function toSourceDto(e: EvidenceRow): SourceDto {
  return {
    id: citationId(e.key),
    article: e.article.slug,
    title: e.article.title,
    publishedOn: partialDateText(e.article.publishedOn, e.article.publishedPrecision as Precision),
    quote: e.quote,
    quoteStart: e.quoteStart,
    quoteEnd: e.quoteEnd,
    claim: e.claim as Claim,
    label: e.label,
    gloss: e.gloss,
    party: e.party?.company.slug ?? null,
    figure: toFigureDto(e),
  };
}

type FigureColumns = Pick<
  EvidenceRow,
  | "amount"
  | "amountText"
  | "amountHigh"
  | "unit"
  | "unitImplied"
  | "qualifier"
  | "figureKind"
  | "figureDate"
  | "figurePrecision"
  | "direction"
  | "amountUsd"
  | "fxRate"
>;

/** An evidence row's figure, or null when its claim is not a number. */
export function toFigureDto(e: FigureColumns): SourceDto["figure"] {
  if (e.amount === null || e.unit === null || e.figureKind === null) return null;
  return {
    text: e.amountText ?? "",
    amount: e.amount,
    high: e.amountHigh,
    unit: e.unit,
    unitImplied: e.unitImplied,
    qualifier: e.qualifier,
    kind: e.figureKind as FigureKind,
    date: e.figureDate && e.figurePrecision ? partialDateText(e.figureDate, e.figurePrecision as Precision) : null,
    direction: (e.direction as Direction | null) ?? null,
    signedAmount: e.direction === "down" ? `-${e.amount}` : e.amount,
    usd: e.amountUsd !== null && e.fxRate ? { amount: e.amountUsd, rate: toFxRateDto(e.fxRate) } : null,
  };
}

type ValueColumns = Pick<DealRow, "valueMinor" | "valueCurrency" | "valueKind" | "valueUsdMinor"> & {
  valueFxRate?: DealRow["valueFxRate"];
};

/** A deal row's headline value, or null unless amount, currency, kind and USD equivalent are all known. */
export function dealValue(d: ValueColumns): DealValueDto | null {
  return d.valueMinor !== null && d.valueCurrency && d.valueKind && d.valueUsdMinor !== null
    ? {
        amount: minorUnitsToDecimal(d.valueMinor),
        currency: d.valueCurrency,
        kind: d.valueKind as ValueKind,
        usd: minorUnitsToDecimal(d.valueUsdMinor),
        fx: d.valueFxRate ? toFxRateDto(d.valueFxRate) : null,
      }
    : null;
}

export function toDealDto(d: DealRow): DealDto {
  const precision = d.announcedPrecision as Precision;
  const hasTerm = d.termYears !== null || d.termStart !== null || d.termEnd !== null || d.termNote !== null;
  return {
    slug: d.slug,
    title: d.title,
    kind: d.kind as DealKind,
    status: d.status as DealStatus,
    announcedOn: partialDateText(d.announcedOn, precision),
    announcedPrecision: precision,
    announcedBasis: d.announcedBasis as DateBasis,
    term: hasTerm
      ? {
          years: d.termYears,
          start: d.termStart && isoDay(d.termStart),
          end: d.termEnd && isoDay(d.termEnd),
          note: d.termNote,
        }
      : null,
    value: dealValue(d),
    parties: d.parties.map((p) => ({ company: p.company.slug, name: p.company.name, role: p.role as PartyRole })),
    chips: d.chips.map((c) => c.name),
    locations: d.locations.map((l) => l.name),
    summary: d.summary,
    sources: d.evidence.map(toSourceDto),
  };
}
