// Reseeding writes only the curated rows: an accepted ingest's rows (article, deal, new company,
// aliases, evidence, also a second source on a seeded deal) come through unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { acceptIngest } from "@/lib/ingest/accept";
import { createIngest } from "@/lib/ingest/create";
import { extractArticle } from "@/lib/ingest/extract";
import { loadKnownData } from "@/lib/ingest/known-data";
import { INGEST_INPUT, reviewOf } from "@/tests/setup/ingest-article";
import { seedDatabase } from "./load";
import { createSeededDatabase } from "@/tests/setup/test-db";

const url = await createSeededDatabase("reseed_ingested");
let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(url);
});
afterAll(() => db.$disconnect());

async function ingestedRows(ingestId: number) {
  const where = { where: { ingestId }, orderBy: { id: "asc" as const } };
  return {
    articles: await db.article.findMany(where),
    companies: await db.company.findMany(where),
    aliases: await db.companyAlias.findMany(where),
    deals: await db.deal.findMany({ ...where, include: { parties: true } }),
    evidence: await db.evidence.findMany(where),
    ingest: await db.ingest.findUniqueOrThrow({ where: { id: ingestId } }),
  };
}

describe("reseeding after an ingest", () => {
  it("never deletes or changes an ingested row", async () => {
    const { id } = await createIngest(db, INGEST_INPUT, extractArticle, await loadKnownData(url), "tester");
    const review = reviewOf();
    // A second candidate adds its evidence to a seeded deal, and "Microsoft Corp." becomes an alias.
    const first = review.deals[0]!;
    review.deals[0] = {
      ...first,
      parties: [{ ...first.parties[0]!, name: "Microsoft Corp." }, ...first.parties.slice(1)],
    };
    review.deals.push({
      ...first,
      title: "Second source",
      matches: "meta-amd-instinct",
      amount: null,
      valueKind: null,
    });
    await acceptIngest(db, id, review, "tester");
    const before = await ingestedRows(id);
    expect(before.deals).toHaveLength(1);
    expect(before.evidence.some((e) => e.dealId !== before.deals[0]!.id)).toBe(true);
    expect(before.aliases.map((a) => a.alias)).toEqual(["Microsoft Corp."]);

    await seedDatabase(db);
    await seedDatabase(db);
    expect(await ingestedRows(id)).toEqual(before);
  });
});
