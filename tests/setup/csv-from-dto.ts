import { formatCsvRows, type CsvDeal, type CsvDialect } from "@/lib/deals/csv-format";
import type { DealDto } from "@/lib/deals/schemas";

// The CSV as the JSON API's DealDtos would make it: what the export (built straight from SQL by
// lib/deals/csv-source.ts) must equal byte for byte.

export function csvDealFromDto(deal: DealDto): CsvDeal {
  return {
    slug: deal.slug,
    title: deal.title,
    kind: deal.kind,
    status: deal.status,
    announced_on: deal.announcedOn,
    announced_precision: deal.announcedPrecision,
    announced_basis: deal.announcedBasis,
    term_years: deal.term?.years === null || deal.term?.years === undefined ? "" : String(deal.term.years),
    term_note: deal.term?.note ?? "",
    value_amount: deal.value?.amount ?? "",
    value_currency: deal.value?.currency ?? "",
    value_kind: deal.value?.kind ?? "",
    value_usd: deal.value?.usd ?? "",
    chips: deal.chips.join("; "),
    locations: deal.locations.join("; "),
    parties: deal.parties.map((p) => `${p.name} (${p.role})`).join("; "),
    party_slugs: deal.parties.map((p) => p.company).join(";"),
    source_articles: [...new Set(deal.sources.map((s) => s.article))].join("; "),
    value_quote: deal.sources.find((s) => s.claim === "value")?.quote ?? "",
    summary: deal.summary,
  };
}

/** Deals as CSV text (no BOM). */
export function formatDealsCsv(
  deals: readonly DealDto[],
  options: { dialect?: CsvDialect; header?: boolean } = {},
): string {
  return formatCsvRows(deals.map(csvDealFromDto), options);
}
