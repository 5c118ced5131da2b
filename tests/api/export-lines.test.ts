// The CSV lines kept per deal on SQLite (lib/deals/export-rows.ts, the "DealExport" table of
// prisma/derived/objects.mjs): the seed writes them, the export reads them, and any change to
// what a line is made of drops exactly the lines it touches, in the same write, so an export
// never shows a stale line. With lines or without, the export is the same bytes.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/client";
import type * as Csv from "@/lib/deals/csv";
import type * as ExportRows from "@/lib/deals/export-rows";
import type * as Queries from "@/lib/deals/queries";
import { sqliteFilePath } from "@/lib/db/sqlite-file";
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

const lineIds = async () =>
  (await db.$queryRawUnsafe<{ dealId: number }[]>(`SELECT "dealId" FROM "DealExport" ORDER BY "dealId"`)).map((r) =>
    Number(r.dealId),
  );
const dealIds = async () => (await db.deal.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((d) => d.id);
const token = async () => (await db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).token;

describe.skipIf(onPostgres)("CSV lines kept per deal", () => {
  it("are written by the seed for every deal, and exported as the DTOs make them", async () => {
    expect(await lineIds()).toEqual(await dealIds());
    for (const dialect of ["rfc4180", "excel-nl"] as const) {
      for (const sort of ["-announcedOn", "title", "-valueUsd"]) {
        expect(await exported(dialect, sort), `${dialect} ${sort}`).toBe(await expected(dialect, sort));
      }
    }
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
      "a removed value quote",
      async () => {
        const ev = await db.evidence.findFirstOrThrow({ where: { claim: "value", dealId: { not: null } } });
        await db.evidence.delete({ where: { id: ev.id } });
        return [ev.dealId!];
      },
    ],
  ];

  it.each(changes)("drop exactly the lines %s is in, and the export shows the change", async (_name, change) => {
    expect(await lineIds()).toEqual(await dealIds());
    const touched = new Set(await change());
    expect(touched.size).toBeGreaterThan(0);
    expect(await lineIds()).toEqual((await dealIds()).filter((id) => !touched.has(id)));
    for (const dialect of ["rfc4180", "excel-nl"] as const)
      expect(await exported(dialect)).toBe(await expected(dialect));
    await exportRows.fillExportRows(db);
    expect(await exported("rfc4180")).toBe(await expected("rfc4180"));
  });

  it("are joined instead when the file has no table of lines (restored from an older backup)", async () => {
    const full = await exported("rfc4180");
    await db.$executeRawUnsafe(`ALTER TABLE "DealExport" RENAME TO "DealExportAside"`);
    try {
      expect(await exported("rfc4180")).toBe(full);
      expect(await exported("excel-nl")).toBe(await expected("excel-nl"));
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "DealExportAside" RENAME TO "DealExport"`);
    }
  });

  it("go with their deal", async () => {
    const deal = await db.deal.findFirstOrThrow({ orderBy: { id: "desc" } });
    await db.deal.delete({ where: { id: deal.id } });
    expect(await lineIds()).toEqual(await dealIds());
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

describe.runIf(onPostgres)("CSV lines on PostgreSQL", () => {
  it("are not kept: the export joins", async () => {
    expect(await exportRows.fillExportRows(db)).toBe(0);
    expect(await exported("rfc4180")).toBe(await expected("rfc4180"));
  });
});
