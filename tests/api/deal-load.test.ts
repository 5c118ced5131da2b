// lib/deals/load.ts reads a page's deals with six plain statements instead of Prisma's
// includes. On the real seed and on 1,500 synthetic deals, every deal it loads must equal, field
// for field, what findMany with DEAL_INCLUDE loads, and so must the DTOs built from them.
import { afterAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/client";
import { DEAL_INCLUDE, toDealDto } from "@/lib/deals/dto";
import type * as Load from "@/lib/deals/load";
import { Prisma } from "@/lib/generated/prisma/client";
import { createSyntheticDatabase, pointAppAt } from "@/tests/setup/app-database";
import { createSeededDatabase } from "@/tests/setup/test-db";

let db: PrismaClient;
let load: typeof Load;

async function useDatabase(url: string) {
  await db?.$disconnect();
  db = pointAppAt(url);
  load = await import("@/lib/deals/load");
}

afterAll(async () => {
  await db?.$disconnect();
  vi.unstubAllEnvs();
});

const corpora: Record<string, () => Promise<string>> = {
  "the seed": () => createSeededDatabase("deal-load-seed"),
  "1,500 synthetic deals": () => createSyntheticDatabase("deal-load-synth", 1500, 11),
};

const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);

describe.each(Object.keys(corpora))("loadDealRows on %s", (corpus) => {
  it("loads every deal as findMany with DEAL_INCLUDE does", { timeout: 120_000 }, async () => {
    await useDatabase(await corpora[corpus]!());
    if (corpus === "the seed") {
      // Every seed deal is in dollars and its figures' rates are on events: give one deal and
      // one of its figures a rate, as a euro deal would have.
      const rate = await db.fxRate.findFirstOrThrow();
      const deal = await db.deal.update({ where: { slug: "meta-amd-instinct" }, data: { valueFxRateId: rate.id } });
      const figure = await db.evidence.findFirstOrThrow({ where: { dealId: deal.id, amount: { not: null } } });
      await db.evidence.update({ where: { id: figure.id }, data: { fxRateId: rate.id, amountUsd: "1" } });
    }
    const expected = await db.deal.findMany({ include: DEAL_INCLUDE, orderBy: { id: "asc" } });
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(expected.some((d) => d.chips.length > 1 && d.locations.length > 0 && d.parties.length > 1)).toBe(true);
    if (corpus === "the seed") {
      // What else the comparison must cover: a deal's FX rate, a figure with a USD rate, a party's evidence.
      expect(expected.some((d) => d.valueFxRate !== null)).toBe(true);
      expect(expected.some((d) => d.evidence.some((e) => e.fxRate !== null))).toBe(true);
      expect(expected.some((d) => d.evidence.some((e) => e.party !== null))).toBe(true);
    }
    const ids = expected.map((d) => d.id);
    const loaded: Awaited<ReturnType<typeof load.loadDealsById>> = [];
    for (let i = 0; i < ids.length; i += 400) loaded.push(...(await load.loadDealsById(ids.slice(i, i + 400))));
    expect(byId(loaded)).toEqual(expected);
    expect(byId(loaded).map(toDealDto)).toEqual(expected.map(toDealDto));
  });

  it("loads by any condition on the deal, and nothing for none", async () => {
    await useDatabase(await corpora[corpus]!());
    const [first] = await db.deal.findMany({ include: DEAL_INCLUDE, orderBy: { id: "desc" }, take: 1 });
    expect(await load.loadDealRows(Prisma.sql`d."slug" = ${first!.slug}`)).toEqual([first]);
    expect(await load.loadDealRows(Prisma.sql`d."slug" = ${"no-such-deal"}`)).toEqual([]);
    expect(await load.loadDealsById([])).toEqual([]);
  });
});
