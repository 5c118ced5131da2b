// getStats sums in the database: one statement per year, deal kind and value kind, one per
// company, role and value kind, both under the filter's SQL (lib/deals/filter-sql.ts); valuedDays
// sums per day in the database. On 1,500 synthetic deals they must equal the same sums taken
// row by row over every deal and party the filter matches.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cumulativeByKind } from "@/lib/charts/series";
import type { PrismaClient } from "@/lib/db/client";
import type { DealFilter } from "@/lib/deals/schemas";
import { dealWhere } from "@/lib/deals/where";
import type { Precision, ValueKind } from "@/lib/domain";
import { minorUnitsToDecimal } from "@/lib/amounts/decimal";
import type * as StatsQueries from "@/lib/stats/queries";
import { createSyntheticDatabase, pointAppAt } from "@/tests/setup/app-database";

let db: PrismaClient;
let stats: typeof StatsQueries;

beforeAll(async () => {
  db = pointAppAt(await createSyntheticDatabase("stats-synth", 1500, 11, 150));
  stats = await import("@/lib/stats/queries");
});
afterAll(async () => {
  await db.$disconnect();
  vi.unstubAllEnvs();
});

type Bucket = { count: number; usd: string; valueKind: string | null };

/** Buckets keyed by a label, summed one deal (and one party) at a time. */
async function rowByRow(filter: DealFilter) {
  const deals = await db.deal.findMany({
    where: dealWhere(filter),
    select: {
      announcedOn: true,
      kind: true,
      valueKind: true,
      valueUsdMinor: true,
      parties: { select: { role: true, company: { select: { slug: true, name: true } } } },
    },
  });
  const acc = new Map<string, Map<string, { count: number; usd: bigint; valueKind: string | null; extra: object }>>();
  const add = (table: string, key: object, valueKind: string | null, usd: bigint | null) => {
    const t = acc.get(table) ?? new Map();
    acc.set(table, t);
    const k = JSON.stringify([key, valueKind]);
    const b = t.get(k) ?? { count: 0, usd: 0n, valueKind, extra: key };
    b.count += 1;
    b.usd += usd ?? 0n;
    t.set(k, b);
  };
  for (const d of deals) {
    add("totals", {}, d.valueKind, d.valueUsdMinor);
    add("year", { year: d.announcedOn.getUTCFullYear() }, d.valueKind, d.valueUsdMinor);
    add("kind", { kind: d.kind }, d.valueKind, d.valueUsdMinor);
    for (const p of d.parties)
      add("companyRole", { company: p.company.slug, name: p.company.name, role: p.role }, d.valueKind, d.valueUsdMinor);
  }
  const table = (name: string) =>
    [...(acc.get(name)?.values() ?? [])].map((b) => ({
      ...b.extra,
      valueKind: b.valueKind,
      count: b.count,
      usd: minorUnitsToDecimal(b.usd),
    }));
  return {
    deals: deals.length,
    totals: table("totals"),
    byYear: table("year"),
    byKind: table("kind"),
    byCompanyRole: table("companyRole"),
  };
}

const sorted = <T extends Bucket>(rows: T[]) =>
  [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe("statistics summed in the database", () => {
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
    ["a minimum value", async () => ({ minUsd: "1000000000" })],
    ["a role", async () => ({ role: "foundry" })],
  ];

  it.each(filters)("getStats equals row-by-row sums: %s", async (_name, makeFilter) => {
    const filter = await makeFilter();
    const [summed, expected] = await Promise.all([stats.getStats(filter), rowByRow(filter)]);
    expect(expected.deals).toBeGreaterThan(0);
    expect(summed.totals.deals).toBe(expected.deals);
    expect(sorted(summed.totals.byValueKind)).toEqual(sorted(expected.totals));
    expect(sorted(summed.byYear)).toEqual(sorted(expected.byYear));
    expect(sorted(summed.byKind)).toEqual(sorted(expected.byKind));
    expect(sorted(summed.byCompanyRole)).toEqual(sorted(expected.byCompanyRole));
  });

  it("the filter over every deal took more than one batch of ids, and agrees with no filter", async () => {
    expect(await db.deal.count()).toBeGreaterThan(1000);
    const [all, viaIds] = await Promise.all([stats.getStats({}), stats.getStats({ from: "1900" })]);
    expect(viaIds).toEqual(all);
  });

  it("the running total from per-day sums equals the one from every deal", async () => {
    const deals = await db.deal.findMany({
      where: { valueUsdMinor: { not: null }, valueKind: { not: null } },
      select: { announcedOn: true, announcedPrecision: true, valueKind: true, valueUsdMinor: true },
    });
    const perDeal = deals.map((d) => ({
      date: d.announcedOn.toISOString().slice(0, 10),
      precision: d.announcedPrecision as Precision,
      kind: d.valueKind as ValueKind,
      usd: minorUnitsToDecimal(d.valueUsdMinor!),
    }));
    const days = await stats.valuedDays();
    expect(days.length).toBeLessThan(perDeal.length);
    expect(cumulativeByKind(days)).toEqual(cumulativeByKind(perDeal));
    expect(cumulativeByKind(days, 50)).toEqual(cumulativeByKind(perDeal, 50));
  });
});
