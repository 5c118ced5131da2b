import "server-only";
import { cached } from "@/lib/cache";
import { db } from "@/lib/db";
import { toDealDto } from "@/lib/deals/dto";
import { loadDealsById } from "@/lib/deals/load";
import { dealPartiesText, dealValueText, headlineSource } from "@/lib/deals/headline-source";
import type { DealDto, DealFilter } from "@/lib/deals/schemas";
import { dealConditions, whereSql } from "@/lib/deals/filter-sql";
import { expandSearch } from "@/lib/search-vocabulary";
import type { ValueKind } from "@/lib/domain";
import { minorUnitsToDecimal } from "@/lib/amounts/decimal";
import { buildGraph, OTHER } from "./graph";
import { labelBaselines, layoutGraph, nodeRadii } from "./layout";
import { largestPairDeals, pairSums } from "./pair-sums";

/** Companies drawn by default; the rest are one "Other" node. */
export const NETWORK_TOP = 25; // keep in step with NetworkQuerySchema

export interface NetworkNode {
  key: string;
  /** null for "Other" */
  slug: string | null;
  name: string;
  count: number;
  members: number;
  x: number;
  y: number;
  r: number;
  /** the name's baseline: under the circle, or over it where underneath is crowded */
  labelY: number;
}

export interface EdgeDeal {
  slug: string;
  title: string;
  value: string;
  parties: string;
  quote: string | null;
  source: string | null;
}

export interface NetworkEdge {
  key: string;
  from: string;
  to: string;
  valueKind: ValueKind | null;
  count: number;
  /** exact USD sum, decimal text */
  usd: string;
  /** the edge's largest deal (newest on a tie), shown on hover and opened on click; null for edges to "Other" */
  deal: EdgeDeal | null;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** companies on any edge, drawn or folded into "Other" */
  companies: number;
  /** deals between two folded companies: counted, not drawn */
  hidden: number;
  /** the smallest links past MAX_EDGES: counted, not drawn */
  omitted: number;
}

/** The ids of the deals matching a filter (its text as /deals reads it); null when it filters nothing. */
async function matchingDealIds(filter: DealFilter): Promise<number[] | null> {
  const conditions = dealConditions(filter, await expandSearch(filter.q));
  if (!conditions.length) return null;
  const rows = await db.$queryRaw<
    { id: number | bigint }[]
  >`SELECT d."id" AS "id" FROM "Deal" d ${whereSql(conditions)}`;
  return rows.map((r) => Number(r.id));
}

/** The companies-and-deals graph of the deals matching a /deals filter, laid out. */
async function getNetworkUncached(filter: DealFilter, top = NETWORK_TOP): Promise<Network> {
  const ids = await matchingDealIds(filter);
  const pairs = await pairSums(ids);
  const graph = buildGraph(pairs, top);
  const companyIds = graph.nodes.map((n) => n.id).filter((id) => id !== OTHER);
  const companies = new Map(
    (
      await db.company.findMany({ where: { id: { in: companyIds } }, select: { id: true, slug: true, name: true } })
    ).map((c) => [c.id, c]),
  );
  const key = (id: number) => (id === OTHER ? "other" : companies.get(id)!.slug);
  const radii = nodeRadii(graph.nodes.map((n) => ({ count: n.count, other: n.id === OTHER })));
  const sized = graph.nodes.map((n, i) => ({ n, key: key(n.id), r: radii[i]! }));
  const positions = layoutGraph(
    sized.map(({ key, r }) => ({ key, r })),
    graph.edges.map((e) => ({ from: key(e.from), to: key(e.to) })),
  );
  const placed = sized.map(({ n, key, r }) => ({
    key,
    slug: n.id === OTHER ? null : key,
    name: n.id === OTHER ? `Other (${n.members} companies)` : companies.get(n.id)!.name,
    count: n.count,
    members: n.members,
    r,
    ...positions.get(key)!,
  }));
  const baselines = labelBaselines(placed);
  const nodes = placed.map((n) => ({ ...n, labelY: baselines.get(n.key)! }));
  // Only the drawn edges between two companies open a deal: an edge to "Other" has none.
  const largest = await largestPairDeals(
    ids,
    graph.edges.filter((e) => e.from !== OTHER && e.to !== OTHER),
  );
  const dealIds = [...new Set(largest.map((l) => l.dealId))];
  const rows = await loadDealsById(dealIds);
  const dealsById = new Map(rows.map((r) => [r.id, edgeDeal(toDealDto(r))]));
  const largestByEdge = new Map(
    largest.map((l) => [`${l.from}:${l.to}:${l.valueKind}`, dealsById.get(l.dealId) ?? null]),
  );
  const edges = graph.edges.map((e) => ({
    key: `${key(e.from)}>${key(e.to)}:${e.valueKind ?? "none"}`,
    from: key(e.from),
    to: key(e.to),
    valueKind: e.valueKind,
    count: e.count,
    usd: minorUnitsToDecimal(e.usd),
    deal: largestByEdge.get(`${e.from}:${e.to}:${e.valueKind}`) ?? null,
  }));
  return {
    nodes,
    edges,
    companies: new Set(pairs.flatMap((p) => [p.from, p.to])).size,
    hidden: graph.hidden,
    omitted: graph.omitted,
  };
}

function edgeDeal(deal: DealDto): EdgeDeal {
  const source = headlineSource(deal);
  return {
    slug: deal.slug,
    title: deal.title,
    value: dealValueText(deal),
    parties: dealPartiesText(deal),
    quote: source?.quote ?? null,
    source: source ? `/articles/${source.article}#${source.id}` : null,
  };
}

// Answers under the data version (lib/cache.ts).
export const getNetwork = cached("network/queries#getNetwork", getNetworkUncached);
