// The DataVersion token changes on every write to any table, on SQLite and (with
// TEST_POSTGRES_URL) PostgreSQL, and migrating again keeps the triggers and the token.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { migrateDatabase } from "@/scripts/prisma.mjs";
import { createMigratedDatabase } from "@/tests/setup/test-db";
import { VERSIONED_TABLES } from "./objects.mjs";

const schema = readFileSync(path.join(__dirname, "../schema.prisma"), "utf8");

describe("prisma/derived/objects.mjs", () => {
  let url: string;
  let db: ReturnType<typeof createPrismaClient>;
  const token = async () => (await db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).token;

  beforeAll(() => {
    url = createMigratedDatabase("derived-objects");
    db = createPrismaClient(url);
  });
  afterAll(() => db.$disconnect());

  it("versions every table of the schema but DataVersion itself", () => {
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]).filter((m) => m !== "DataVersion");
    expect(models.length).toBeGreaterThan(10);
    expect([...VERSIONED_TABLES].sort()).toEqual(models.sort());
  });

  it("gives the token a new value on each insert, update and delete, and none on a read", async () => {
    const seen = [await token()];
    const rate = await db.fxRate.create({
      data: { currency: "XTS", date: new Date("2026-01-01"), usdPerUnit: "1", source: "test", sourceUrl: "x" },
    });
    seen.push(await token());
    await db.fxRate.update({ where: { id: rate.id }, data: { note: "changed" } });
    seen.push(await token());
    await db.fxRate.count();
    expect(await token()).toBe(seen.at(-1));
    await db.fxRate.delete({ where: { id: rate.id } });
    seen.push(await token());
    await db.company.create({ data: { slug: "test-co", name: "Test Co", kind: "foundry" } });
    seen.push(await token());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("keeps its triggers and the token when migrated again", async () => {
    const before = await token();
    await db.$disconnect();
    migrateDatabase({ databaseUrl: url });
    db = createPrismaClient(url);
    expect(await token()).toBe(before);
    await db.company.deleteMany({ where: { slug: "test-co" } });
    expect(await token()).not.toBe(before);
  });
});
