import "server-only";
import { cached } from "@/lib/cache";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { DEAL_INCLUDE, DEAL_ORDER, toDealDto } from "@/lib/deals/dto";
import type { CompanyKind, PartyRole } from "@/lib/domain";
import { EVENT_INCLUDE, EVENT_ORDER, toEventDto } from "@/lib/events/queries";
import { isSlug } from "@/lib/deals/schemas";
import type { CompanyDetailDto, CompanyDto } from "./schemas";

// Deal counts are counted in SQL: loading every party row to count distinct deals took over a
// second per page at 100,000 deals (bench/RESULTS.md). Party rows are counted, less the rows
// that repeat a deal the company is already in with another role.
const COMPANY_INCLUDE = {
  aliases: { orderBy: { id: "asc" } },
  _count: { select: { events: true, parties: true } },
} as const;

type CompanyRow = Awaited<ReturnType<typeof db.company.findFirstOrThrow<{ include: typeof COMPANY_INCLUDE }>>>;

/** Per company id, its party rows beyond the first in the same deal (a second role in one deal). */
async function repeatedParties(companyId?: number): Promise<Map<number, number>> {
  const groups = await db.dealParty.groupBy({
    by: ["dealId", "companyId"],
    where: companyId === undefined ? {} : { companyId },
    having: { dealId: { _count: { gt: 1 } } },
    _count: { _all: true },
  });
  const repeated = new Map<number, number>();
  for (const g of groups) repeated.set(g.companyId, (repeated.get(g.companyId) ?? 0) + g._count._all - 1);
  return repeated;
}

function toCompanyDto(c: CompanyRow, repeated: Map<number, number>): CompanyDto {
  return {
    slug: c.slug,
    name: c.name,
    country: c.country,
    kind: c.kind as CompanyKind,
    aliases: c.aliases.map((a) => a.alias),
    dealCount: c._count.parties - (repeated.get(c.id) ?? 0),
    eventCount: c._count.events,
  };
}

/** Slug and name of every company, by name: what a filter's company picker needs, without counts. */
async function listCompanyOptionsUncached(): Promise<{ value: string; label: string }[]> {
  const rows = await db.company.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
  return rows.map((c) => ({ value: c.slug, label: c.name }));
}

async function listCompaniesUncached(): Promise<{ data: CompanyDto[] }> {
  const [rows, repeated] = await Promise.all([
    db.company.findMany({ orderBy: { name: "asc" }, include: COMPANY_INCLUDE }),
    repeatedParties(),
  ]);
  return { data: rows.map((c) => toCompanyDto(c, repeated)) };
}

/**
 * A company with its deals and its events, newest first. `limit` keeps only the newest of each
 * (the page shows some and links to the rest; `dealCount` and `eventCount` stay the totals).
 */
async function getCompanyUncached(slug: string, { limit }: { limit?: number } = {}): Promise<CompanyDetailDto> {
  const row = isSlug(slug) ? await db.company.findUnique({ where: { slug }, include: COMPANY_INCLUDE }) : null;
  if (!row) throw new NotFoundError(`Company ${JSON.stringify(slug.slice(0, 100))}`);
  const [deals, events, repeated] = await Promise.all([
    db.deal.findMany({
      where: { parties: { some: { companyId: row.id } } },
      orderBy: DEAL_ORDER,
      include: DEAL_INCLUDE,
      take: limit,
    }),
    db.event.findMany({
      where: { companies: { some: { companyId: row.id } } },
      orderBy: EVENT_ORDER,
      include: EVENT_INCLUDE,
      take: limit,
    }),
    repeatedParties(row.id),
  ]);
  return {
    ...toCompanyDto(row, repeated),
    deals: deals.map((d) => ({
      ...toDealDto(d),
      roles: d.parties.filter((p) => p.companyId === row.id).map((p) => p.role as PartyRole),
    })),
    events: events.map(toEventDto),
  };
}

// Answers under the data version (lib/cache.ts).
export const listCompanyOptions = cached("companies/queries#listCompanyOptions", listCompanyOptionsUncached);
export const listCompanies = cached("companies/queries#listCompanies", listCompaniesUncached);
export const getCompany = cached("companies/queries#getCompany", getCompanyUncached);
