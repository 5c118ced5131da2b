import type { DealDto } from "@/lib/deals/schemas";

/**
 * What each field of a deal means, in the API, the feeds and the exports. Keyed by DealDto's
 * own fields, so a field added to the schema must be explained here before it compiles.
 */
export const DEAL_FIELDS: Record<keyof DealDto, string> = {
  slug: "Stable identifier; the deal's page is /deals/{slug}.",
  title: "A short English title, written by the curators.",
  kind: "What sort of deal it is (see Deal kinds).",
  status: "Where the deal stands as the sources report it (see Statuses).",
  announcedOn:
    "The date at its own precision: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY (a month-precision deal has no made-up day).",
  announcedPrecision:
    "How precise the date is: day, month, quarter or year. A deal is never given a day the sources do not state.",
  announcedBasis: "Whether the date is stated in the source, or is the date of the first report.",
  term: "The contract term where stated: years, start, end and a note.",
  value:
    "The headline value: exact amount and currency, its value kind, and the US-dollar equivalent. null when no value is reported.",
  parties: "The companies in the deal, each with its role (see Roles).",
  chips: "Chips or products named (AI6, Blackwell, Instinct…).",
  locations: "Places named (Texas; Phoenix, Arizona…).",
  summary: "A one-paragraph English summary.",
  sources:
    "Every claim with the article, the verbatim Dutch quote, its character offsets in the article text, what it supports, and for a number the exact figure.",
};
