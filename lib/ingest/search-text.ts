import { DEAL_KINDS, PARTY_ROLES, type DealKind, type PartyRole } from "@/lib/domain";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { dealSearchText } from "@/lib/search";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Writes the searchText of `dealIds` from what is stored for them, with what the seed puts in a
 * deal's (prisma/seed/rows.ts dealRow): title, summary, the kind's and the roles' labels, chips,
 * locations, the parties' names and aliases, and every quote of its evidence with its gloss. An
 * ingest calls it for the deals it writes or gives a second source, and undo for those it takes
 * one from, so a deal is found by the words of every article that speaks of it.
 */
export async function refreshDealSearchText(tx: Tx, dealIds: readonly number[]): Promise<void> {
  if (!dealIds.length) return;
  const deals = await tx.deal.findMany({
    where: { id: { in: [...new Set(dealIds)] } },
    select: {
      id: true,
      title: true,
      summary: true,
      kind: true,
      chips: { select: { name: true }, orderBy: { id: "asc" } },
      locations: { select: { name: true }, orderBy: { id: "asc" } },
      parties: {
        select: { role: true, company: { select: { name: true, aliases: { select: { alias: true } } } } },
        orderBy: { id: "asc" },
      },
      evidence: { select: { quote: true, gloss: true }, orderBy: { id: "asc" } },
    },
  });
  for (const d of deals) {
    const searchText = dealSearchText({
      title: d.title,
      summary: d.summary,
      chips: d.chips.map((c) => c.name),
      locations: d.locations.map((l) => l.name),
      companies: d.parties.map((p) => ({ name: p.company.name, aliases: p.company.aliases.map((a) => a.alias) })),
      kindLabel: DEAL_KINDS[d.kind as DealKind],
      roleLabels: d.parties.map((p) => PARTY_ROLES[p.role as PartyRole]),
      quotes: [...new Set(d.evidence.flatMap((e) => (e.gloss ? [e.quote, e.gloss] : [e.quote])))],
    });
    await tx.deal.update({ where: { id: d.id }, data: { searchText } });
  }
}

/** The deals that any of `companyIds` is a party to. */
export async function dealsOfCompanies(tx: Tx, companyIds: readonly number[]): Promise<number[]> {
  if (!companyIds.length) return [];
  const parties = await tx.dealParty.findMany({
    where: { companyId: { in: [...new Set(companyIds)] } },
    select: { dealId: true },
    distinct: ["dealId"],
  });
  return parties.map((p) => p.dealId);
}
