import type { PrismaClient } from "@/lib/generated/prisma/client";
import { minorToDecimal } from "@/lib/format";
import type { KnownData } from "./types";

/** What the extractor needs to know of the database: companies with aliases, deals with parties and value. */
export async function loadKnownData(db: PrismaClient): Promise<KnownData> {
  const [companies, deals] = await Promise.all([
    db.company.findMany({
      select: { slug: true, name: true, aliases: { select: { alias: true } } },
      orderBy: { id: "asc" },
    }),
    db.deal.findMany({
      select: {
        slug: true,
        valueMinor: true,
        valueCurrency: true,
        parties: { select: { company: { select: { slug: true } } } },
      },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    companies: companies.map((c) => ({ slug: c.slug, name: c.name, aliases: c.aliases.map((a) => a.alias) })),
    deals: deals.map((d) => ({
      slug: d.slug,
      partySlugs: [...new Set(d.parties.map((p) => p.company.slug))],
      amount: d.valueMinor === null ? null : minorToDecimal(d.valueMinor),
      currency: d.valueCurrency,
    })),
  };
}
