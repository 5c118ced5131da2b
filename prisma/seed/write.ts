import { parsePartialDate } from "@/lib/dates/partial-date";
import { DEAL_KINDS, EVENT_KINDS, PARTY_ROLES } from "@/lib/domain";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { dealSearchText, eventSearchText } from "@/lib/search";
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
 * Writes a validated plan in one transaction. Every write is an upsert on a natural key,
 * so a second run changes nothing, and nothing is ever deleted: rows added by hand stay.
 */
export async function writeSeed(db: PrismaClient, plan: SeedPlan): Promise<void> {
  const companiesBySlug = new Map(plan.data.companies.map((c) => [c.slug, c]));
  const companiesOf = (slugs: string[]) => slugs.map((s) => companiesBySlug.get(s)!);
  const quotesOf = (owner: string) => [
    ...new Set((plan.evidence.get(owner) ?? []).flatMap((ev) => [ev.quote, ev.gloss])),
  ];
  await db.$transaction(
    async (tx) => {
      await deleteRetired(tx, plan);
      const fxRateIds = new Map<string, number>();
      for (const r of plan.data.fxRates) {
        const date = new Date(`${r.date}T00:00:00Z`);
        const row = {
          usdPerUnit: r.usdPerUnit,
          source: r.source,
          sourceUrl: r.sourceUrl,
          note: r.note ?? null,
        };
        const { id } = await tx.fxRate.upsert({
          where: { currency_date: { currency: r.currency, date } },
          create: { currency: r.currency, date, ...row },
          update: row,
          select: { id: true },
        });
        fxRateIds.set(fxKey(r.currency, r.date), id);
      }
      const rateId = (r: { currency: string; date: string } | null | undefined) =>
        r ? (fxRateIds.get(fxKey(r.currency, r.date)) ?? null) : null;

      const articleIds = new Map<string, number>();
      for (const a of plan.data.articles) {
        const published = plan.published.get(a.slug)!;
        const row = {
          title: a.title,
          publishedOn: published.start,
          publishedPrecision: published.precision,
          language: a.language,
          citedSource: a.citedSource ?? null,
          url: a.url ?? null,
          sourceFile: a.file,
          text: plan.texts.get(a.slug)!,
        };
        const { id } = await tx.article.upsert({
          where: { slug: a.slug },
          create: { slug: a.slug, ...row },
          update: row,
          select: { id: true },
        });
        articleIds.set(a.slug, id);
      }

      const companyIds = new Map<string, number>();
      for (const c of plan.data.companies) {
        const row = { name: c.name, country: c.country ?? null, kind: c.kind };
        const { id } = await tx.company.upsert({
          where: { slug: c.slug },
          create: { slug: c.slug, ...row },
          update: row,
          select: { id: true },
        });
        companyIds.set(c.slug, id);
        for (const alias of c.aliases) {
          await tx.companyAlias.upsert({
            where: { companyId_alias: { companyId: id, alias } },
            create: { companyId: id, alias },
            update: {},
          });
        }
      }

      const writeEvidence = async (
        owner: string,
        link: { dealId?: number; eventId?: number },
        partyIds?: Map<string, number>,
      ) => {
        for (const ev of plan.evidence.get(owner) ?? []) {
          const fig = ev.figure;
          const row = {
            articleId: articleIds.get(ev.article)!,
            quote: ev.quote,
            quoteStart: ev.quoteStart,
            quoteEnd: ev.quoteEnd,
            claim: ev.claim,
            label: ev.label,
            dealId: link.dealId ?? null,
            eventId: link.eventId ?? null,
            partyId: ev.party ? (partyIds?.get(`${ev.party.company}/${ev.party.role}`) ?? null) : null,
            amountText: fig?.text ?? null,
            amount: fig?.amount ?? null,
            amountHigh: fig?.high ?? null,
            unit: fig?.unit ?? null,
            unitImplied: fig?.unitImplied ?? false,
            qualifier: fig?.qualifier ?? null,
            figureKind: fig?.kind ?? null,
            figureDate: ev.figureDate?.start ?? null,
            figurePrecision: ev.figureDate?.precision ?? null,
            direction: fig?.direction ?? null,
            amountUsd: ev.usd?.amount ?? null,
            fxRateId: rateId(ev.usd?.rate),
            gloss: ev.gloss,
          };
          await tx.evidence.upsert({ where: { key: ev.fullKey }, create: { key: ev.fullKey, ...row }, update: row });
        }
      };

      for (const d of plan.data.deals) {
        const date = plan.dealDates.get(d.slug)!;
        const value = plan.valueMinor.get(d.slug);
        const row = {
          title: d.title,
          kind: d.kind,
          status: d.status,
          announcedOn: date.start,
          announcedPrecision: date.precision,
          announcedBasis: d.announcedBasis,
          termYears: d.term?.years ?? null,
          termStart: d.term?.start ? parsePartialDate(d.term.start).start : null,
          termEnd: d.term?.end ? parsePartialDate(d.term.end).end : null,
          termNote: d.term?.note ?? null,
          valueMinor: value?.minor ?? null,
          valueCurrency: d.value?.currency ?? null,
          valueKind: d.value?.kind ?? null,
          valueUsdMinor: value?.usdMinor ?? null,
          valueFxRateId: rateId(value?.rate),
          summary: d.summary,
          searchText: dealSearchText({
            ...d,
            companies: companiesOf(d.parties.map((p) => p.company)),
            kindLabel: DEAL_KINDS[d.kind],
            roleLabels: d.parties.map((p) => PARTY_ROLES[p.role]),
            quotes: quotesOf(`deal ${d.slug}`),
          }),
        };
        const { id: dealId } = await tx.deal.upsert({
          where: { slug: d.slug },
          create: { slug: d.slug, ...row },
          update: row,
          select: { id: true },
        });
        await upsertNames(tx, "dealChip", dealId, d.chips);
        await upsertNames(tx, "dealLocation", dealId, d.locations);
        const partyIds = new Map<string, number>();
        for (const p of d.parties) {
          const companyId = companyIds.get(p.company)!;
          const key = { dealId, companyId, role: p.role };
          const { id } = await tx.dealParty.upsert({
            where: { dealId_companyId_role: key },
            create: key,
            update: {},
            select: { id: true },
          });
          partyIds.set(`${p.company}/${p.role}`, id);
        }
        await writeEvidence(`deal ${d.slug}`, { dealId }, partyIds);
      }

      for (const e of plan.data.events) {
        const date = plan.eventDates.get(e.slug)!;
        const row = {
          title: e.title,
          kind: e.kind,
          occurredOn: date.start,
          occurredPrecision: date.precision,
          occurredBasis: e.occurredBasis,
          summary: e.summary,
          searchText: eventSearchText({
            ...e,
            companies: companiesOf(e.companies),
            kindLabel: EVENT_KINDS[e.kind],
            quotes: quotesOf(`event ${e.slug}`),
          }),
        };
        const { id: eventId } = await tx.event.upsert({
          where: { slug: e.slug },
          create: { slug: e.slug, ...row },
          update: row,
          select: { id: true },
        });
        for (const slug of e.companies) {
          const key = { eventId, companyId: companyIds.get(slug)! };
          await tx.eventCompany.upsert({ where: { eventId_companyId: key }, create: key, update: {} });
        }
        await writeEvidence(`event ${e.slug}`, { eventId });
      }
    },
    { timeout: 60_000 },
  );
}

/** Deletes what a correction removed from the seed (prisma/seed/data/retired.ts), and nothing else. */
async function deleteRetired(tx: Tx, plan: SeedPlan) {
  const { deals, events, dealChips, evidence } = plan.data.retired;
  await tx.evidence.deleteMany({ where: { key: { in: evidence } } });
  for (const entry of dealChips) {
    const cut = entry.indexOf("/");
    await tx.dealChip.deleteMany({ where: { deal: { slug: entry.slice(0, cut) }, name: entry.slice(cut + 1) } });
  }
  await tx.deal.deleteMany({ where: { slug: { in: deals } } });
  await tx.event.deleteMany({ where: { slug: { in: events } } });
}

async function upsertNames(tx: Tx, model: "dealChip" | "dealLocation", dealId: number, names: string[]) {
  for (const name of names) {
    const where = { dealId_name: { dealId, name } };
    if (model === "dealChip") await tx.dealChip.upsert({ where, create: { dealId, name }, update: {} });
    else await tx.dealLocation.upsert({ where, create: { dealId, name }, update: {} });
  }
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
