import { z } from "zod";

// The vocabularies of the data model. The database stores these as strings (SQLite has no
// enums); every write goes through these schemas and every label shown comes from here.

export const DEAL_KINDS = {
  foundry_contract: "Foundry / manufacturing contract",
  chip_purchase: "Chip purchase agreement",
  supply_agreement: "Supply agreement",
  // An ongoing "X's chips come from Y" with no contract or value reported.
  supply_relationship: "Supply relationship",
  manufacturing_buildout: "Manufacturing build-out programme",
  fab_investment: "Fab investment",
  own_fab_plan: "Own-fab plan",
  merger_acquisition: "Merger / acquisition",
  funding_round: "Funding round",
  strategic_investment: "Strategic investment",
  share_offering: "Planned share offering",
} as const;

export const DEAL_STATUSES = {
  announced: "Announced",
  signed: "Signed",
  completed: "Completed",
  planned: "Planned",
  active: "Active",
} as const;

/** What kind of number a deal's value is; these labels are the ones every table and chart shows. */
export const VALUE_KINDS = {
  firm: "Firm value",
  up_to: "Up-to ceiling",
  estimate: "Estimate",
  valuation: "Valuation",
  target: "Target",
} as const;

export const PARTY_ROLES = {
  customer: "Customer",
  supplier: "Supplier",
  foundry: "Foundry",
  manufacturing_partner: "Manufacturing partner",
  packaging_test_partner: "Packaging & test partner",
  sponsor: "Sponsor",
  owner: "Owner",
  acquirer: "Acquirer",
  acquired: "Acquired",
  investor: "Investor",
  investee: "Investee",
  issuer: "Issuer",
} as const;

export const COMPANY_KINDS = {
  chip_designer: "Chip designer",
  foundry: "Foundry",
  packaging_test: "Packaging & test",
  electronics_manufacturer: "Electronics manufacturer",
  hyperscaler: "Hyperscaler",
  automaker: "Automaker",
  ai_lab: "AI lab",
  launch_provider: "Launch provider",
  social_network: "Social network",
  network_equipment: "Network equipment",
  investor: "Investor",
  bank: "Bank / analyst",
  conglomerate: "Electronics conglomerate",
} as const;

export const EVENT_KINDS = {
  production_change: "Production change",
  guidance: "Guidance",
  share_price: "Share-price move",
  analyst_target: "Analyst target change",
  financial_results: "Financial results",
  spending_plan: "Spending plan",
  strategy: "Strategy statement",
  supply_statement: "Supply statement",
  plan: "Announced plan",
  investment: "Investment (background)",
} as const;

/** What kind of number a figure is: the four value kinds plus the non-deal figures. */
export const FIGURE_KINDS = {
  ...VALUE_KINDS,
  share_price: "Share price",
  price_target: "Analyst price target",
  share_count: "Share count",
  percentage: "Percentage",
  percent_change: "Change (%)",
  investment: "Investment amount",
  financial_result: "Financial result",
  quantity: "Quantity",
  duration: "Duration",
} as const;

export const CLAIMS = {
  value: "Headline value",
  date: "Date",
  term: "Term",
  party: "Party",
  figure: "Figure",
  chip: "Chip / product",
  location: "Location",
  status: "Status",
  statement: "Statement",
} as const;

export const PRECISIONS = ["day", "month", "quarter", "year"] as const;
export const DATE_BASES = {
  stated: "Date stated in the source",
  reported: "Date of first report",
  // "Die fabriek is onderdeel van een bredere investering": under way before the article, date not given.
  mentioned: "Not dated in the source; already under way when reported",
} as const;

/** Which way a change goes ("daalde met 3 procent" is down); a figure's amount stays the magnitude. */
export const DIRECTIONS = { up: "Up", down: "Down" } as const;

const keysOf = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const DealKind = z.enum(keysOf(DEAL_KINDS));
export const DealStatus = z.enum(keysOf(DEAL_STATUSES));
export const ValueKind = z.enum(keysOf(VALUE_KINDS));
export const PartyRole = z.enum(keysOf(PARTY_ROLES));
export const CompanyKind = z.enum(keysOf(COMPANY_KINDS));
export const EventKind = z.enum(keysOf(EVENT_KINDS));
export const FigureKind = z.enum(keysOf(FIGURE_KINDS));
export const Claim = z.enum(keysOf(CLAIMS));
export const Precision = z.enum(PRECISIONS);
export const DateBasis = z.enum(keysOf(DATE_BASES));
export const Direction = z.enum(keysOf(DIRECTIONS));

export type DealKind = z.infer<typeof DealKind>;
export type DealStatus = z.infer<typeof DealStatus>;
export type ValueKind = z.infer<typeof ValueKind>;
export type PartyRole = z.infer<typeof PartyRole>;
export type CompanyKind = z.infer<typeof CompanyKind>;
export type EventKind = z.infer<typeof EventKind>;
export type FigureKind = z.infer<typeof FigureKind>;
export type Claim = z.infer<typeof Claim>;
export type Precision = z.infer<typeof Precision>;
export type DateBasis = z.infer<typeof DateBasis>;
export type Direction = z.infer<typeof Direction>;
