import { ConflictError, NotFoundError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/deals/dto";
import { refreshExportRows } from "@/lib/deals/export-rows";
import { evidenceRow as seedEvidenceRow, figureColumns } from "@/prisma/seed/rows";
import { fxKey } from "@/prisma/seed/validate";
import { planAccept } from "./accept-plan";
import { audit } from "./audit";
import { reviewChanges } from "./changes";
import { dealsOfCompanies, refreshDealSearchText } from "./search-text";
import { Extraction } from "./types";

export interface AcceptResult {
  article: string;
  deals: string[];
  /** Existing deals that gained a second source. */
  matched: string[];
  companies: string[];
}

/**
 * Writes an accepted review in one transaction: the article, new companies (with aliases),
 * deals, parties and evidence, every row marked with the ingest's id so undo removes exactly
 * them. Validation runs first; a review that fails it writes nothing.
 */
export async function acceptIngest(
  db: PrismaClient,
  ingestId: number,
  review: unknown,
  actor: string,
): Promise<AcceptResult> {
  const ingest = await db.ingest.findUnique({ where: { id: ingestId } });
  if (!ingest) throw new NotFoundError(`Ingest ${ingestId}`);
  if (ingest.status !== "pending") throw new ConflictError(`Ingest ${ingestId} is ${ingest.status}, not pending`);
  const { review: r, articleSlug, plan, existing, matched, newAliases } = await planAccept(db, ingest, review);
  const stamp = { ingestId };

  const result = await db.$transaction(
    async (tx) => {
      // Claims the ingest: a second accept running at the same time finds it no longer pending.
      const claimed = await tx.ingest.updateMany({
        where: { id: ingestId, status: "pending" },
        data: { status: "accepted", candidates: JSON.stringify(r) },
      });
      if (claimed.count !== 1) throw new ConflictError(`Ingest ${ingestId} was accepted meanwhile`);

      const published = plan.published.get(articleSlug)!;
      const article = await tx.article.create({
        data: {
          slug: articleSlug,
          title: ingest.title,
          publishedOn: published.start,
          publishedPrecision: published.precision,
          language: ingest.language,
          url: ingest.url,
          outlet: ingest.outlet,
          text: ingest.text,
          ...stamp,
        },
        select: { id: true },
      });

      const companies = new Map(existing);
      for (const c of r.newCompanies) {
        const row = await tx.company.create({
          data: {
            slug: c.slug,
            name: c.name,
            kind: c.kind,
            country: c.country ?? null,
            aliases: { create: c.aliases.map((alias) => ({ alias, ...stamp })) },
            ...stamp,
          },
          select: { id: true },
        });
        companies.set(c.slug, { id: row.id, slug: c.slug, name: c.name, aliases: [...c.aliases] });
      }
      for (const { company, alias } of newAliases) {
        const c = companies.get(company)!;
        await tx.companyAlias.create({ data: { companyId: c.id, alias, ...stamp } });
        c.aliases.push(alias);
      }

      // The stored rates the plan converted at (planAccept hands it exactly those).
      const rateIds = new Map(
        (await tx.fxRate.findMany({ select: { id: true, currency: true, date: true } })).map((r) => [
          fxKey(r.currency, isoDay(r.date)),
          r.id,
        ]),
      );
      const rateId = (rate: { currency: string; date: string } | null | undefined) =>
        rate ? (rateIds.get(fxKey(rate.currency, rate.date)) ?? null) : null;

      // As the seed writes evidence (prisma/seed/rows.ts evidenceRow), with the ingest's key and stamp.
      const evidenceRow = (ev: NonNullable<ReturnType<typeof plan.evidence.get>>[number], dealId: number) => ({
        ...seedEvidenceRow(ev, {
          articleId: article.id,
          dealId,
          eventId: null,
          partyId: null,
          fxRateId: rateId(ev.usd?.rate),
        }),
        key: `ingest/${ingestId}/${ev.fullKey}`,
        // The plan's gloss only satisfies the seed's rule (a placeholder for a Dutch quote, the
        // quote itself for an English one): no gloss is shown rather than that.
        gloss: null,
        ...stamp,
      });

      const written: number[] = [];
      for (const d of plan.data.deals) {
        const date = plan.dealDates.get(d.slug)!;
        const value = plan.valueMinor.get(d.slug);
        const deal = await tx.deal.create({
          data: {
            slug: d.slug,
            title: d.title,
            kind: d.kind,
            status: d.status,
            announcedOn: date.start,
            announcedPrecision: date.precision,
            announcedBasis: d.announcedBasis,
            valueMinor: value?.minor ?? null,
            valueCurrency: d.value?.currency ?? null,
            valueKind: d.value?.kind ?? null,
            valueUsdMinor: value?.usdMinor ?? null,
            valueFxRateId: rateId(value?.rate),
            summary: d.summary,
            ...stamp,
          },
          select: { id: true },
        });
        written.push(deal.id);
        const partyIds = new Map<string, number>();
        for (const p of d.parties) {
          const key = `${p.company}/${p.role}`;
          if (partyIds.has(key)) continue;
          const party = await tx.dealParty.create({
            data: { dealId: deal.id, companyId: companies.get(p.company)!.id, role: p.role },
            select: { id: true },
          });
          partyIds.set(key, party.id);
        }
        for (const ev of plan.evidence.get(`deal ${d.slug}`) ?? []) {
          const partyId = ev.party ? (partyIds.get(`${ev.party.company}/${ev.party.role}`) ?? null) : null;
          await tx.evidence.create({ data: { ...evidenceRow(ev, deal.id), partyId } });
        }
      }

      for (const [n, m] of matched.entries()) {
        const fig = m.figure;
        await tx.evidence.create({
          data: {
            key: `ingest/${ingestId}/second-source/${m.dealSlug}/${n + 1}`,
            articleId: article.id,
            quote: m.evidence.quote,
            quoteStart: m.evidence.start,
            quoteEnd: m.evidence.end,
            claim: fig ? "value" : "statement",
            label: fig ? "Headline value (second source)" : "Second source",
            dealId: m.dealId,
            ...figureColumns(fig),
            amountUsd: m.usd?.amount ?? null,
            fxRateId: rateId(m.usd?.rate),
            ...stamp,
          },
        });
      }

      // Written once every row of theirs is: the seed's ingredients, read back. A company's new
      // alias is in the text of each of its deals.
      await refreshDealSearchText(tx, [
        ...written,
        ...matched.map((m) => m.dealId),
        ...(await dealsOfCompanies(
          tx,
          newAliases.map((a) => companies.get(a.company)!.id),
        )),
      ]);

      const result: AcceptResult = {
        article: articleSlug,
        deals: plan.data.deals.map((d) => d.slug),
        matched: [...new Set(matched.map((m) => m.dealSlug))],
        companies: r.newCompanies.map((c) => c.slug),
      };
      const candidates = Extraction.safeParse(JSON.parse(ingest.candidates));
      await audit(tx, {
        actor,
        action: "accept",
        ingestId,
        before: { status: "pending", candidates: candidates.success ? candidates.data : null },
        after: {
          status: "accepted",
          review: r,
          written: result,
          changes: candidates.success ? reviewChanges(candidates.data, r) : [],
        },
      });
      return result;
    },
    { timeout: 30_000 },
  );
  await refreshExportRows(db);
  return result;
}
