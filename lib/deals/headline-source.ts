import { PARTY_ROLES } from "@/lib/domain";
import { formatDateText, formatValue } from "@/lib/format";
import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import type { DealDto, SourceDto } from "./schemas";

// A deal in a few lines of text, for feeds, the network's hover and exports: its value with
// the kind of value, its parties with their roles, and the sentence the value comes from.

/** The quote that states the headline value, else the first quote cited for the deal. */
export function headlineSource(deal: DealDto): SourceDto | null {
  return deal.sources.find((s) => s.claim === "value") ?? deal.sources[0] ?? null;
}

/** "up to $500B (Up-to ceiling)", or "No value reported". */
export function dealValueText(deal: DealDto): string {
  return deal.value ? `${formatValue(deal.value)} (${VALUE_KIND_LABEL[deal.value.kind]})` : "No value reported";
}

/** "Tesla (Customer), Samsung Electronics (Foundry)" */
export function dealPartiesText(deal: DealDto): string {
  return deal.parties.map((p) => `${p.name} (${PARTY_ROLES[p.role]})`).join(", ");
}

export function dealDateText(deal: DealDto): string {
  return formatDateText(deal.announcedOn);
}
