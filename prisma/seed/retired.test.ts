// A database seeded before the issue-12 corrections: re-seeding removes exactly what the
// corrections retired (prisma/seed/data/retired.ts) and keeps every row added by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { addHandDeal } from "@/tests/setup/hand-rows";
import { createSeededDatabase } from "@/tests/setup/test-db";
import { seedDatabase } from "./load";

let db: PrismaClient;
beforeAll(async () => {
  db = createPrismaClient(await createSeededDatabase("retired"));
});
afterAll(() => db.$disconnect());

describe("re-seeding a database written by the old seed", () => {
  it("deletes the retired deals, events, chips and evidence, and nothing else", async () => {
    const tesla = await db.company.findUniqueOrThrow({ where: { slug: "tesla" } });
    const meta = await db.deal.findUniqueOrThrow({ where: { slug: "meta-amd-instinct" } });
    const article = await db.article.findFirstOrThrow();
    // What the old seed wrote.
    await db.deal.create({
      data: {
        slug: "tesla-terafab",
        title: "Tesla plans a 'TeraFab' chip factory in the US",
        kind: "own_fab_plan",
        status: "planned",
        announcedOn: new Date("2026-01-28T00:00:00Z"),
        announcedPrecision: "day",
        announcedBasis: "stated",
        summary: "old",
        parties: { create: { companyId: tesla.id, role: "owner" } },
      },
    });
    await db.dealChip.create({ data: { dealId: meta.id, name: "MI300X" } });
    await db.evidence.create({
      data: {
        key: "deal/meta-amd-instinct/date",
        articleId: article.id,
        quote: "date: 2026-02-24T15:58:28.484Z",
        quoteStart: 0,
        quoteEnd: 10,
        claim: "date",
        label: "old",
        dealId: meta.id,
      },
    });
    await db.event.create({
      data: {
        slug: "tesla-chip-sourcing",
        title: "old",
        kind: "supply_statement",
        occurredOn: new Date("2026-01-29T00:00:00Z"),
        occurredPrecision: "day",
        occurredBasis: "reported",
        summary: "old",
      },
    });
    await addHandDeal(db, 0);
    await db.dealChip.create({ data: { dealId: meta.id, name: "Hand chip" } });

    await seedDatabase(db);

    expect(await db.deal.findUnique({ where: { slug: "tesla-terafab" } })).toBeNull();
    expect(await db.event.findUnique({ where: { slug: "tesla-chip-sourcing" } })).toBeNull();
    expect(await db.evidence.findUnique({ where: { key: "deal/meta-amd-instinct/date" } })).toBeNull();
    const chips = await db.dealChip.findMany({ where: { dealId: meta.id }, orderBy: { name: "asc" } });
    expect(chips.map((c) => c.name)).toEqual(["Hand chip", "Instinct"]);
    expect(await db.deal.findUnique({ where: { slug: "hand-added-0" } })).not.toBeNull();
    expect((await db.event.findUniqueOrThrow({ where: { slug: "tesla-terafab" } })).kind).toBe("plan");
  });
});
