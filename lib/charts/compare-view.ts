import type { DealDto, DealWithValue } from "@/lib/deals/schemas";
import { partiesLabel } from "@/lib/deals/parties-label";
import { PARTY_ROLES, type PartyRole, type ValueKind } from "@/lib/domain";
import { formatAmountExact, formatDateText, formatValue, formatValueShort } from "@/lib/format";
import type { CumulativePoint } from "./series";

// The /compare page's data, shaped for its charts and tables (plain numbers and text, ready to
// cross into client components). Floats are made here for drawing only; labels use exact text.

export interface CompareBar {
  slug: string;
  title: string;
  /** "Tesla → Samsung Electronics": the bar's label */
  parties: string;
  /** USD equivalent, for drawing only: the exact amount travels as text. */
  usd: number;
  kind: ValueKind;
  /** "up to $500B" */
  label: string;
  /** "≤ $500B": the label for narrow screens */
  shortLabel: string;
  /** "$500,000,000,000 USD" */
  exact: string;
  date: string;
}

export function compareBar(d: DealWithValue): CompareBar {
  return {
    slug: d.slug,
    title: d.title,
    parties: partiesLabel(d.parties),
    usd: Number(d.value.usd),
    kind: d.value.kind,
    label: formatValue(d.value),
    shortLabel: formatValueShort(d.value),
    exact: `${formatAmountExact(d.value.amount, d.value.currency)} ${d.value.currency}`,
    date: formatDateText(d.announcedOn),
  };
}

export interface CumulativeRow {
  /** ms since the epoch, for the time axis */
  t: number;
  dateLabel: string;
  firm: number;
  up_to: number;
  estimate: number;
  valuation: number;
  target: number;
}

export function cumulativeRow(p: CumulativePoint): CumulativeRow {
  return {
    t: Date.parse(`${p.date}T00:00:00Z`),
    dateLabel: formatDateText(p.dateText),
    firm: Number(p.totals.firm),
    up_to: Number(p.totals.up_to),
    estimate: Number(p.totals.estimate),
    valuation: Number(p.totals.valuation),
    target: Number(p.totals.target),
  };
}

export interface CompanyDeals {
  company: string;
  name: string;
  /** Each deal once, with the company's role in it (its first, when it plays several). */
  deals: { slug: string; title: string; role: PartyRole }[];
}

/**
 * Which companies take part in these deals, and as what: every deal counted once per company,
 * never its value once per party (a $500B build-out with six partners is one deal, not $3T).
 * Most deals first, then by name; at most `top` companies.
 */
export function companiesInDeals(deals: readonly DealDto[], top = 12): { companies: CompanyDeals[]; of: number } {
  const byCompany = new Map<string, CompanyDeals>();
  for (const deal of deals) {
    for (const p of deal.parties) {
      const c = byCompany.get(p.company) ?? { company: p.company, name: p.name, deals: [] };
      if (!c.deals.some((d) => d.slug === deal.slug))
        c.deals.push({ slug: deal.slug, title: deal.title, role: p.role });
      byCompany.set(p.company, c);
    }
  }
  const companies = [...byCompany.values()].sort(
    (a, b) => b.deals.length - a.deals.length || a.name.localeCompare(b.name),
  );
  return { companies: companies.slice(0, top), of: companies.length };
}

export type CompanyRoleRow = { company: string } & Partial<Record<PartyRole, number>>;

/** Chart rows: deals per role for each company, keyed by role, and the roles present in PARTY_ROLES order. */
export function companyRoleRows(companies: readonly CompanyDeals[]): { rows: CompanyRoleRow[]; roles: PartyRole[] } {
  const present = new Set(companies.flatMap((c) => c.deals.map((d) => d.role)));
  const roles = (Object.keys(PARTY_ROLES) as PartyRole[]).filter((r) => present.has(r));
  const rows = companies.map((c) => {
    const row: CompanyRoleRow = { company: c.name };
    for (const d of c.deals) row[d.role] = (row[d.role] ?? 0) + 1;
    return row;
  });
  return { rows, roles };
}

/** The deals /compare offers to pick from, largest first; the company chart draws them when none is picked. */
export const LARGEST_DEALS = { sort: "-valueUsd", limit: 50, minUsd: "0.01" } as const;
/** Companies in the company-and-role chart and its table. */
export const TOP_COMPANIES = 12;

/**
 * The company-and-role chart of /compare, as the page and its downloads draw it: the companies
 * of the deals picked or, with none picked, of the largest deals.
 */
export function companyRoleChart(picked: readonly DealDto[], largest: readonly DealDto[]) {
  const isPicked = picked.length > 0;
  const inDeals = companiesInDeals(isPicked ? picked : largest, TOP_COMPANIES);
  return {
    title: isPicked ? "Companies in these deals, by role" : "Companies in the largest deals, by role",
    picked: isPicked,
    /** the deals counted */
    deals: (isPicked ? picked : largest).map((d) => d.slug),
    ...inDeals,
    ...companyRoleRows(inDeals.companies),
  };
}
