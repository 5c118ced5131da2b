import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { createMigratedDatabase } from "@/tests/setup/test-db";
import { seedData } from "./data";
import { loadSeedPlan, seedDatabase } from "./load";
import { countRows, writeSeed } from "./write";

let db: PrismaClient;

beforeAll(() => {
  db = createPrismaClient(createMigratedDatabase("seed-write"));
});
afterAll(() => db.$disconnect());

describe("seeding a real SQLite database", () => {
  it("is idempotent and keeps rows added by hand", async () => {
    await writeSeed(db, loadSeedPlan());
    const first = await countRows(db);
    expect(first.deals).toBe(10);
    expect(first.events).toBe(14);
    expect(first.articles).toBe(5);

    const tesla = await db.company.findUniqueOrThrow({ where: { slug: "tesla" } });
    const manual = await db.deal.create({
      data: {
        slug: "hand-added",
        title: "Added by an analyst",
        kind: "chip_purchase",
        status: "announced",
        announcedOn: new Date("2026-03-01T00:00:00Z"),
        announcedPrecision: "day",
        announcedBasis: "stated",
        summary: "A deal typed in by hand, which reseeding must never remove.",
        parties: { create: { companyId: tesla.id, role: "customer" } },
      },
    });
    await db.companyAlias.create({ data: { companyId: tesla.id, alias: "Tesla Inc." } });

    await writeSeed(db, loadSeedPlan());
    const second = await countRows(db);
    expect(second).toEqual({
      ...first,
      deals: first.deals + 1,
      parties: first.parties + 1,
      aliases: first.aliases + 1,
    });
    expect(await db.deal.findUnique({ where: { id: manual.id } })).not.toBeNull();
  });

  it("re-seeds by writing only what differs from the seed", async () => {
    const stamps = async () =>
      new Map((await db.deal.findMany({ select: { slug: true, updatedAt: true } })).map((d) => [d.slug, d.updatedAt]));
    const token = async () => (await db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).token;
    await db.deal.update({ where: { slug: "spacex-ipo" }, data: { title: "Edited by hand" } });
    const edited = await stamps();

    await writeSeed(db, loadSeedPlan());
    const { title } = await db.deal.findUniqueOrThrow({ where: { slug: "spacex-ipo" } });
    expect(title).toBe(seedData.deals.find((d) => d.slug === "spacex-ipo")!.title);
    const restored = await stamps();
    const moved = [...restored].filter(([slug, at]) => at.getTime() !== edited.get(slug)!.getTime());
    expect(moved.map(([slug]) => slug)).toEqual(["spacex-ipo"]);

    // Nothing differs now: not one row is written, so cached answers stay valid.
    const version = await token();
    await writeSeed(db, loadSeedPlan());
    expect(await stamps()).toEqual(restored);
    expect(await token()).toBe(version);
  });

  it("stores money exactly, in cents, end to end", async () => {
    const ai6 = await db.deal.findUniqueOrThrow({ where: { slug: "tesla-samsung-ai6-foundry" } });
    expect(ai6.valueMinor).toBe(1_650_000_000_000n);
    expect(ai6.valueUsdMinor).toBe(1_650_000_000_000n);
    const price = await db.evidence.findUniqueOrThrow({
      where: { key: "event/nvidia-shares-after-us-build-out/price" },
    });
    expect(price.amount).toBe("114.29");
    expect(price.unit).toBe("USD");
  });

  it("links every deal to a date, every party and every figure to a quote in its article", async () => {
    const deals = await db.deal.findMany({
      where: { slug: { not: "hand-added" } },
      include: { evidence: { include: { article: true } }, parties: { include: { evidence: true } } },
    });
    for (const deal of deals) {
      // A stated date cites its sentence; a reported one is the publication date of an article it cites.
      if (deal.announcedBasis === "stated")
        expect(
          deal.evidence.some((e) => e.claim === "date"),
          deal.slug,
        ).toBe(true);
      else
        expect(
          deal.evidence.some((e) => e.article.publishedOn.getTime() >= deal.announcedOn.getTime()),
          deal.slug,
        ).toBe(true);
      for (const party of deal.parties)
        expect(party.evidence.length, `${deal.slug} party ${party.companyId}`).toBeGreaterThan(0);
      for (const ev of deal.evidence) expect(ev.article.text.slice(ev.quoteStart, ev.quoteEnd)).toBe(ev.quote);
      if (deal.valueMinor !== null) {
        const value = deal.evidence.find((e) => e.claim === "value");
        expect(value?.amount, deal.slug).toBeDefined();
        expect(BigInt(value!.amount!.replace(".", "")) * (value!.amount!.includes(".") ? 1n : 100n)).toBe(
          deal.valueMinor,
        );
      }
    }
  });

  it("holds the four headline deals with their parties and roles", async () => {
    const parties = async (slug: string) =>
      (
        await db.dealParty.findMany({ where: { deal: { slug } }, include: { company: true }, orderBy: { id: "asc" } })
      ).map((p) => `${p.company.slug}:${p.role}`);
    expect(await parties("tesla-samsung-ai6-foundry")).toEqual(["tesla:customer", "samsung-electronics:foundry"]);
    expect(await parties("nvidia-us-ai-infrastructure")).toEqual([
      "nvidia:sponsor",
      "tsmc:foundry",
      "foxconn:manufacturing_partner",
      "wistron:manufacturing_partner",
      "amkor:packaging_test_partner",
      "spil:packaging_test_partner",
    ]);
    expect(await parties("spacex-xai-merger")).toEqual(["spacex:acquirer", "xai:acquired"]);
    expect(await parties("meta-amd-instinct")).toEqual(["meta:customer", "amd:supplier"]);
    const warrant = await db.evidence.findUniqueOrThrow({ where: { key: "deal/meta-amd-instinct/warrant" } });
    expect([warrant.amount, warrant.unit]).toEqual(["160000000", "shares"]);
    const merger = await db.deal.findUniqueOrThrow({ where: { slug: "spacex-xai-merger" } });
    expect([merger.valueUsdMinor, merger.valueKind]).toEqual([125_000_000_000_000n, "valuation"]);
  });

  it("writes nothing when validation fails", async () => {
    const fresh = createPrismaClient(createMigratedDatabase("seed-invalid"));
    try {
      const broken = structuredClone(seedData);
      broken.deals.at(-1)!.evidence[0]!.figure!.amount = "1";
      await expect(seedDatabase(fresh, broken)).rejects.toThrow(
        /deal meta-amd-instinct › evidence value: amount 1 but/,
      );
      expect(await countRows(fresh)).toEqual(Object.fromEntries(Object.keys(await countRows(db)).map((k) => [k, 0])));
      expect((await countRows(fresh)).deals).toBe(0);
    } finally {
      await fresh.$disconnect();
    }
  });
});
