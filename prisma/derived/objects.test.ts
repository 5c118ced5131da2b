// The DataVersion token changes on every write to any table, on SQLite and (with
// TEST_POSTGRES_URL) PostgreSQL, and migrating again keeps the triggers and the token.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { migrateDatabase } from "@/scripts/prisma.mjs";
import Database from "better-sqlite3";
import { sqliteFilePath } from "@/lib/db/sqlite-file";
import { createMigratedDatabase, onPostgres } from "@/tests/setup/test-db";
import { exportTriggerDropStatements, VERSIONED_TABLES } from "./objects.mjs";

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

describe.skipIf(onPostgres)("the export's triggers and a later migration", () => {
  // Prisma's SQLite migration for a changed table builds new_X, drops X and renames new_X to X.
  const rewrite = (table: string) =>
    `CREATE TABLE "new_${table}" AS SELECT * FROM "${table}"; DROP TABLE "${table}"; ALTER TABLE "new_${table}" RENAME TO "${table}";`;

  it("keep a table they name from being rewritten, so db:migrate drops them before pending migrations", () => {
    const file = sqliteFilePath(createMigratedDatabase("derived-export-rewrite"));
    const sqlite = new Database(file);
    try {
      sqlite.pragma("foreign_keys = OFF");
      // With the triggers in place the rename fails: the reason for exportTriggerDropStatements.
      expect(() => sqlite.transaction(() => sqlite.exec(rewrite("Evidence")))()).toThrow(/no such table/);
      sqlite.transaction(() => {
        for (const statement of exportTriggerDropStatements("sqlite")) sqlite.exec(statement);
        sqlite.exec(rewrite("Evidence"));
        sqlite.exec(rewrite("DealParty"));
      })();
    } finally {
      sqlite.close();
    }
    // Migrating again puts every trigger back.
    migrateDatabase({ databaseUrl: `file:${file}` });
    const check = new Database(file, { readonly: true });
    try {
      const triggers = (
        check.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string }[]
      ).map((t) => t.name);
      for (const drop of exportTriggerDropStatements("sqlite")) expect(triggers).toContain(drop.split('"')[1]);
    } finally {
      check.close();
    }
  });
});
