// lib/db/read.ts reads a list page's statements on SQLite straight on a read-only better-sqlite3
// connection. Its rows must be typed as Prisma's $queryRaw types them (numbers, bigints, dates,
// booleans, text, expressions), with "a.b" columns nested, and it must follow the file when the
// file is replaced, as the Prisma client does.
import { copyFileSync, renameSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/client";
import type * as Read from "@/lib/db/read";
import { sqliteFilePath } from "@/lib/db/sqlite-file";
import { Prisma } from "@/lib/generated/prisma/client";
import { pointAppAt } from "@/tests/setup/app-database";
import { createSeededDatabase, onPostgres } from "@/tests/setup/test-db";

let db: PrismaClient;
let url: string;
let readRows: typeof Read.readRows;

beforeAll(async () => {
  url = await createSeededDatabase("read-rows");
  db = pointAppAt(url);
  ({ readRows } = await import("@/lib/db/read"));
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  vi.unstubAllEnvs();
});

/** Prisma's rows with "a.b" columns nested, as readRows promises them. */
async function prismaRows(statement: Prisma.Sql) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(statement);
  return rows.map((flat) => {
    const row: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(flat)) {
      const path = name.split(".");
      let target = row;
      for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      target[path.at(-1)!] = value;
    }
    return row;
  });
}

const statements: Record<string, Prisma.Sql> = {
  "deals: integers, bigints, dates, nulls and text": Prisma.sql`SELECT d.* FROM "Deal" d ORDER BY d."id"`,
  "evidence: booleans, decimal text, optional dates": Prisma.sql`SELECT * FROM "Evidence" ORDER BY "id"`,
  "fx rates": Prisma.sql`SELECT * FROM "FxRate" ORDER BY "id"`,
  "expressions: a count, a sum of bigints, a ratio": Prisma.sql`
    SELECT COUNT(*) AS "n", SUM(d."valueUsdMinor") AS "total", AVG(d."termYears") AS "meanTerm" FROM "Deal" d`,
  'nested "a.b" and "a.b.c" columns': Prisma.sql`
    SELECT e."id", a."slug" AS "article.slug", a."publishedOn" AS "article.publishedOn", pc."slug" AS "party.company.slug"
    FROM "Evidence" e JOIN "Article" a ON a."id" = e."articleId"
    LEFT JOIN "DealParty" p ON p."id" = e."partyId" LEFT JOIN "Company" pc ON pc."id" = p."companyId"
    ORDER BY e."id"`,
  "bound arguments: a date, a boolean, a bigint": Prisma.sql`
    SELECT "id" FROM "Deal" WHERE "announcedOn" >= ${new Date("2025-01-01T00:00:00Z")}
      AND ("valueUsdMinor" IS NULL OR "valueUsdMinor" > ${10n ** 9n}) AND ${true} ORDER BY "id"`,
};

describe("readRows", () => {
  it.each(Object.keys(statements))("%s: typed as $queryRaw types them", async (name) => {
    const statement = statements[name]!;
    const expected = await prismaRows(statement);
    expect(expected.length).toBeGreaterThan(0);
    expect(await readRows(statement)).toEqual(expected);
  });

  it("reads the types an analyst's figures need", async () => {
    const [deal] = await readRows<Record<string, unknown>>(
      Prisma.sql`SELECT d.* FROM "Deal" d WHERE d."slug" = ${"tesla-samsung-ai6-foundry"}`,
    );
    expect(deal!.id).toEqual(expect.any(Number));
    expect(deal!.announcedOn).toBeInstanceOf(Date);
    expect(typeof deal!.valueMinor).toBe("bigint");
    const [evidence] = await readRows<Record<string, unknown>>(Prisma.sql`SELECT * FROM "Evidence" LIMIT 1`);
    expect(typeof evidence!.unitImplied).toBe("boolean");
  });

  it.skipIf(onPostgres)("reads SQLite's CURRENT_TIMESTAMP text as UTC", async () => {
    await db.$executeRaw`UPDATE "Deal" SET "updatedAt" = '2026-12-03 10:05:39' WHERE "slug" = 'tesla-samsung-ai6-foundry'`;
    const [row] = await readRows<{ updatedAt: Date }>(
      Prisma.sql`SELECT "updatedAt" FROM "Deal" WHERE "slug" = 'tesla-samsung-ai6-foundry'`,
    );
    expect(row!.updatedAt.toISOString()).toBe("2026-12-03T10:05:39.000Z");
  });

  it.skipIf(onPostgres)("reads a table rebuilt by a migration while the app runs as it now is", async () => {
    for (const statement of [
      `CREATE TABLE "ReadProbe" ("a" INTEGER, "b" TEXT)`,
      `INSERT INTO "ReadProbe" VALUES (1, 'one')`,
    ])
      await db.$executeRawUnsafe(statement);
    const probe = Prisma.sql`SELECT * FROM "ReadProbe"`;
    expect(await readRows(probe)).toEqual([{ a: 1, b: "one" }]);
    // Rebuilt with its columns in another order and one more, as Prisma's SQLite migrations do.
    for (const statement of [
      `CREATE TABLE "new_ReadProbe" ("b" TEXT, "c" DATETIME, "a" INTEGER)`,
      `INSERT INTO "new_ReadProbe" ("a", "b", "c") SELECT "a", "b", '2026-12-03T00:00:00.000+00:00' FROM "ReadProbe"`,
      `DROP TABLE "ReadProbe"`,
      `ALTER TABLE "new_ReadProbe" RENAME TO "ReadProbe"`,
    ])
      await db.$executeRawUnsafe(statement);
    expect(await readRows(probe)).toEqual([{ b: "one", c: new Date("2026-12-03T00:00:00Z"), a: 1 }]);
    await db.$executeRawUnsafe(`DROP TABLE "ReadProbe"`);
  });

  it.skipIf(onPostgres)("follows the file when another database replaces it", async () => {
    const count = Prisma.sql`SELECT COUNT(*) AS "n" FROM "Deal"`;
    const [before] = await readRows<{ n: bigint }>(count);
    expect(before!.n).toBeGreaterThan(0n);
    // An empty migrated copy: the seed's deals deleted in a copy, which then replaces the file.
    const file = sqliteFilePath(url);
    copyFileSync(file, `${file}.other`);
    const other = (await import("@/lib/db/client")).createPrismaClient(`file:${file}.other`);
    await other.deal.deleteMany({ where: { slug: { not: "tesla-samsung-ai6-foundry" } } });
    await other.$disconnect();
    renameSync(`${file}.other`, file);
    (await import("@/lib/db")).dbConnection.sync();
    await expect.poll(async () => (await readRows<{ n: bigint }>(count))[0]!.n, { timeout: 5000 }).toBe(1n);
  });
});
