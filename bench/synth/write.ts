import { fillExportRows } from "@/lib/deals/export-rows";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Synth } from "./generate";

export interface SynthCounts {
  companies: number;
  aliases: number;
  articles: number;
  deals: number;
  parties: number;
  chips: number;
  locations: number;
  events: number;
  evidence: number;
}

/**
 * Writes synthetic data into an empty, migrated database through Prisma (so every column is
 * encoded exactly as the app writes it), one transaction per chunk.
 */
export async function writeSynth(
  db: PrismaClient,
  synth: Synth,
  onChunk?: (counts: SynthCounts) => void,
): Promise<SynthCounts> {
  const counts: SynthCounts = {
    companies: 0,
    aliases: 0,
    articles: 0,
    deals: 0,
    parties: 0,
    chips: 0,
    locations: 0,
    events: 0,
    evidence: 0,
  };
  await db.$transaction([
    db.company.createMany({ data: synth.companies }),
    db.companyAlias.createMany({ data: synth.aliases }),
  ]);
  counts.companies = synth.companies.length;
  counts.aliases = synth.aliases.length;
  for (const c of synth.chunks) {
    await db.$transaction([
      db.article.createMany({ data: c.articles }),
      db.deal.createMany({ data: c.deals }),
      db.dealParty.createMany({ data: c.parties }),
      db.dealChip.createMany({ data: c.chips }),
      db.dealLocation.createMany({ data: c.locations }),
      db.event.createMany({ data: c.events }),
      db.eventCompany.createMany({ data: c.eventCompanies }),
      db.evidence.createMany({ data: c.evidence }),
    ]);
    counts.articles += c.articles.length;
    counts.deals += c.deals.length;
    counts.parties += c.parties.length;
    counts.chips += c.chips.length;
    counts.locations += c.locations.length;
    counts.events += c.events.length;
    counts.evidence += c.evidence.length;
    onChunk?.(counts);
  }
  await fillExportRows(db);
  return counts;
}
