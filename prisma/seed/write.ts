import type { PrismaClient } from "@/lib/generated/prisma/client";
import { articleRow, companyRow, dealRow, eventRow, evidenceRow, fxRateRow } from "./rows";
import { idOf, syncRows } from "./sync";
import { fxKey, type SeedPlan } from "./validate";

export type SeedCounts = Record<
  | "articles"
  | "companies"
  | "aliases"
  | "deals"
  | "parties"
  | "chips"
  | "locations"
  | "events"
  | "eventCompanies"
  | "evidence",
  number
>;

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Writes a validated plan in one transaction, as upserts on each record's natural key would:
 * what is missing is created, what differs is updated, so a second run writes nothing, and only
 * retired rows are deleted: rows added by hand or by an ingest stay. Each table is read once and
 * its missing rows inserted in one statement (26 statements on a new database, 15 reads when
 * nothing changed) rather than one or two per row: Prisma compiles every query on the main thread.
 */
export async function writeSeed(db: PrismaClient, plan: SeedPlan): Promise<void> {
  const { data } = plan;
  await db.$transaction(
    async (tx) => {
      await deleteRetired(tx, plan);

      const fxRates = await syncRows(data.fxRates.map(fxRateRow), {
        key: (r) => fxKey(r.currency, r.date.toISOString().slice(0, 10)),
        stored: await tx.fxRate.findMany({ where: { currency: { in: data.fxRates.map((r) => r.currency) } } }),
        createMany: (rows) => tx.fxRate.createManyAndReturn({ data: rows }),
        update: (s, row) => tx.fxRate.update({ where: { id: s.id }, data: row }),
      });
      const rateId = (r: { currency: string; date: string } | null | undefined) =>
        r ? idOf(fxRates, fxKey(r.currency, r.date)) : null;

      const articles = await syncRows(
        data.articles.map((a) => articleRow(plan, a)),
        {
          key: (r) => r.slug,
          stored: await tx.article.findMany({ where: { slug: { in: data.articles.map((a) => a.slug) } } }),
          createMany: (rows) => tx.article.createManyAndReturn({ data: rows }),
          update: (s, row) => tx.article.update({ where: { id: s.id }, data: row }),
        },
      );

      const companies = await syncRows(data.companies.map(companyRow), {
        key: (r) => r.slug,
        stored: await tx.company.findMany({ where: { slug: { in: data.companies.map((c) => c.slug) } } }),
        createMany: (rows) => tx.company.createManyAndReturn({ data: rows }),
        update: (s, row) => tx.company.update({ where: { id: s.id }, data: row }),
      });
      const companyId = (slug: string) => idOf(companies, slug);
      const companyIds = [...companies.values()].map((c) => c.id);
      await syncRows(
        data.companies.flatMap((c) => c.aliases.map((alias) => ({ companyId: companyId(c.slug), alias }))),
        {
          key: (r) => `${r.companyId}/${r.alias}`,
          stored: await tx.companyAlias.findMany({ where: { companyId: { in: companyIds } } }),
          createMany: (rows) => tx.companyAlias.createManyAndReturn({ data: rows }),
        },
      );

      const deals = await syncRows(
        data.deals.map((d) => dealRow(plan, d, rateId(plan.valueMinor.get(d.slug)?.rate))),
        {
          key: (r) => r.slug,
          stored: await tx.deal.findMany({ where: { slug: { in: data.deals.map((d) => d.slug) } } }),
          createMany: (rows) => tx.deal.createManyAndReturn({ data: rows }),
          update: (s, row) => tx.deal.update({ where: { id: s.id }, data: row }),
        },
      );
      const dealId = (slug: string) => idOf(deals, slug);
      const dealWhere = { where: { dealId: { in: [...deals.values()].map((d) => d.id) } } };
      const names = (list: "chips" | "locations") =>
        data.deals.flatMap((d) => d[list].map((name) => ({ dealId: dealId(d.slug), name })));
      const nameKey = (r: { dealId: number; name: string }) => `${r.dealId}/${r.name}`;
      await syncRows(names("chips"), {
        key: nameKey,
        stored: await tx.dealChip.findMany(dealWhere),
        createMany: (rows) => tx.dealChip.createManyAndReturn({ data: rows }),
      });
      await syncRows(names("locations"), {
        key: nameKey,
        stored: await tx.dealLocation.findMany(dealWhere),
        createMany: (rows) => tx.dealLocation.createManyAndReturn({ data: rows }),
      });
      const partyKey = (r: { dealId: number; companyId: number; role: string }) =>
        `${r.dealId}/${r.companyId}/${r.role}`;
      const parties = await syncRows(
        data.deals.flatMap((d) =>
          d.parties.map((p) => ({ dealId: dealId(d.slug), companyId: companyId(p.company), role: p.role })),
        ),
        {
          key: partyKey,
          stored: await tx.dealParty.findMany(dealWhere),
          createMany: (rows) => tx.dealParty.createManyAndReturn({ data: rows }),
        },
      );

      const events = await syncRows(
        data.events.map((e) => eventRow(plan, e)),
        {
          key: (r) => r.slug,
          stored: await tx.event.findMany({ where: { slug: { in: data.events.map((e) => e.slug) } } }),
          createMany: (rows) => tx.event.createManyAndReturn({ data: rows }),
          update: (s, row) => tx.event.update({ where: { id: s.id }, data: row }),
        },
      );
      const eventId = (slug: string) => idOf(events, slug);
      await syncRows(
        data.events.flatMap((e) =>
          e.companies.map((slug) => ({ eventId: eventId(e.slug), companyId: companyId(slug) })),
        ),
        {
          key: (r) => `${r.eventId}/${r.companyId}`,
          stored: await tx.eventCompany.findMany({ where: { eventId: { in: [...events.values()].map((e) => e.id) } } }),
          createMany: (rows) => tx.eventCompany.createManyAndReturn({ data: rows }),
        },
      );

      // Deal evidence, then event evidence, each in its record's order, as the seed lists them.
      const evidence = [
        ...data.deals.map((d) => ({ owner: `deal ${d.slug}`, dealId: dealId(d.slug), eventId: null })),
        ...data.events.map((e) => ({ owner: `event ${e.slug}`, dealId: null, eventId: eventId(e.slug) })),
      ].flatMap(({ owner, dealId, eventId }) =>
        (plan.evidence.get(owner) ?? []).map((ev) =>
          evidenceRow(ev, {
            articleId: idOf(articles, ev.article),
            dealId,
            eventId,
            partyId:
              ev.party && dealId !== null
                ? idOf(parties, partyKey({ dealId, companyId: companyId(ev.party.company), role: ev.party.role }))
                : null,
            fxRateId: rateId(ev.usd?.rate),
          }),
        ),
      );
      await syncRows(evidence, {
        key: (r) => r.key,
        stored: await tx.evidence.findMany({ where: { key: { in: evidence.map((r) => r.key) } } }),
        createMany: (rows) => tx.evidence.createManyAndReturn({ data: rows }),
        update: (s, row) => tx.evidence.update({ where: { id: s.id }, data: row }),
      });
    },
    { timeout: 60_000 },
  );
}

/**
 * Deletes what a correction removed from the seed (prisma/seed/data/retired.ts), and nothing else.
 * Each table is read first and written only when a retired row is still there: on PostgreSQL a
 * DELETE renews the data version even when it matches no row.
 */
async function deleteRetired(tx: Tx, plan: SeedPlan) {
  const { deals, events, dealChips, evidence } = plan.data.retired;
  const ids = (rows: { id: number }[]) => ({ where: { id: { in: rows.map((r) => r.id) } } });
  const select = { select: { id: true } };
  const staleEvidence = await tx.evidence.findMany({ where: { key: { in: evidence } }, ...select });
  if (staleEvidence.length) await tx.evidence.deleteMany(ids(staleEvidence));
  const chips = dealChips.map((entry) => {
    const cut = entry.indexOf("/");
    return { deal: { slug: entry.slice(0, cut) }, name: entry.slice(cut + 1) };
  });
  const staleChips = chips.length ? await tx.dealChip.findMany({ where: { OR: chips }, ...select }) : [];
  if (staleChips.length) await tx.dealChip.deleteMany(ids(staleChips));
  const staleDeals = await tx.deal.findMany({ where: { slug: { in: deals } }, ...select });
  if (staleDeals.length) await tx.deal.deleteMany(ids(staleDeals));
  const staleEvents = await tx.event.findMany({ where: { slug: { in: events } }, ...select });
  if (staleEvents.length) await tx.event.deleteMany(ids(staleEvents));
}

export async function countRows(db: PrismaClient): Promise<SeedCounts> {
  const [articles, companies, aliases, deals, parties, chips, locations, events, eventCompanies, evidence] =
    await Promise.all([
      db.article.count(),
      db.company.count(),
      db.companyAlias.count(),
      db.deal.count(),
      db.dealParty.count(),
      db.dealChip.count(),
      db.dealLocation.count(),
      db.event.count(),
      db.eventCompany.count(),
      db.evidence.count(),
    ]);
  return { articles, companies, aliases, deals, parties, chips, locations, events, eventCompanies, evidence };
}
