import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { DealFilter } from "@/lib/deals/schemas";
import { isoDay } from "@/lib/deals/dto";
import { dealWhere } from "@/lib/deals/where";
import type { ValueKind } from "@/lib/domain";
import { minorToDecimal } from "@/lib/format";

// Sums are kept per value kind: an "up to" ceiling is never added to a valuation unlabelled.
const Bucket = z.object({ valueKind: z.string().nullable(), count: z.number().int(), usd: z.string().describe("sum of USD equivalents, exact") });
export const StatsDto = z.object({
  totals: z.object({ deals: z.number().int(), byValueKind: z.array(Bucket) }),
  byYear: z.array(Bucket.extend({ year: z.number().int() })),
  byKind: z.array(Bucket.extend({ kind: z.string() })),
  byCompanyRole: z.array(Bucket.extend({ company: z.string(), name: z.string(), role: z.string() })),
});
export type StatsDto = z.infer<typeof StatsDto>;

type Acc = Map<string, { count: number; usd: bigint }>;

function add(acc: Acc, key: string, usd: bigint | null) {
  const b = acc.get(key) ?? { count: 0, usd: 0n };
  b.count += 1;
  b.usd += usd ?? 0n;
  acc.set(key, b);
}

function buckets<T>(acc: Acc, split: (key: string) => T) {
  return [...acc.entries()].map(([key, b]) => {
    const parts = JSON.parse(key) as unknown[];
    return { ...split(key), valueKind: (parts.at(-1) as string | null) ?? null, count: b.count, usd: minorToDecimal(b.usd) };
  });
}

export async function getStats(filter: DealFilter): Promise<StatsDto> {
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
  const total: Acc = new Map();
  const year: Acc = new Map();
  const kind: Acc = new Map();
  const companyRole: Acc = new Map();
  for (const d of deals) {
    const vk = d.valueKind;
    add(total, JSON.stringify([vk]), d.valueUsdMinor);
    add(year, JSON.stringify([d.announcedOn.getUTCFullYear(), vk]), d.valueUsdMinor);
    add(kind, JSON.stringify([d.kind, vk]), d.valueUsdMinor);
    for (const p of d.parties) add(companyRole, JSON.stringify([p.company.slug, p.company.name, p.role, vk]), d.valueUsdMinor);
  }
  const parts = (key: string) => JSON.parse(key) as [string | number, string, string];
  return {
    totals: { deals: deals.length, byValueKind: buckets(total, () => ({})) },
    byYear: buckets(year, (k) => ({ year: parts(k)[0] as number })).sort((a, b) => a.year - b.year),
    byKind: buckets(kind, (k) => ({ kind: String(parts(k)[0]) })).sort((a, b) => a.kind.localeCompare(b.kind)),
    byCompanyRole: buckets(companyRole, (k) => ({ company: String(parts(k)[0]), name: parts(k)[1], role: parts(k)[2] })).sort((a, b) =>
      a.company === b.company ? a.role.localeCompare(b.role) : a.company.localeCompare(b.company),
    ),
  };
}

/** Date, value kind and USD value of every deal with a value: the input of the cumulative chart. */
export async function listValuedDeals(): Promise<{ date: string; kind: ValueKind; usd: string }[]> {
  const rows = await db.deal.findMany({
    where: { valueUsdMinor: { not: null }, valueKind: { not: null } },
    select: { announcedOn: true, valueKind: true, valueUsdMinor: true },
    orderBy: { announcedOn: "asc" },
  });
  return rows.map((r) => ({ date: isoDay(r.announcedOn), kind: r.valueKind as ValueKind, usd: minorToDecimal(r.valueUsdMinor!) }));
}
