// Migrations and the seed re-run through the real CLI, as a deploy would, on a database with rows
// added by hand: not one of them is lost or changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { addHandDeal } from "@/tests/setup/hand-rows";
import { migrateDatabase, runPrisma } from "@/scripts/prisma.mjs";
import { createMigratedDatabase } from "@/tests/setup/test-db";
import { countRows } from "./write";

const url = createMigratedDatabase("reseed");
const prisma = (...args: string[]) => ({ stdout: runPrisma(args, { databaseUrl: url }) });

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(url);
});
afterAll(() => db.$disconnect());

/** Everything an analyst added, as stored. */
async function handRows(client: PrismaClient) {
  return {
    deals: await client.deal.findMany({
      where: { slug: { startsWith: "hand-" } },
      include: { parties: true, chips: true },
      orderBy: { id: "asc" },
    }),
    company: await client.company.findUnique({ where: { slug: "hand-made-fab" }, include: { aliases: true } }),
    aliases: await client.companyAlias.findMany({ where: { alias: { startsWith: "Hand " } }, orderBy: { id: "asc" } }),
    events: await client.event.findMany({ where: { slug: { startsWith: "hand-" } }, orderBy: { id: "asc" } }),
  };
}

describe("re-running migrations and the seed", () => {
  it("never loses or changes a row added by hand", async () => {
    prisma("db", "seed");
    const seeded = await countRows(db);

    for (let i = 0; i < 3; i++) await addHandDeal(db, i);
    const tesla = await db.company.findUniqueOrThrow({ where: { slug: "tesla" } });
    await db.companyAlias.create({ data: { companyId: tesla.id, alias: "Hand Tesla Motors" } });
    await db.company.create({
      data: {
        slug: "hand-made-fab",
        name: "Hand-made Fab",
        country: "NL",
        kind: "foundry",
        aliases: { create: { alias: "Hand Fab BV" } },
      },
    });
    await db.event.create({
      data: {
        slug: "hand-event",
        title: "An analyst's note",
        kind: "results",
        occurredOn: new Date("2026-02-01T00:00:00Z"),
        occurredPrecision: "month",
        occurredBasis: "stated",
        summary: "Added by hand.",
      },
    });
    const before = await handRows(db);
    const countsBefore = await countRows(db);
    expect(before.deals).toHaveLength(3);
    expect(before.company?.aliases).toHaveLength(1);

    for (let round = 0; round < 2; round++) {
      // migrate deploy takes SQLite's exclusive lock (locking_mode=EXCLUSIVE), which in WAL mode
      // waits for every other connection to close: migrations run with the server stopped.
      await db.$disconnect();
      migrateDatabase({ databaseUrl: url });
      // The seed is an ordinary writer: it runs while this reader stays connected.
      await countRows(db);
      const { stdout } = prisma("db", "seed");
      expect(stdout).toContain("(no new rows)");
    }

    const check = createPrismaClient(url);
    try {
      expect(await handRows(check)).toEqual(before);
      expect(await countRows(check)).toEqual(countsBefore);
      expect(countsBefore.deals).toBe(seeded.deals + 3);
    } finally {
      await check.$disconnect();
    }
  }, 120_000);
});
