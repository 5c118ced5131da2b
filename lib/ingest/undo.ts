import { refreshExportRows } from "@/lib/deals/export-rows";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "./audit";
import { dealsOfCompanies, refreshDealSearchText } from "./search-text";

export interface UndoResult {
  articles: number;
  deals: number;
  companies: number;
  aliases: number;
  evidence: number;
}

/**
 * Removes every row an accepted ingest wrote (they carry its id), in one transaction, and
 * logs it. Refused while other rows lean on them (a later ingest's second source on one of
 * its deals, a party on one of its new companies): undo those first.
 */
export async function undoIngest(db: PrismaClient, ingestId: number, actor: string): Promise<UndoResult> {
  const result = await undoInTransaction(db, ingestId, actor);
  // A second source removed from an older deal changes that deal's CSV line.
  await refreshExportRows(db);
  return result;
}

function undoInTransaction(db: PrismaClient, ingestId: number, actor: string): Promise<UndoResult> {
  return db.$transaction(async (tx) => {
    const ingest = await tx.ingest.findUnique({ where: { id: ingestId }, select: { status: true } });
    if (!ingest) throw new NotFoundError(`Ingest ${ingestId}`);
    if (ingest.status !== "accepted") throw new ConflictError(`Ingest ${ingestId} is ${ingest.status}, not accepted`);

    const notOurs = { OR: [{ ingestId: null }, { ingestId: { not: ingestId } }] };
    const [evidenceOnOurDeals, partiesOnOurCompanies, eventsOnOurCompanies] = await Promise.all([
      tx.evidence.count({ where: { ...notOurs, deal: { ingestId } } }),
      tx.dealParty.count({ where: { company: { ingestId }, deal: notOurs } }),
      tx.eventCompany.count({ where: { company: { ingestId } } }),
    ]);
    if (evidenceOnOurDeals + partiesOnOurCompanies + eventsOnOurCompanies > 0) {
      throw new ConflictError(`Other rows use what ingest ${ingestId} added; undo the later ingests first`);
    }

    const where = { where: { ingestId } };
    // Older deals this ingest gave a second source, or whose company it gave an alias: their
    // searchText loses those words.
    const sourced = await tx.evidence.findMany({
      where: { ingestId, deal: notOurs },
      select: { dealId: true },
      distinct: ["dealId"],
    });
    const aliased = await tx.companyAlias.findMany({
      where: { ingestId, company: notOurs },
      select: { companyId: true },
    });
    const evidence = (await tx.evidence.deleteMany(where)).count;
    const deals = (await tx.deal.deleteMany(where)).count;
    const aliases = (await tx.companyAlias.deleteMany(where)).count;
    const companies = (await tx.company.deleteMany(where)).count;
    const articles = (await tx.article.deleteMany(where)).count;
    await refreshDealSearchText(tx, [
      ...sourced.flatMap((e) => (e.dealId === null ? [] : [e.dealId])),
      ...(await dealsOfCompanies(
        tx,
        aliased.map((a) => a.companyId),
      )),
    ]);
    await tx.ingest.update({ where: { id: ingestId }, data: { status: "undone" } });
    const result = { articles, deals, companies, aliases, evidence };
    await audit(tx, {
      actor,
      action: "undo",
      ingestId,
      before: { status: "accepted" },
      after: { status: "undone", deleted: result },
    });
    return result;
  });
}
