import { DEAL_KINDS, PARTY_ROLES, VALUE_KINDS, type DealKind } from "@/lib/domain";
import { formatDateText, formatUsdCompact } from "@/lib/format";

/** What a view's filters name, for its title and heading; "Events" and such for kinds that are not deal kinds. */
export interface FilterNames {
  company?: readonly string[];
  role?: string;
  kind?: readonly string[];
  valueKind?: string;
  type?: string;
  from?: string;
  to?: string;
  minUsd?: string;
  maxUsd?: string;
  q?: string;
}

const list = (items: readonly string[]) => items.join(", ");

/**
 * The active filters in words, in a fixed order: ["Nvidia", "Foundry contract", "2025"]. A page
 * titles itself "Deals · Nvidia · 2025" with them. Unknown slugs are shown as given.
 */
export function filterLabels(
  filter: FilterNames,
  names: { company: (slug: string) => string; kind?: (kind: string) => string } = { company: (s) => s },
): string[] {
  const kindName = names.kind ?? ((k: string) => DEAL_KINDS[k as DealKind] ?? k);
  const labels: string[] = [];
  if (filter.company?.length) labels.push(list(filter.company.map(names.company)));
  if (filter.role)
    labels.push(`as ${(PARTY_ROLES[filter.role as keyof typeof PARTY_ROLES] ?? filter.role).toLowerCase()}`);
  if (filter.kind?.length) labels.push(list(filter.kind.map(kindName)));
  if (filter.type) labels.push(filter.type === "deal" ? "Deals only" : "Events only");
  if (filter.valueKind) labels.push(VALUE_KINDS[filter.valueKind as keyof typeof VALUE_KINDS] ?? filter.valueKind);
  const period = dateRange(filter.from, filter.to);
  if (period) labels.push(period);
  if (filter.minUsd && filter.maxUsd)
    labels.push(`${formatUsdCompact(filter.minUsd)}–${formatUsdCompact(filter.maxUsd)}`);
  else if (filter.minUsd) labels.push(`≥ ${formatUsdCompact(filter.minUsd)}`);
  else if (filter.maxUsd) labels.push(`≤ ${formatUsdCompact(filter.maxUsd)}`);
  if (filter.q) labels.push(`“${filter.q}”`);
  return labels;
}

function dateRange(from: string | undefined, to: string | undefined): string | null {
  const text = (d: string) => safe(() => formatDateText(d)) ?? d;
  if (from && to) return from === to ? text(from) : `${text(from)}–${text(to)}`;
  if (from) return `from ${text(from)}`;
  if (to) return `until ${text(to)}`;
  return null;
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/** "Deals · Nvidia · 2025" */
export function titleWithFilters(base: string, labels: readonly string[]): string {
  return [base, ...labels].join(" · ");
}
