// Cached answers follow every write at once, from this client or another one (another instance),
// and are shared read-only: on SQLite and (with TEST_POSTGRES_URL) PostgreSQL.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import type { listDeals as ListDeals, listDealsJson as ListDealsJson } from "@/lib/deals/queries";
import type { getStats as GetStats } from "@/lib/stats/queries";
import type { cached as Cached, cacheStats as CacheStats } from "./cache";
import { addHandDeal } from "@/tests/setup/hand-rows";
import { createSeededDatabase } from "@/tests/setup/test-db";

let url: string;
let other: ReturnType<typeof createPrismaClient>;
let listDeals: typeof ListDeals;
let listDealsJson: typeof ListDealsJson;
let getStats: typeof GetStats;
let cached: typeof Cached;
let cacheStats: typeof CacheStats;

beforeAll(async () => {
  url = await createSeededDatabase("cache");
  vi.stubEnv("DATABASE_URL", url);
  delete (globalThis as { prismaConnection?: unknown }).prismaConnection;
  vi.resetModules();
  ({ listDeals, listDealsJson } = await import("@/lib/deals/queries"));
  ({ getStats } = await import("@/lib/stats/queries"));
  ({ cached, cacheStats } = await import("./cache"));
  // A second client on the same database: what another app instance writes through.
  other = createPrismaClient(url);
});
afterAll(async () => {
  await other.$disconnect();
  vi.unstubAllEnvs();
});

const query = { sort: "-announcedOn", limit: 500 } as const;

describe("cached", () => {
  it("answers a repeated query from memory, the same value", async () => {
    const first = await listDeals(query);
    const entries = cacheStats().entries;
    const again = await listDeals(query);
    expect(again).toBe(first);
    expect(cacheStats().entries).toBe(entries);
    expect(first.total).toBeGreaterThan(5);
  });

  it("keeps an answer written as bytes (the API's list), counted by its size", async () => {
    const before = cacheStats();
    const first = await listDealsJson(query);
    expect(await listDealsJson(query)).toBe(first);
    expect(cacheStats().entries).toBe(before.entries + 1);
    expect(cacheStats().bytes - before.bytes).toBe(first.bytes.byteLength + first.etag.length);
    expect(JSON.parse(first.text)).toEqual(await listDeals(query));
    // A small answer holds a buffer of its own, not a share of Node's 8 KB pool the count would miss.
    const none = await listDealsJson({ ...query, q: "zzqqxx" });
    expect(JSON.parse(none.text)).toEqual({ data: [], total: 0, nextCursor: null });
    expect(none.bytes.buffer.byteLength).toBe(none.bytes.byteLength);
  });

  it("sees a write made through another client at once", async () => {
    const before = await listDeals(query);
    const statsBefore = await getStats({});
    await addHandDeal(other, 1);
    const after = await listDeals(query);
    expect(after.total).toBe(before.total + 1);
    expect(after.data.map((d) => d.slug)).toContain("hand-added-1");
    expect((await getStats({})).totals.deals).toBe(statsBefore.totals.deals + 1);
    await other.deal.delete({ where: { slug: "hand-added-1" } });
    expect((await listDeals(query)).total).toBe(before.total);
  });

  it("computes concurrent misses of one key once, and caches no error", async () => {
    let runs = 0;
    const slow = cached("test#slow", async (n: number) => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 30));
      return { n };
    });
    const answers = await Promise.all(Array.from({ length: 8 }, () => slow(7)));
    expect(runs).toBe(1);
    expect(new Set(answers).size).toBe(1);
    await slow(8);
    expect(runs).toBe(2);

    let fails = 0;
    const failing = cached("test#failing", async () => {
      fails += 1;
      throw new Error("no");
    });
    await expect(failing()).rejects.toThrow("no");
    await expect(failing()).rejects.toThrow("no");
    expect(fails).toBe(2);
  });

  it("shares answers read-only: changing one throws instead of changing it for everyone", async () => {
    const page = await listDeals(query);
    expect(() => {
      (page.data as unknown as unknown[]).pop();
    }).toThrow(TypeError);
    expect(() => {
      (page.data[0] as { title: string }).title = "changed";
    }).toThrow(TypeError);
  });
});
