import { z } from "zod";
import {
  DealKind,
  DealStatus,
  PartyRole,
  Precision,
  ValueKind,
  DateBasis,
  Claim,
  FigureKind,
  Direction,
} from "@/lib/domain";
import { FxRateDto } from "@/lib/fx/dto";
import { PartialDateString, parsePartialDate } from "@/lib/dates/partial-date";
import { parseUsdFilter } from "@/lib/amounts/usd-filter";
import { cursorParam, pageDto } from "@/lib/pagination/cursor";

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

/** US dollars as typed ("1B", "500M", "1,5 mld", "$1T", "114.29"), read as exact decimal text of dollars. */
const UsdParam = z
  .string()
  .max(40, "at most 40 characters")
  .transform((text, ctx) => {
    const parsed = parseUsdFilter(text);
    if (parsed.ok) return parsed.usd;
    ctx.addIssue({ code: "custom", message: parsed.reason });
    return z.NEVER;
  })
  .describe("US dollars: digits (1000000000, 114.29), or with a scale: 500M, 2.5bn, 1,5 mld, $1T");

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

/** The column each sort orders by (then by id). */
export const SORT_FIELD = { announcedOn: "announcedOn", valueUsd: "valueUsdMinor", title: "title" } as const;
export type SortField = (typeof SORT_FIELD)[keyof typeof SORT_FIELD];

export function sortSpec(sort: DealSort): { field: SortField; dir: "asc" | "desc" } {
  const desc = sort.startsWith("-");
  return { field: SORT_FIELD[(desc ? sort.slice(1) : sort) as keyof typeof SORT_FIELD], dir: desc ? "desc" : "asc" };
}

const INT64_MAX = 2n ** 63n - 1n;

/** A deal page's cursor: the sort it was made for, the last row's sort value as text, and its id. */
export const DealCursor = z
  .object({
    s: z.enum(DEAL_SORTS),
    v: z.string().max(200).nullable(),
    id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })
  .refine(({ s, v }) => {
    const { field } = sortSpec(s);
    if (v === null) return field === "valueUsdMinor";
    if (field === "announcedOn") return !Number.isNaN(Date.parse(v));
    // A value beyond SQLite's (and PostgreSQL's) 64-bit integers could not even be bound.
    if (field === "valueUsdMinor") return /^\d{1,19}$/.test(v) && BigInt(v) <= INT64_MAX;
    return true;
  });
export type DealCursor = z.output<typeof DealCursor>;

/** Filters and sort, without paging: what a view is, and what the CSV export takes. */
export const DealViewSchema = DealFilterSchema.extend({
  sort: z.enum(DEAL_SORTS).default("-announcedOn").describe("Sort field; prefix - for descending"),
});

export const DealQuerySchema = DealViewSchema.extend({
  limit: z.coerce.number().int("limit must be a whole number").min(1).max(500).default(50),
  cursor: cursorParam(DealCursor).optional(),
}).superRefine((query, ctx) => {
  if (query.cursor && query.cursor.s !== query.sort)
    ctx.addIssue({ code: "custom", path: ["cursor"], message: "was made for another sort order" });
});

export type DealFilter = z.output<typeof DealFilterSchema>;
export type DealQuery = z.output<typeof DealQuerySchema>;

export const MAX_COMPARED = 20;

/** A chart's value axis, kept in the URL as `scale=log`. */
export const ChartScale = z.enum(["linear", "log"]).default("linear");

/** The overview's query: the largest-deals chart's scale. */
export const OverviewQuerySchema = z.object({ scale: ChartScale });

/** The /compare page's query: the chosen deals, in order, and the axis scale. */
export const CompareQuerySchema = z.object({
  deal: z
    .array(Slug)
    .max(MAX_COMPARED, `at most ${MAX_COMPARED} deals`)
    .optional()
    .describe("Deal slug; repeat to compare several"),
  scale: ChartScale,
});
export type CompareQuery = z.output<typeof CompareQuerySchema>;

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
  gloss: z.string().nullable().describe("a short English gloss of the Dutch quote"),
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
      direction: Direction.nullable().describe(
        'for a change: "down" when the quote says it fell; amount stays the magnitude',
      ),
      signedAmount: z
        .string()
        .regex(/^-?\d+(?:\.\d+)?$/)
        .describe("amount with the sign of its direction: a 38% fall is -38"),
      usd: z
        .object({ amount: Decimal.describe("US dollar equivalent, exact"), rate: FxRateDto })
        .nullable()
        .describe("for a money amount in another currency: its USD equivalent and the rate used"),
    })
    .nullable(),
});

export const DealValueDto = z.object({
  amount: Decimal.describe("in units of currency"),
  currency: z.string().length(3),
  kind: ValueKind,
  usd: Decimal.describe("US dollar equivalent"),
  fx: FxRateDto.nullable().describe("the rate usd was converted at, for a non-USD value"),
});

export const DealDto = z.object({
  slug: z.string(),
  title: z.string(),
  kind: DealKind,
  status: DealStatus,
  announcedOn: PartialDateString.describe(
    "the announcement date at its precision, never a made-up day: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY",
  ),
  announcedPrecision: Precision,
  announcedBasis: DateBasis,
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

export const DealListDto = pageDto(DealDto);

export type SourceDto = z.infer<typeof SourceDto>;
export type DealDto = z.infer<typeof DealDto>;
export type DealListDto = z.infer<typeof DealListDto>;
export type DealValueDto = z.infer<typeof DealValueDto>;
export type DealWithValue = DealDto & { value: DealValueDto };

export const hasValue = (deal: DealDto): deal is DealWithValue => deal.value !== null;
