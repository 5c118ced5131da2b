import { describe, expect, it } from "vitest";
import { buildGraph, OTHER } from "./graph";
import type { PairSum } from "./pair-sums";

const pair = (from: number, to: number, usd: bigint, valueKind: string | null = "firm", count = 1): PairSum => ({
  from,
  to,
  valueKind,
  count,
  usd,
  maxUsd: valueKind === null ? null : usd,
});

describe("buildGraph", () => {
  it("keeps the top companies by value and folds the rest into Other, edges summed per kind", () => {
    const pairs = [
      pair(1, 2, 900n),
      pair(2, 1, 50n),
      pair(3, 1, 10n),
      pair(4, 1, 20n),
      pair(4, 1, 5n, "up_to"),
      pair(3, 4, 7n),
    ];
    const { nodes, edges, hidden } = buildGraph(pairs, 2);
    expect(nodes.map((n) => n.id)).toEqual([1, 2, OTHER]);
    expect(nodes.at(-1)).toMatchObject({ members: 2, count: 4 });
    expect(edges.map((e) => [e.from, e.to, e.valueKind, e.usd])).toEqual([
      [1, 2, "firm", 900n],
      [2, 1, "firm", 50n],
      [OTHER, 1, "firm", 30n],
      [OTHER, 1, "up_to", 5n],
    ]);
    // 3 -> 4 runs between two folded companies.
    expect(hidden).toBe(1);
  });

  it("draws everything when there are no more companies than the limit", () => {
    const { nodes, edges, hidden } = buildGraph([pair(1, 2, 1n), pair(2, 3, 0n, null)], 10);
    expect(nodes.map((n) => n.id).sort()).toEqual([1, 2, 3]);
    expect(edges).toHaveLength(2);
    expect(hidden).toBe(0);
  });

  it("keeps only the largest edges past the limit, and counts the rest", () => {
    const pairs = [pair(1, 2, 5n), pair(2, 3, 9n), pair(3, 1, 1n)];
    const { edges, omitted } = buildGraph(pairs, 10, 2);
    expect(edges.map((e) => e.usd)).toEqual([9n, 5n]);
    expect(omitted).toBe(1);
  });

  it("draws each company's largest link before the rest, so none is left without an arrow", () => {
    // 1 -> 2 and 2 -> 1 are the largest, but 3's only link is drawn rather than the third of them.
    const pairs = [pair(1, 2, 90n), pair(2, 1, 80n), pair(1, 2, 70n, "up_to"), pair(3, 1, 1n)];
    const { edges, omitted } = buildGraph(pairs, 10, 3);
    expect(edges.map((e) => [e.from, e.to, e.valueKind])).toEqual([
      [1, 2, "firm"],
      [2, 1, "firm"],
      [3, 1, "firm"],
    ]);
    expect(omitted).toBe(1);
  });
});
