import { z } from "zod";
import {
  Claim,
  CompanyKind,
  DateBasis,
  DealKind,
  DealStatus,
  Direction,
  EventKind,
  FigureKind,
  PartyRole,
  ValueKind,
} from "@/lib/domain";
import { PartialDateString } from "@/lib/dates/partial-date";

// The shape of the curated seed files in prisma/seed/data/. Each claim a user sees cites a
// verbatim quote; each number states its value, which the seed checks against the parser.

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug: lowercase words joined by hyphens");
const Decimal = z.string().regex(/^\d+(?:\.\d+)?$/, "an exact decimal such as 16500000000 or 114.29");

export const ArticleSeed = z.object({
  slug: Slug,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  title: z.string().min(1),
  publishedOn: PartialDateString,
  // The seed's own articles are Dutch; ingested ones (validated with these rules too) may be English.
  language: z.enum(["nl", "en"]),
  citedSource: z.string().optional(),
  /** The original's web address, where the source file names one. */
  url: z.url().optional(),
});

export const FxRateSeed = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as EUR"),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "the rate's day, YYYY-MM-DD"),
  /** US dollars per one unit of currency. */
  usdPerUnit: Decimal,
  source: z.string().min(1),
  sourceUrl: z.url(),
  note: z.string().optional(),
});

export const CompanySeed = z.object({
  slug: Slug,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  country: z.string().length(2).optional(),
  kind: CompanyKind,
});

export const FigureSeed = z.object({
  /** The amount exactly as the quote writes it, e.g. "16,5 miljard dollar". */
  text: z.string().min(1),
  amount: Decimal,
  high: Decimal.optional(),
  unit: z.string().min(1),
  /** The quote leaves the unit to context ("2 miljard" after dollar figures). */
  unitImplied: z.boolean().optional(),
  qualifier: z.string().optional(),
  kind: FigureKind,
  /** Which way a change goes: "daalde met 3 procent" is 3, down. Required for a percent_change. */
  direction: Direction.optional(),
  /** The date the figure refers to, when it is not the date of its deal or event. */
  date: PartialDateString.optional(),
});

export const EvidenceSeed = z.object({
  key: Slug,
  article: Slug,
  quote: z.string().min(8),
  claim: Claim,
  label: z.string().min(1),
  /** A short English gloss of the Dutch quote, shown beside it. */
  gloss: z.string().trim().min(1, "an English gloss of the quote"),
  figure: FigureSeed.optional(),
});

export const PartySeed = z.object({
  company: Slug,
  role: PartyRole,
  evidence: z.array(EvidenceSeed).min(1),
});

export const DealSeed = z.object({
  slug: Slug,
  title: z.string().min(1),
  kind: DealKind,
  status: DealStatus,
  announced: PartialDateString,
  announcedBasis: DateBasis,
  term: z
    .object({
      years: z.number().int().positive().optional(),
      start: PartialDateString.optional(),
      end: PartialDateString.optional(),
      note: z.string().optional(),
    })
    .optional(),
  value: z.object({ amount: Decimal, currency: z.string().length(3), kind: ValueKind }).optional(),
  chips: z.array(z.string().min(1)).default([]),
  locations: z.array(z.string().min(1)).default([]),
  summary: z.string().min(40),
  parties: z.array(PartySeed).min(1),
  evidence: z.array(EvidenceSeed).min(1),
});

export const EventSeed = z.object({
  slug: Slug,
  title: z.string().min(1),
  kind: EventKind,
  occurred: PartialDateString,
  occurredBasis: DateBasis,
  companies: z.array(Slug).min(1),
  summary: z.string().min(20),
  evidence: z.array(EvidenceSeed).min(1),
});

/** Records and rows an earlier seed wrote that a correction removed: the seed deletes exactly these. */
export const RetiredSeed = z.object({
  deals: z.array(Slug).default([]),
  events: z.array(Slug).default([]),
  /** "deal-slug/chip name" */
  dealChips: z.array(z.string()).default([]),
  /** Full evidence keys, e.g. "deal/meta-amd-instinct/chip-mi300x". */
  evidence: z.array(z.string()).default([]),
});

export const SeedData = z.object({
  articles: z.array(ArticleSeed),
  fxRates: z.array(FxRateSeed).default([]),
  retired: RetiredSeed.default({ deals: [], events: [], dealChips: [], evidence: [] }),
  companies: z.array(CompanySeed),
  deals: z.array(DealSeed),
  events: z.array(EventSeed),
});

export type ArticleSeed = z.infer<typeof ArticleSeed>;
export type CompanySeed = z.infer<typeof CompanySeed>;
export type EvidenceSeed = z.infer<typeof EvidenceSeed>;
export type FigureSeed = z.infer<typeof FigureSeed>;
export type FxRateSeed = z.infer<typeof FxRateSeed>;
export type RetiredSeed = z.input<typeof RetiredSeed>;
export type DealSeed = z.input<typeof DealSeed>;
export type EventSeed = z.infer<typeof EventSeed>;
export type SeedData = z.input<typeof SeedData>;
export type ParsedSeedData = z.output<typeof SeedData>;
