import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDutchAmount } from "@/lib/amounts/parse";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { DEAL_INCLUDE, toDealDto } from "@/lib/deals/dto";
import { dealSearchText } from "@/lib/search";
import { createMigratedDatabase } from "@/tests/setup/test-db";
import { synthesize, type SynthOptions } from "./generate";
import { writeSynth } from "./write";

// Shape and determinism only; how fast the data is written or read is the benchmark's business.

const OPTIONS: SynthOptions = { deals: 600, seed: 42, companies: 120, chunkSize: 250 };

function materialize(options: SynthOptions) {
  const synth = synthesize(options);
  return { companies: synth.companies, aliases: synth.aliases, chunks: [...synth.chunks] };
}

async function allRows(db: PrismaClient) {
  const byId = { orderBy: { id: "asc" } } as const;
  return {
    articles: await db.article.findMany(byId),
    companies: await db.company.findMany(byId),
    aliases: await db.companyAlias.findMany(byId),
    deals: await db.deal.findMany(byId),
    parties: await db.dealParty.findMany(byId),
    chips: await db.dealChip.findMany(byId),
    locations: await db.dealLocation.findMany(byId),
    events: await db.event.findMany(byId),
    eventCompanies: await db.eventCompany.findMany({ orderBy: [{ eventId: "asc" }, { companyId: "asc" }] }),
    evidence: await db.evidence.findMany(byId),
  };
}

describe("synthetic data", () => {
  let a: PrismaClient;
  let b: PrismaClient;

  beforeAll(async () => {
    a = createPrismaClient(createMigratedDatabase("synth-a"));
    b = createPrismaClient(createMigratedDatabase("synth-b"));
    await writeSynth(a, synthesize(OPTIONS));
    await writeSynth(b, synthesize(OPTIONS));
  });
  afterAll(async () => {
    await a.$disconnect();
    await b.$disconnect();
  });

  it("is deterministic: the same seed writes identical rows, another seed other rows", async () => {
    const rowsA = await allRows(a);
    expect(rowsA.deals).toHaveLength(600);
    expect(await allRows(b)).toEqual(rowsA);
    const other = materialize({ ...OPTIONS, seed: 43 });
    expect(other.chunks.flatMap((c) => c.deals.map((d) => d.slug))).not.toEqual(rowsA.deals.map((d) => d.slug));
  });

  it("gives every deal two to six parties, a few hundred companies drawn unevenly", async () => {
    const counts = await a.dealParty.groupBy({ by: ["dealId"], _count: { _all: true } });
    expect(counts).toHaveLength(600);
    const sizes = new Set(counts.map((c) => c._count._all));
    expect([...sizes].sort()).toEqual([2, 3, 4, 5, 6]);
    expect(await a.company.count()).toBe(120);
    const perCompany = await a.dealParty.groupBy({
      by: ["companyId"],
      _count: { _all: true },
      orderBy: { _count: { companyId: "desc" } },
    });
    expect(perCompany[0]!._count._all).toBeGreaterThan(10 * perCompany.at(-1)!._count._all);
  });

  it("spreads values over six orders of magnitude, several currencies and every value kind", async () => {
    const deals = await a.deal.findMany({ where: { valueUsdMinor: { not: null } } });
    expect(deals.length).toBeGreaterThan(400);
    const usd = deals.map((d) => Number(d.valueUsdMinor) / 100);
    expect(Math.min(...usd)).toBeLessThan(1e7);
    expect(Math.max(...usd)).toBeGreaterThan(1e11);
    expect(new Set(deals.map((d) => d.valueCurrency)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(deals.map((d) => d.valueKind))).toEqual(new Set(["firm", "up_to", "estimate", "valuation"]));
    for (const d of deals.filter((x) => x.valueCurrency === "USD")) expect(d.valueUsdMinor).toBe(d.valueMinor);
  });

  it("dates deals to a day or a month mostly, over ten years, never inventing a day", async () => {
    const deals = await a.deal.findMany({ select: { announcedOn: true, announcedPrecision: true } });
    const by = (p: string) => deals.filter((d) => d.announcedPrecision === p);
    expect(by("day").length + by("month").length).toBeGreaterThan(0.8 * deals.length);
    expect(by("month").length).toBeGreaterThan(0.2 * deals.length);
    for (const d of by("month")) expect(d.announcedOn.getUTCDate()).toBe(1);
    const years = deals.map((d) => d.announcedOn.getUTCFullYear());
    expect(Math.min(...years)).toBe(2016);
    expect(Math.max(...years)).toBe(2025);
  });

  it("fills searchText and evidence the way the real seed does", async () => {
    const deals = await a.deal.findMany({
      take: 80,
      orderBy: { id: "asc" },
      include: {
        ...DEAL_INCLUDE,
        parties: { include: { company: { include: { aliases: { orderBy: { id: "asc" } } } } }, orderBy: { id: "asc" } },
      },
    });
    for (const d of deals) {
      const expected = dealSearchText({
        ...d,
        chips: d.chips.map((c) => c.name),
        locations: d.locations.map((l) => l.name),
        companies: d.parties.map((p) => ({ name: p.company.name, aliases: p.company.aliases.map((x) => x.alias) })),
      });
      expect(d.searchText).toBe(expected);
      const dto = toDealDto({
        ...d,
        parties: d.parties.map((p) => ({ ...p, company: { slug: p.company.slug, name: p.company.name } })),
      });
      expect(dto.sources.filter((s) => s.claim === "party")).toHaveLength(d.parties.length);
      expect(dto.sources.some((s) => s.claim === "date")).toBe(true);
      expect(dto.value === null).toBe(d.valueMinor === null);
    }
    const evidence = await a.evidence.findMany({ include: { article: { select: { text: true } } } });
    for (const e of evidence) expect(e.article.text.slice(e.quoteStart, e.quoteEnd)).toBe(e.quote);
    for (const e of evidence.filter((x) => x.claim === "value" && (x.unit === "USD" || x.unit === "EUR"))) {
      const parsed = parseDutchAmount(e.amountText!);
      expect(parsed.ok && parsed.amount.value, e.amountText!).toBe(e.amount);
    }
  });
});
