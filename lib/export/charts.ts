import "server-only";
import { z } from "zod";
import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import { companyRoleSeries, cumulativeByKind } from "@/lib/charts/series";
import { getDealsBySlug } from "@/lib/deals/compare";
import { CompareQuerySchema } from "@/lib/deals/schemas";
import { listDeals } from "@/lib/deals/queries";
import { hasValue, type DealWithValue } from "@/lib/deals/schemas";
import { dealWhere } from "@/lib/deals/where";
import { PARTY_ROLES, ValueKind, type PartyRole } from "@/lib/domain";
import { describeDealFilter } from "@/lib/feeds/describe-filter";
import { formatValue } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getNetwork } from "@/lib/network/queries";
import { NetworkQuerySchema } from "@/lib/network/schemas";
import { companyRoleTotals, valuedDays } from "@/lib/stats/queries";
import { barsBody, linesBody, stackedBody } from "./bodies";
import { networkBody } from "./network-body";
import type { ChartBody } from "./svg-doc";

// Every chart of the dashboard that can be taken away: the same query and the same series as
// its page, drawn as a standalone SVG body, and the rows it draws as CSV.

export interface ChartExport {
  title: string;
  filters: string;
  /** the deals drawn, for the source line */
  deals: Prisma.DealWhereInput;
  body: ChartBody;
  csv: { columns: string[]; rows: (string | number | null)[][] };
}

/** Past this many dates the running total is drawn per month, as on /compare. */
const MAX_CUMULATIVE_POINTS = 200;
const TOP_COMPANIES = 12;

const dealBars = (deals: DealWithValue[]) =>
  deals.map((d) => ({ label: d.title, valueText: formatValue(d.value), usd: d.value.usd, kind: d.value.kind }));
const dealRows = (deals: DealWithValue[]) =>
  deals.map((d) => [d.slug, d.title, d.value.kind, d.value.amount, d.value.currency, d.value.usd, d.announcedOn]);
const DEAL_COLUMNS = ["slug", "title", "value_kind", "amount", "currency", "usd", "announced"];

interface ChartDefinition<S extends z.ZodObject> {
  schema: S;
  load: (query: z.output<S>) => Promise<ChartExport>;
}

const define = <S extends z.ZodObject>(d: ChartDefinition<S>) => d;

export const CHARTS = {
  compare: define({
    schema: CompareQuerySchema,
    load: async (query) => {
      const { deals } = await getDealsBySlug(query.deal ?? []);
      const valued = deals.filter(hasValue);
      return {
        title: `${valued.length} deals side by side`,
        filters: `deals ${valued.map((d) => d.slug).join(", ") || "none"} · ${query.scale} scale`,
        deals: { slug: { in: valued.map((d) => d.slug) } },
        body: barsBody(dealBars(valued), query.scale),
        csv: { columns: DEAL_COLUMNS, rows: dealRows(valued) },
      };
    },
  }),
  largest: define({
    schema: z.object({}),
    load: async () => {
      const page = await listDeals({ sort: "-valueUsd", limit: 8, minUsd: "0.01" }, { withTotal: false });
      const valued = page.data.filter(hasValue);
      return {
        title: "Largest deals",
        filters: "all deals, the 8 largest by US-dollar value",
        deals: { slug: { in: valued.map((d) => d.slug) } },
        body: barsBody(dealBars(valued)),
        csv: { columns: DEAL_COLUMNS, rows: dealRows(valued) },
      };
    },
  }),
  cumulative: define({
    schema: z.object({}),
    load: async () => {
      const valued = await valuedDays();
      const { points, period } = cumulativeByKind(valued, MAX_CUMULATIVE_POINTS);
      const kinds = ValueKind.options.filter((k) => valued.some((v) => v.kind === k));
      return {
        title: "Announced value over time",
        filters: `all deals with a value; running totals per value kind${period === "day" ? "" : `, one point per ${period}`}`,
        deals: { valueUsdMinor: { not: null } },
        body: linesBody(points, kinds),
        csv: { columns: ["date", ...kinds], rows: points.map((p) => [p.date, ...kinds.map((k) => p.totals[k])]) },
      };
    },
  }),
  "company-role": define({
    schema: z.object({ valueKind: ValueKind.default("firm") }),
    load: async ({ valueKind }) => {
      const buckets = await companyRoleTotals();
      const label = (r: string) => PARTY_ROLES[r as PartyRole] ?? r;
      const series = companyRoleSeries(buckets, label, TOP_COMPANIES).find((s) => s.kind === valueKind);
      const drawn = new Set(series?.companies ?? []);
      const rows = buckets.filter((b) => b.valueKind === valueKind && drawn.has(b.company) && b.usd !== "0");
      const names = new Map(rows.map((r) => [r.company, r.name]));
      const stack = (series?.companies ?? []).map((slug) => ({
        label: names.get(slug) ?? slug,
        parts: rows.filter((r) => r.company === slug).map((r) => ({ role: label(r.role), usd: r.usd })),
      }));
      return {
        title: `Value by company and role: ${VALUE_KIND_LABEL[valueKind]}`,
        filters: `all deals, value kind ${VALUE_KIND_LABEL[valueKind]}, the ${TOP_COMPANIES} companies with the largest total`,
        deals: { valueKind },
        body: stackedBody(stack, series?.roles ?? []),
        csv: {
          columns: ["company", "name", "role", "value_kind", "deals", "usd"],
          rows: rows.map((r) => [r.company, r.name, r.role, r.valueKind, r.count, r.usd]),
        },
      };
    },
  }),
  network: define({
    schema: NetworkQuerySchema,
    load: async (query) => {
      const network = await getNetwork(query, query.top);
      const names = new Map(network.nodes.map((n) => [n.key, n.name]));
      return {
        title: "Who deals with whom",
        filters: `${describeDealFilter(query)} · top ${query.top} companies`,
        deals: dealWhere(query),
        body: networkBody(network),
        csv: {
          columns: ["from", "to", "value_kind", "deals", "usd", "largest_deal"],
          rows: network.edges.map((e) => [
            names.get(e.from)!,
            names.get(e.to)!,
            e.valueKind,
            e.count,
            e.usd,
            e.deal?.slug ?? null,
          ]),
        },
      };
    },
  }),
} as const;

export type ChartName = keyof typeof CHARTS;
export const isChartName = (name: string): name is ChartName => Object.hasOwn(CHARTS, name);
