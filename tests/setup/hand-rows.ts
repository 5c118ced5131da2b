import type { PrismaClient } from "@/lib/db/client";
import { dealSearchText } from "@/lib/search";

/**
 * Adds deal number `i` the way an analyst would by hand: a deal, its party and its chip in one
 * transaction, every column (timestamps too) a function of `i`, so replaying 0..n-1 on a copy of
 * the same database yields the same rows.
 */
export async function addHandDeal(db: PrismaClient, i: number): Promise<void> {
  const tesla = await db.company.findUniqueOrThrow({ where: { slug: "tesla" } });
  const at = new Date(Date.UTC(2026, 5, 1) + i * 60_000);
  const title = `Hand-added deal ${i}`;
  const summary = `Typed in by an analyst, number ${i}.`;
  await db.deal.create({
    data: {
      slug: `hand-added-${i}`,
      title,
      kind: "chip_purchase",
      status: "announced",
      announcedOn: at,
      announcedPrecision: "day",
      announcedBasis: "stated",
      valueMinor: BigInt(i + 1) * 100_000_000n,
      valueCurrency: "USD",
      valueKind: "firm",
      valueUsdMinor: BigInt(i + 1) * 100_000_000n,
      summary,
      searchText: dealSearchText({
        title,
        summary,
        chips: [`HX${i}`],
        locations: [],
        companies: [{ name: tesla.name, aliases: [] }],
      }),
      updatedAt: at,
      parties: { create: { companyId: tesla.id, role: "customer", updatedAt: at } },
      chips: { create: { name: `HX${i}`, updatedAt: at } },
    },
  });
}
