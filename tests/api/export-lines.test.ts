// The CSV lines and DTO JSON kept per deal on SQLite (lib/deals/export-rows.ts, the "DealExport"
// table of prisma/derived/objects.mjs): the seed writes them, the export and the API read them,
// and any change to what a row is made of drops exactly the rows it touches, in the same write,
// so neither ever shows a stale one. With rows or without, both give the same bytes.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/client";
import { jsonText } from "@/lib/json-text";
import type * as Csv from "@/lib/deals/csv";
import type * as ExportRows from "@/lib/deals/export-rows";
import type * as Queries from "@/lib/deals/queries";
import { sqliteFilePath } from "@/lib/db/sqlite-file";
import { migrateDatabase } from "@/scripts/prisma.mjs";
import { pointAppAt } from "@/tests/setup/app-database";
import { formatDealsCsv } from "@/tests/setup/csv-from-dto";
import { createSeededDatabase, onPostgres } from "@/tests/setup/test-db";

let db: PrismaClient;
let url: string;
let csv: typeof Csv;
let exportRows: typeof ExportRows;
let queries: typeof Queries;

beforeAll(async () => {
  url = await createSeededDatabase("export-lines");
  db = pointAppAt(url, { CACHE_MB: "0" });
  csv = await import("@/lib/deals/csv");
  exportRows = await import("@/lib/deals/export-rows");
  queries = await import("@/lib/deals/queries");
});

afterAll(async () => {
  await db?.$disconnect();
  vi.unstubAllEnvs();
});

async function exported(dialect: "rfc4180" | "excel-nl", sort = "-announcedOn"): Promise<string> {
  const query = csv.DealCsvQuerySchema.parse({ dialect, bom: "0", sort });
  return new Response(csv.streamDealsCsv(query, { batchSize: 3 })).text();
}

/** The export as the JSON API's DealDtos make it. */
async function expected(dialect: "rfc4180" | "excel-nl", sort = "-announcedOn"): Promise<string> {
  const list = await queries.listDeals({ sort: sort as never, limit: 500 });
  return formatDealsCsv(list.data, { dialect });
}

/** The API's answer for all deals, as it reads it (stored JSON where a deal has it). */
/** The API's answer for all deals as it sends it: its text and its ETag. */
const answer = async (sort = "-announcedOn") => {
  const written = await queries.listDealsJson({ sort: sort as never, limit: 500 });
  return { text: written.text, etag: written.etag };
};
const answered = async (sort = "-announcedOn") => (await answer(sort)).text;
/** The same answer as the DTOs make it. */
const expectedAnswer = async (sort = "-announcedOn") =>
  jsonText(await queries.listDeals({ sort: sort as never, limit: 500 }));

const lineIds = async () =>
  (await db.$queryRawUnsafe<{ dealId: number }[]>(`SELECT "dealId" FROM "DealExport" ORDER BY "dealId"`)).map((r) =>
    Number(r.dealId),
  );
const jsonIds = async () =>
  (await db.$queryRawUnsafe<{ dealId: number }[]>(`SELECT "dealId" FROM "DealJson" ORDER BY "dealId"`)).map((r) =>
    Number(r.dealId),
  );
const dealIds = async () => (await db.deal.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((d) => d.id);
const bySlug = (a: unknown, b: unknown) => (a as { slug: string }).slug.localeCompare((b as { slug: string }).slug);
const token = async () => (await db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).token;

describe.skipIf(onPostgres)("CSV lines and DTO JSON kept per deal", () => {
  it("are written by the seed for every deal, and exported and answered as the DTOs make them", async () => {
    expect(await lineIds()).toEqual(await dealIds());
    for (const sort of ["-announcedOn", "title", "-valueUsd"]) {
      for (const dialect of ["rfc4180", "excel-nl"] as const) {
        expect(await exported(dialect, sort), `${dialect} ${sort}`).toBe(await expected(dialect, sort));
      }
      expect(await answered(sort), sort).toBe(await expectedAnswer(sort));
    }
    // Each deal's stored text is its DTO's JSON.
    expect(await jsonIds()).toEqual(await dealIds());
    const stored = await db.$queryRawUnsafe<{ json: string; hash: string }[]>(`SELECT "json", "hash" FROM "DealJson"`);
    for (const row of stored) expect(row.hash).toBe(createHash("sha1").update(row.json).digest("base64url"));
    const dtos = (await queries.listDeals({ sort: "-announcedOn", limit: 500 })).data;
    expect(stored.map((row) => JSON.parse(row.json) as unknown).sort(bySlug)).toEqual([...dtos].sort(bySlug));
  });

  it("answer the same bytes, under the same ETag, when some or all deals have none", async () => {
    const { text: full, etag } = await answer();
    const ids = await dealIds();
    // The answer is read from the stored texts: a text changed behind the triggers' back shows.
    await db.$executeRawUnsafe(`UPDATE "DealJson" SET "json" = '{"slug":"as stored"}' WHERE "dealId" = ${ids[0]}`);
    expect(await answered()).toContain(`{"slug":"as stored"}`);
    await db.$executeRawUnsafe(
      `DELETE FROM "DealJson" WHERE "dealId" IN (${ids.filter((_, i) => i === 0 || i % 3).join(",")})`,
    );
    expect(await answered()).toBe(full);
    expect((await answer()).etag).toBe(etag);
    await db.$executeRawUnsafe(`DELETE FROM "DealJson"`);
    expect(await answer()).toEqual({ text: full, etag });
    await exportRows.fillExportRows(db);
    expect(await answer()).toEqual({ text: full, etag });
  });

  it("export the same bytes when some or all deals have none", async () => {
    const full = await exported("excel-nl");
    const ids = await dealIds();
    await db.$executeRawUnsafe(`DELETE FROM "DealExport" WHERE "dealId" IN (${ids.filter((_, i) => i % 2).join(",")})`);
    expect(await exported("excel-nl")).toBe(full);
    await db.$executeRawUnsafe(`DELETE FROM "DealExport"`);
    expect(await exported("excel-nl")).toBe(full);
    const before = await token();
    expect(await exportRows.fillExportRows(db, { batchSize: 4 })).toBe(ids.length);
    // Derived data: writing it changes no answer, so the data version stays.
    expect(await token()).toBe(before);
    expect(await lineIds()).toEqual(ids);
    expect(await exported("excel-nl")).toBe(full);
  });

  const amd = async () =>
    (await db.dealParty.findMany({ where: { company: { slug: "amd" } }, select: { dealId: true } })).map(
      (p) => p.dealId,
    );
  const changes: [string, () => Promise<number[]>][] = [
    [
      "a company's name",
      async () => {
        await db.company.update({ where: { slug: "amd" }, data: { name: "Advanced Micro Devices" } });
        return amd();
      },
    ],
    [
      "an article's slug",
      async () => {
        const ev = await db.evidence.findFirstOrThrow({ where: { dealId: { not: null } }, include: { article: true } });
        await db.article.update({ where: { id: ev.articleId }, data: { slug: `${ev.article.slug}-renamed` } });
        const citing = await db.evidence.findMany({ where: { articleId: ev.articleId, dealId: { not: null } } });
        return citing.map((e) => e.dealId!);
      },
    ],
    [
      "a deal's own column",
      async () => {
        const deal = await db.deal.findFirstOrThrow({ orderBy: { id: "desc" } });
        await db.deal.update({ where: { id: deal.id }, data: { title: `${deal.title} (revised)` } });
        return [deal.id];
      },
    ],
    [
      "a new chip",
      async () => {
        const deal = await db.deal.findFirstOrThrow({ orderBy: { id: "asc" } });
        await db.dealChip.create({ data: { dealId: deal.id, name: "Test chip" } });
        return [deal.id];
      },
    ],
    [
      "a removed location",
      async () => {
        const location = await db.dealLocation.findFirstOrThrow();
        await db.dealLocation.delete({ where: { id: location.id } });
        return [location.dealId];
      },
    ],
    [
      "a party's role",
      async () => {
        const party = await db.dealParty.findFirstOrThrow({ where: { role: "customer" } });
        await db.dealParty.update({ where: { id: party.id }, data: { role: "buyer" } });
        return [party.dealId];
      },
    ],
    [
      "an exchange rate",
      async () => {
        const deal = await db.deal.findFirstOrThrow({ where: { valueMinor: { not: null } }, orderBy: { id: "asc" } });
        const rate = await db.fxRate.create({
          data: {
            currency: "EUR",
            date: new Date("2025-07-28T00:00:00Z"),
            usdPerUnit: "1.1600",
            source: "ECB euro foreign exchange reference rate",
            sourceUrl: "https://www.ecb.europa.eu/",
          },
        });
        await db.deal.update({ where: { id: deal.id }, data: { valueFxRateId: rate.id } });
        await exportRows.fillExportRows(db);
        expect(await answered()).toContain("1.1600");
        await db.fxRate.update({ where: { id: rate.id }, data: { usdPerUnit: "1.1700" } });
        return [deal.id];
      },
    ],
    [
      "a removed value quote",
      async () => {
        const ev = await db.evidence.findFirstOrThrow({ where: { claim: "value", dealId: { not: null } } });
        await db.evidence.delete({ where: { id: ev.id } });
        return [ev.dealId!];
      },
    ],
  ];

  it.each(changes)("drop exactly the rows %s is in, and the export and API show the change", async (_name, change) => {
    expect(await lineIds()).toEqual(await dealIds());
    const before = await answered();
    const touched = new Set(await change());
    expect(touched.size).toBeGreaterThan(0);
    expect(await lineIds()).toEqual((await dealIds()).filter((id) => !touched.has(id)));
    expect(await jsonIds()).toEqual(await lineIds());
    for (const dialect of ["rfc4180", "excel-nl"] as const)
      expect(await exported(dialect)).toBe(await expected(dialect));
    const after = await answered();
    expect(after).not.toBe(before);
    expect(after).toBe(await expectedAnswer());
    const etag = (await answer()).etag;
    await exportRows.fillExportRows(db);
    expect(await exported("rfc4180")).toBe(await expected("rfc4180"));
    expect(await answer()).toEqual({ text: after, etag });
  });

  it("are joined instead when the file has no table of lines (restored from an older backup)", async () => {
    const full = await exported("rfc4180");
    const answer = await answered();
    await db.$executeRawUnsafe(`ALTER TABLE "DealExport" RENAME TO "DealExportAside"`);
    try {
      expect(await exported("rfc4180")).toBe(full);
      expect(await exported("excel-nl")).toBe(await expected("excel-nl"));
      expect(await answered()).toBe(answer);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "DealExportAside" RENAME TO "DealExport"`);
    }
  });

  it("are answered by the joins from a file without the table of JSON or with an older one, until a migrate makes it", async () => {
    const answer = await answered();
    const lines = await lineIds();
    await db.$executeRawUnsafe(`DROP TABLE "DealJson"`);
    expect(await answered()).toBe(answer);
    migrateDatabase({ databaseUrl: url });
    expect(await jsonIds()).toEqual([]);
    expect(await exportRows.fillExportRows(db)).toBe(lines.length);
    expect(await jsonIds()).toEqual(lines);
    expect(await answered()).toBe(answer);

    await db.$executeRawUnsafe(`DROP TABLE "DealJson"`);
    await db.$executeRawUnsafe(`CREATE TABLE "DealJson" ("dealId" INTEGER NOT NULL PRIMARY KEY, "json" TEXT NOT NULL)`);
    await db.$executeRawUnsafe(`INSERT INTO "DealJson" SELECT "dealId", '{}' FROM "DealExport"`);
    expect(await answered()).toBe(answer);
    migrateDatabase({ databaseUrl: url });
    const columns = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM pragma_table_info('DealJson')`);
    expect(columns.map((c) => c.name)).toEqual(["dealId", "json", "hash"]);
    expect(await jsonIds()).toEqual([]);
    await exportRows.fillExportRows(db);
    expect(await answered()).toBe(answer);
  });

  it("drop by the triggers of this version once a migrate has run, whatever an older one left", async () => {
    // An older version's trigger, which knew only the CSV lines.
    await db.$executeRawUnsafe(`DROP TRIGGER "Deal_export_update"`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "Deal_export_update" AFTER UPDATE ON "Deal" BEGIN DELETE FROM "DealExport" WHERE "dealId" IN (old."id", new."id"); END`,
    );
    migrateDatabase({ databaseUrl: url });
    const deal = await db.deal.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.deal.update({ where: { id: deal.id }, data: { summary: `${deal.summary} (revised)` } });
    expect(await jsonIds()).not.toContain(deal.id);
    expect(await answered()).toBe(await expectedAnswer());
    await exportRows.fillExportRows(db);
  });

  it("are dropped by a migrate when the code that writes them has changed, and kept when it has not", async () => {
    migrateDatabase({ databaseUrl: url });
    expect(await lineIds()).toEqual(await dealIds());
    // As if the rows were written by an older version of lib/deals/export-rows.ts and its kin.
    await db.$executeRawUnsafe(`UPDATE "DealExportFormat" SET "format" = 'older code'`);
    migrateDatabase({ databaseUrl: url });
    expect(await lineIds()).toEqual([]);
    expect(await jsonIds()).toEqual([]);
    const formats = await db.$queryRawUnsafe<{ format: string }[]>(`SELECT "format" FROM "DealExportFormat"`);
    expect(formats).toHaveLength(1);
    expect(formats[0]!.format).not.toBe("older code");
    await exportRows.fillExportRows(db);
    expect(await lineIds()).toEqual(await dealIds());
    expect(await jsonIds()).toEqual(await dealIds());
  });

  it("are guarded again, and dropped, by a migrate whose migration fails", async () => {
    // The newest migration, as if never applied: running it again fails (its index exists).
    const newest = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT "migration_name" AS "name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`,
    );
    const name = newest[0]!.name;
    await db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = ?`, name);
    expect(() => migrateDatabase({ databaseUrl: url })).toThrow(new RegExp(`Migration ${name} failed`));
    // The triggers the migrate dropped for the migrations are back, and nothing stored outlived them.
    const triggers = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*) AS "n" FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_export_%'`,
    );
    expect(Number(triggers[0]!.n)).toBeGreaterThan(10);
    expect(await lineIds()).toEqual([]);
    expect(await jsonIds()).toEqual([]);
    // Mended: the index dropped, the migration applies.
    await db.$executeRawUnsafe(`DROP INDEX "Deal_title_idx"`);
    migrateDatabase({ databaseUrl: url });
    await exportRows.fillExportRows(db);
    expect(await jsonIds()).toEqual(await dealIds());
  });

  it("go with their deal", async () => {
    const deal = await db.deal.findFirstOrThrow({ orderBy: { id: "desc" } });
    await db.deal.delete({ where: { id: deal.id } });
    expect(await lineIds()).toEqual(await dealIds());
    expect(await jsonIds()).toEqual(await dealIds());
    expect(await exported("rfc4180")).toBe(await expected("rfc4180"));
  });

  it("are read in a snapshot that a client who stops reading does not hold for good", async () => {
    const other = new Database(sqliteFilePath(url), { timeout: 100 });
    const checkpoint = () => (other.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[])[0]!.busy;
    try {
      const query = csv.DealCsvQuerySchema.parse({ bom: "0" });
      const reader = csv.streamDealsCsv(query, { batchSize: 3, stallMs: 300 }).getReader();
      expect((await reader.read()).done).toBe(false);
      // A write after the export's snapshot began: its log cannot be checkpointed away while the
      // snapshot is held...
      other.prepare(`UPDATE "Deal" SET "summary" = "summary" || ' ' WHERE "id" = (SELECT MIN("id") FROM "Deal")`).run();
      expect(checkpoint()).toBe(1);
      // ...and can be once the export has given up on its reader.
      await expect.poll(checkpoint, { timeout: 5000, interval: 100 }).toBe(0);
      await expect(reader.read()).rejects.toThrow(/left unread/);
    } finally {
      other.close();
    }
  });
});

describe.runIf(onPostgres)("CSV lines and DTO JSON on PostgreSQL", () => {
  it("are not kept: the export and the API join", async () => {
    expect(await exportRows.fillExportRows(db)).toBe(0);
    expect(await exported("rfc4180")).toBe(await expected("rfc4180"));
    expect(await answered()).toBe(await expectedAnswer());
  });
});
