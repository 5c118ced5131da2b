// The network's pair sums and each edge's largest deal are found in the database (one statement
// per 1,000 matching ids, and the candidates of exactly each edge's largest value). On 1,500
// synthetic deals they must equal the same answer taken deal by deal over every party.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/client";
import type { DealFilter } from "@/lib/deals/schemas";
import { dealWhere } from "@/lib/deals/where";
import type * as PairSums from "@/lib/network/pair-sums";
import type * as NetworkQueries from "@/lib/network/queries";
import { EDGE_END } from "@/lib/network/roles";
import type { PartyRole } from "@/lib/domain";
import { createSyntheticDatabase, pointAppAt } from "@/tests/setup/app-database";

let db: PrismaClient;
let sums: typeof PairSums;
let network: typeof NetworkQueries;

beforeAll(async () => {
  db = pointAppAt(await createSyntheticDatabase("network-synth", 1500, 12, 150));
  sums = await import("@/lib/network/pair-sums");
  network = await import("@/lib/network/queries");
});
afterAll(async () => {
  await db.$disconnect();
  vi.unstubAllEnvs();
});

interface Expected extends PairSums.PairSum {
  /** the largest deal: by value (none last), then the newest, then the lowest id */
  best: { id: number; slug: string; usd: bigint | null; on: number };
}

/** Every directed pair's deals, taken one deal and one party at a time. */
async function dealByDeal(filter: DealFilter) {
  const deals = await db.deal.findMany({
    where: dealWhere(filter),
    select: {
      id: true,
      slug: true,
      announcedOn: true,
      valueKind: true,
      valueUsdMinor: true,
      parties: { select: { role: true, companyId: true } },
    },
  });
  const pairs = new Map<string, Expected>();
  for (const d of deals) {
    const at = (end: "from" | "to") =>
      new Set(d.parties.filter((p) => EDGE_END[p.role as PartyRole] === end).map((p) => p.companyId));
    for (const from of at("from"))
      for (const to of at("to")) {
        if (from === to) continue;
        const key = `${from}:${to}:${d.valueKind}`;
        const deal = { id: d.id, slug: d.slug, usd: d.valueUsdMinor, on: d.announcedOn.getTime() };
        const p = pairs.get(key) ?? { from, to, valueKind: d.valueKind, count: 0, usd: 0n, maxUsd: null, best: deal };
        p.count += 1;
        p.usd += d.valueUsdMinor ?? 0n;
        if (d.valueUsdMinor !== null && (p.maxUsd === null || d.valueUsdMinor > p.maxUsd)) p.maxUsd = d.valueUsdMinor;
        const b = p.best;
        const larger =
          deal.usd !== b.usd
            ? b.usd === null || (deal.usd !== null && deal.usd > b.usd)
            : deal.on !== b.on
              ? deal.on > b.on
              : deal.id < b.id;
        if (larger) p.best = deal;
        pairs.set(key, p);
      }
  }
  return { ids: deals.map((d) => d.id), pairs };
}

const filters: [string, () => Promise<DealFilter>][] = [
  ["no filter", async () => ({})],
  [
    "the busiest company",
    async () => ({
      company: [(await db.company.findFirstOrThrow({ orderBy: { parties: { _count: "desc" } } })).slug],
    }),
  ],
  ["every deal through a filter (two batches of ids)", async () => ({ from: "1900" })],
  ["a date range", async () => ({ from: "2019-03", to: "2021" })],
  ["one value kind", async () => ({ valueKind: "up_to" })],
];

describe("the network summed in the database", () => {
  it.each(filters)("pair sums equal deal-by-deal sums: %s", async (_name, makeFilter) => {
    const filter = await makeFilter();
    const { ids, pairs } = await dealByDeal(filter);
    expect(pairs.size).toBeGreaterThan(0);
    const unfiltered = Object.keys(filter).length === 0;
    const summed = await sums.pairSums(unfiltered ? null : ids);
    const key = (p: { from: number; to: number; valueKind: string | null }) => `${p.from}:${p.to}:${p.valueKind}`;
    expect(new Map(summed.map((p) => [key(p), p]))).toEqual(
      new Map([...pairs.values()].map(({ best: _best, ...p }) => [key(p), p])),
    );
  });

  it.each(filters)(
    "every pair's largest deal, valued or not, equals the deal-by-deal one: %s",
    async (_name, makeFilter) => {
      const filter = await makeFilter();
      const { ids, pairs } = await dealByDeal(filter);
      const all = [...pairs.values()];
      // Pairs of several deals without a value: the newest of them is the one opened.
      if (!filter.valueKind) expect(all.filter((p) => p.maxUsd === null && p.count > 1).length).toBeGreaterThan(0);
      const unfiltered = Object.keys(filter).length === 0;
      const largest = await sums.largestPairDeals(unfiltered ? null : ids, all);
      const key = (p: { from: number; to: number; valueKind: string | null }) => `${p.from}:${p.to}:${p.valueKind}`;
      expect(new Map(largest.map((l) => [key(l), l.dealId]))).toEqual(new Map(all.map((p) => [key(p), p.best.id])));
    },
  );

  it.each(filters)("each drawn edge opens its largest deal: %s", async (_name, makeFilter) => {
    const filter = await makeFilter();
    const { pairs } = await dealByDeal(filter);
    const slugs = new Map((await db.company.findMany({ select: { id: true, slug: true } })).map((c) => [c.id, c.slug]));
    const drawn = await network.getNetwork(filter, 60);
    const between = drawn.edges.filter((e) => e.from !== "other" && e.to !== "other");
    expect(between.length).toBeGreaterThan(0);
    const expected = new Map(
      [...pairs.values()].map((p) => [`${slugs.get(p.from)}>${slugs.get(p.to)}:${p.valueKind ?? "none"}`, p.best.slug]),
    );
    for (const e of between) expect(e.deal?.slug, e.key).toBe(expected.get(e.key));
  });
});
