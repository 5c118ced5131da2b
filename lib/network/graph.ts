import type { ValueKind } from "@/lib/domain";
import type { PairSum } from "./pair-sums";

// The drawn graph: the `top` companies by the value of their deals, the rest folded into one
// "Other" node, and one edge per direction and value kind between two drawn nodes.

export const OTHER = -1;

/** Past this many arrows a drawing stops being readable: the largest are kept, the rest counted. */
export const MAX_EDGES = 80;

export interface GraphNode {
  id: number;
  /** Deals at this node (an "Other" node: of all its companies). */
  count: number;
  usd: bigint;
  /** Companies folded in: 1 for a company. */
  members: number;
}

export interface GraphEdge {
  from: number;
  to: number;
  valueKind: ValueKind | null;
  count: number;
  usd: bigint;
  /** the largest value among the edge's deals, null when none has one */
  maxUsd: bigint | null;
}

const byValue = (a: { usd: bigint; count: number }, b: { usd: bigint; count: number }) =>
  a.usd === b.usd ? b.count - a.count : a.usd > b.usd ? -1 : 1;

/**
 * Companies are ranked by the USD sum of the edges they are on, across value kinds: a ranking
 * only, never a figure shown. Ties go to more deals, then to the lower id, so the same data
 * always draws the same graph.
 */
export function buildGraph(
  pairs: readonly PairSum[],
  top: number,
  maxEdges = MAX_EDGES,
): { nodes: GraphNode[]; edges: GraphEdge[]; hidden: number; omitted: number } {
  const totals = new Map<number, GraphNode>();
  for (const p of pairs)
    for (const id of [p.from, p.to]) {
      const n = totals.get(id) ?? { id, count: 0, usd: 0n, members: 1 };
      n.count += p.count;
      n.usd += p.usd;
      totals.set(id, n);
    }
  const ranked = [...totals.values()].sort((a, b) => byValue(a, b) || a.id - b.id);
  const kept = new Set(ranked.slice(0, top).map((n) => n.id));
  const nodes = ranked.slice(0, top);
  const folded = ranked.slice(top);
  // A deal between two folded companies is on both of them: count it once for "Other".
  const inside = pairs.filter((p) => !kept.has(p.from) && !kept.has(p.to)).reduce((s, p) => s + p.count, 0);
  if (folded.length)
    nodes.push({
      id: OTHER,
      count: folded.reduce((s, n) => s + n.count, 0) - inside,
      usd: folded.reduce((s, n) => s + n.usd, 0n),
      members: folded.length,
    });
  const edges = new Map<string, GraphEdge>();
  let hidden = 0;
  for (const p of pairs) {
    const from = kept.has(p.from) ? p.from : OTHER;
    const to = kept.has(p.to) ? p.to : OTHER;
    // Deals among the folded companies only would be a loop on "Other": counted, not drawn.
    if (from === OTHER && to === OTHER) {
      hidden += p.count;
      continue;
    }
    const key = `${from}:${to}:${p.valueKind}`;
    const e = edges.get(key) ?? {
      from,
      to,
      valueKind: p.valueKind as ValueKind | null,
      count: 0,
      usd: 0n,
      maxUsd: null,
    };
    e.count += p.count;
    e.usd += p.usd;
    if (p.maxUsd !== null && (e.maxUsd === null || p.maxUsd > e.maxUsd)) e.maxUsd = p.maxUsd;
    edges.set(key, e);
  }
  const sorted = [...edges.values()].sort((a, b) => byValue(a, b) || a.from - b.from || a.to - b.to);
  // Each node's largest link first, so that no company is left without an arrow (at 100,000
  // deals the links to "Other" are the largest of all), then the largest of the rest.
  const drawn = new Set<GraphEdge>();
  for (const n of nodes) {
    const largest = sorted.find((e) => e.from === n.id || e.to === n.id);
    if (largest && drawn.size < maxEdges) drawn.add(largest);
  }
  for (const e of sorted) if (drawn.size < maxEdges) drawn.add(e);
  return {
    nodes,
    edges: sorted.filter((e) => drawn.has(e)),
    hidden,
    omitted: Math.max(0, sorted.length - drawn.size),
  };
}
