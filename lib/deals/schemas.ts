import { z } from "zod";
import { DealKind, DealStatus, PartyRole, Precision, ValueKind, DateBasis, Claim, FigureKind } from "@/lib/domain";
import { PartialDateString, parsePartialDate } from "@/lib/dates/partial-date";

// One schema per query, used by the API route handlers and the pages' searchParams alike.

export const Slug = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug such as tesla or meta-amd-instinct");
export const isSlug = (value: string): boolean => Slug.safeParse(value).success;

const DateParam = PartialDateString.refine(
  (s) => {
    try {
      parsePartialDate(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a calendar date" },
).describe("ISO date: YYYY-MM-DD, or YYYY-MM / YYYY for a whole month or year");

const UsdParam = z
  .string()
  .regex(/^\d{1,15}(?:\.\d{1,2})?$/, "expected US dollars as a plain number, e.g. 1000000000 or 114.29")
  .describe("US dollars, plain number (no separators)");

export const DEAL_SORTS = ["announcedOn", "-announcedOn", "valueUsd", "-valueUsd", "title", "-title"] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

export const DealFilterSchema = z.object({
  company: z
    .array(Slug)
    .max(50, "at most 50 companies")
    .optional()
    .describe("Company slug; repeat to match deals with any of them as a party"),
  role: PartyRole.optional().describe("Party role; with company, the role those companies play"),
  kind: z.array(DealKind).max(20).optional().describe("Deal kind; repeatable"),
  valueKind: ValueKind.optional(),
  from: DateParam.optional().describe(
    "Deals whose date period ends on or after this date (a month-precision deal counts as its whole month)",
  ),
  to: DateParam.optional().describe(
    "Deals whose date period starts on or before this date (YYYY-MM means the end of that month)",
  ),
  minUsd: UsdParam.optional(),
  maxUsd: UsdParam.optional(),
  q: z
    .string()
    .max(200, "at most 200 characters")
    .optional()
    .describe("Case- and accent-insensitive text over title, summary, companies and aliases, chips and locations"),
});

export const DealQuerySchema = DealFilterSchema.extend({
  sort: z.enum(DEAL_SORTS).default("-announcedOn").describe("Sort field; prefix - for descending"),
  limit: z.coerce.number().int("limit must be a whole number").min(1).max(500).default(50),
  cursor: z.string().max(200).optional().describe("nextCursor from the previous page"),
});

export const DEAL_REPEATABLE = ["company", "kind"] as const;

export type DealFilter = z.output<typeof DealFilterSchema>;
export type DealQuery = z.output<typeof DealQuerySchema>;

// Response shapes: the DTOs the API returns, also the source of the OpenAPI document.

const Decimal = z
  .string()
  .regex(/^\d+(?:\.\d+)?$/)
  .describe("exact decimal as text");

export const SourceDto = z.object({
  id: z.string().describe("the quote's anchor on /articles/{article}, e.g. deal--tesla-samsung-ai6-foundry--value"),
  article: z.string(),
  title: z.string(),
  publishedOn: z.string().describe("YYYY-MM-DD or YYYY-MM, at the article's precision"),
  quote: z.string().describe("verbatim Dutch sentence"),
  quoteStart: z.number().int().describe("offset in the article text (UTF-16 code units)"),
  quoteEnd: z.number().int(),
  claim: Claim,
  label: z.string(),
  party: z.string().nullable().describe("company slug, for a party's evidence"),
  figure: z
    .object({
      text: z.string(),
      amount: Decimal,
      high: Decimal.nullable(),
      unit: z.string(),
      unitImplied: z.boolean(),
      qualifier: z.string().nullable(),
      kind: FigureKind,
      date: z.string().nullable(),
    })
    .nullable(),
});

export const DealValueDto = z.object({
  amount: Decimal.describe("in units of currency"),
  currency: z.string().length(3),
  kind: ValueKind,
  usd: Decimal.describe("US dollar equivalent"),
});

export const DealDto = z.object({
  slug: z.string(),
  title: z.string(),
  kind: DealKind,
  status: DealStatus,
  announcedOn: z.string().describe("first day of the announcement period, YYYY-MM-DD"),
  announcedPrecision: Precision,
  announcedBasis: DateBasis,
  announced: z.string().describe("the date at its precision: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY"),
  term: z
    .object({
      years: z.number().int().nullable(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  value: DealValueDto.nullable(),
  parties: z.array(z.object({ company: z.string(), name: z.string(), role: PartyRole })),
  chips: z.array(z.string()),
  locations: z.array(z.string()),
  summary: z.string(),
  sources: z.array(SourceDto),
});

export const DealListDto = z.object({
  data: z.array(DealDto),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});

export type SourceDto = z.infer<typeof SourceDto>;
export type DealDto = z.infer<typeof DealDto>;
export type DealListDto = z.infer<typeof DealListDto>;
export type DealValueDto = z.infer<typeof DealValueDto>;
export type DealWithValue = DealDto & { value: DealValueDto };

export const hasValue = (deal: DealDto): deal is DealWithValue => deal.value !== null;
