import "server-only";
import { z } from "zod";
import { companyRoleChart, LARGEST_DEALS, TOP_COMPANIES } from "@/lib/charts/compare-view";
import { cumulativeByKind } from "@/lib/charts/series";
import { getDealsBySlug } from "@/lib/deals/compare";
import { CompareQuerySchema } from "@/lib/deals/schemas";
import { listDeals } from "@/lib/deals/queries";
import { hasValue, type DealWithValue } from "@/lib/deals/schemas";
import { dealWhere } from "@/lib/deals/where";
import { ValueKind } from "@/lib/domain";
import { describeDealFilter } from "@/lib/feeds/describe-filter";
import { formatValue } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getNetwork } from "@/lib/network/queries";
import { NetworkQuerySchema } from "@/lib/network/schemas";
import { valuedDays } from "@/lib/stats/queries";
import { barsBody, linesBody, roleCountsBody } from "./bodies";
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
    schema: CompareQuerySchema.pick({ deal: true }),
    load: async ({ deal }) => {
      // As /compare: the deals picked, or with none of them found, the largest deals.
      const { deals: picked } = await getDealsBySlug(deal ?? []);
      const largest = picked.length ? [] : (await listDeals(LARGEST_DEALS, { withTotal: false })).data;
      const chart = companyRoleChart(picked, largest);
      const scope = chart.picked
        ? `deals ${chart.deals.join(", ")}`
        : `the ${LARGEST_DEALS.limit} largest deals by US-dollar value`;
      return {
        title: chart.title,
        filters: `${scope}; each deal counted once per company${chart.of > chart.companies.length ? `, the ${TOP_COMPANIES} companies in most of them` : ""}`,
        deals: { slug: { in: chart.deals } },
        body: roleCountsBody(chart.rows, chart.roles),
        csv: {
          columns: ["company", "name", "role", "deals"],
          rows: chart.companies.flatMap((c, i) =>
            chart.roles.flatMap((role) => {
              const n = chart.rows[i]![role];
              return n ? [[c.company, c.name, role, n]] : [];
            }),
          ),
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
