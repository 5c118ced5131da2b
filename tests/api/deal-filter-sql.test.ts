// The deal list, count and CSV read their deals with the SQL of lib/deals/filter-sql.ts and
// lib/deals/keyset.ts (the company filter as IN, the text filter from the FTS5 / pg_trgm index).
// On the real seed and on 1,500 synthetic deals, every filter below, in every sort, must select
// the same deals in the same order as Prisma's dealWhere does, page by page and in the CSV.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { jsonText } from "@/lib/json-text";
import type { PrismaClient } from "@/lib/db/client";
import type * as CsvSource from "@/lib/deals/csv-source";
import type * as Queries from "@/lib/deals/queries";
import { DEAL_SORTS, sortSpec, type DealFilter, type DealSort } from "@/lib/deals/schemas";
import { dealWhere } from "@/lib/deals/where";
import type * as Vocabulary from "@/lib/search-vocabulary";
import { createSyntheticDatabase, pointAppAt } from "@/tests/setup/app-database";
import { createSeededDatabase } from "@/tests/setup/test-db";

let db: PrismaClient;
let queries: typeof Queries;
let csv: typeof CsvSource;
let vocabulary: typeof Vocabulary;

/** Points the app's modules at the database of `url`, freshly imported. */
async function useDatabase(url: string) {
  await db?.$disconnect();
  db = pointAppAt(url);
  queries = await import("@/lib/deals/queries");
  csv = await import("@/lib/deals/csv-source");
  vocabulary = await import("@/lib/search-vocabulary");
}

const corpora: Record<string, () => Promise<string>> = {
  "the seed": () => createSeededDatabase("deal-filter-sql-seed"),
  "1,500 synthetic deals": () => createSyntheticDatabase("deal-filter-sql-synth", 1500, 7),
};

afterAll(async () => {
  await db?.$disconnect();
  vi.unstubAllEnvs();
});

/** The deals Prisma's where selects, in the sort's order (as the API orders: valued first by value). */
async function expectedSlugs(filter: DealFilter, sort: DealSort): Promise<string[]> {
  const { field, dir } = sortSpec(sort);
  const where = dealWhere(filter, await vocabulary.expandSearch(filter.q));
  const rows = await db.deal.findMany({
    where,
    select: { slug: true, id: true, announcedOn: true, valueUsdMinor: true, title: true },
  });
  const value = (r: (typeof rows)[number]) => r[field];
  const sign = dir === "asc" ? 1 : -1;
  return rows
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return x === y ? sign * (a.id - b.id) : x === null ? 1 : -1;
      if (x < y) return -sign;
      if (x > y) return sign;
      return sign * (a.id - b.id);
    })
    .map((r) => r.slug);
}

async function pagedSlugs(filter: DealFilter, sort: DealSort, limit: number): Promise<string[]> {
  const slugs: string[] = [];
  let cursor: Parameters<typeof queries.listDeals>[0]["cursor"];
  for (let pages = 0; pages < 200; pages++) {
    const query = { ...filter, sort, limit, cursor };
    const page = await queries.listDeals(query);
    // The API's answer, from the deals' stored JSON on SQLite, is the same page's JSON.
    expect((await queries.listDealsJson(query)).text).toBe(jsonText(page));
    slugs.push(...page.data.map((d) => d.slug));
    if (!page.nextCursor) return slugs;
    cursor = JSON.parse(Buffer.from(page.nextCursor, "base64url").toString()) as typeof cursor;
  }
  throw new Error("more than 200 pages");
}

/** Filters over the corpus, whose two busiest companies are `busy`. */
const FILTERS: [string, (busy: string[]) => DealFilter][] = [
  ["nothing", () => ({})],
  ["one company", (busy) => ({ company: busy.slice(0, 1) })],
  ["two companies and a role", (busy) => ({ company: busy, role: "customer" })],
  ["a role alone", () => ({ role: "investor" })],
  ["kinds", () => ({ kind: ["foundry_contract", "chip_purchase", "merger_acquisition"] })],
  ["a value kind", () => ({ valueKind: "up_to" })],
  ["a date range", () => ({ from: "2025-07-15", to: "2026-Q1" })],
  ["a year", () => ({ from: "2025", to: "2025" })],
  ["a value range", () => ({ minUsd: "1000000000", maxUsd: "50000000000" })],
  ["a word", () => ({ q: "chips" })],
  ["a Dutch word and its stem", () => ({ q: "fabrieken" })],
  ["a word nearer a source stem (expansion)", () => ({ q: "fuseert" })],
  ["a short word, beneath the trigram", () => ({ q: "ai" })],
  ["a short and a long word", () => ({ q: "ai samsung" })],
  ["digits and a sign", () => ({ q: "16,5" })],
  ["accents and case", () => ({ q: "CRÉËERT" })],
  ["a quote in the query", () => ({ q: "TSMC’s" })],
  ["nothing matching", () => ({ q: "zzqqxx" })],
  ["everything combined", (busy) => ({ company: busy.slice(1), from: "2020", minUsd: "1000000", q: "ch" })],
];

describe.each(Object.keys(corpora))("deal filters in SQL select what dealWhere selects, on %s", (name) => {
  let busy: string[];
  beforeAll(async () => {
    await useDatabase(await corpora[name]!());
    const companies = await db.company.findMany({
      orderBy: { parties: { _count: "desc" } },
      take: 2,
      select: { slug: true },
    });
    busy = companies.map((c) => c.slug);
  }, 60_000);

  it("has deals that the filters select", async () => {
    expect(busy).toHaveLength(2);
    expect((await expectedSlugs({ company: busy.slice(0, 1) }, "-announcedOn")).length).toBeGreaterThan(1);
    expect((await expectedSlugs({ q: "ai" }, "-announcedOn")).length).toBeGreaterThan(1);
  });

  it.each(FILTERS)("%s: every sort, paged, counted and in the CSV", async (_name, makeFilter) => {
    const filter = makeFilter(busy);
    for (const sort of DEAL_SORTS) {
      const expected = await expectedSlugs(filter, sort);
      expect(await pagedSlugs(filter, sort, 97), sort).toEqual(expected);
      expect(await queries.countDeals({ ...filter, sort, limit: 1 })).toBe(expected.length);
      const exported: string[] = [];
      for await (const batch of csv.iterateCsvDeals({ ...filter, sort }, 113))
        exported.push(...batch.map((d) => d.slug));
      expect(exported, sort).toEqual(expected);
    }
  });
});
