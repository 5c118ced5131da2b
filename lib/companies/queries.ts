import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { DEAL_INCLUDE, toDealDto } from "@/lib/deals/dto";
import { DealDto } from "@/lib/deals/schemas";
import { CompanyKind, PartyRole } from "@/lib/domain";
import { EVENT_INCLUDE, EVENT_ORDER, toEventDto } from "@/lib/events/queries";
import { EventDto } from "@/lib/events/schemas";

export const CompanyDto = z.object({
  slug: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  kind: CompanyKind,
  aliases: z.array(z.string()),
  dealCount: z.number().int(),
  eventCount: z.number().int(),
});
export const CompanyListDto = z.object({ data: z.array(CompanyDto) });
export const CompanyDetailDto = CompanyDto.extend({
  deals: z.array(DealDto.extend({ roles: z.array(PartyRole).describe("this company's roles in the deal") })),
  events: z.array(EventDto),
});
export type CompanyDto = z.infer<typeof CompanyDto>;
export type CompanyDetailDto = z.infer<typeof CompanyDetailDto>;

const COMPANY_INCLUDE = {
  aliases: { orderBy: { id: "asc" } },
  _count: { select: { events: true } },
  parties: { select: { dealId: true } },
} as const;

type CompanyRow = Awaited<ReturnType<typeof db.company.findFirstOrThrow<{ include: typeof COMPANY_INCLUDE }>>>;

function toCompanyDto(c: CompanyRow): CompanyDto {
  return {
    slug: c.slug,
    name: c.name,
    country: c.country,
    kind: c.kind as CompanyKind,
    aliases: c.aliases.map((a) => a.alias),
    dealCount: new Set(c.parties.map((p) => p.dealId)).size,
    eventCount: c._count.events,
  };
}

export async function listCompanies(): Promise<{ data: CompanyDto[] }> {
  const rows = await db.company.findMany({ orderBy: { name: "asc" }, include: COMPANY_INCLUDE });
  return { data: rows.map(toCompanyDto) };
}

export async function getCompany(slug: string): Promise<CompanyDetailDto> {
  const row = await db.company.findUnique({ where: { slug }, include: COMPANY_INCLUDE });
  if (!row) throw notFound(`Company ${JSON.stringify(slug.slice(0, 100))}`);
  const [deals, events] = await Promise.all([
    db.deal.findMany({ where: { parties: { some: { companyId: row.id } } }, orderBy: [{ announcedOn: "desc" }, { slug: "asc" }], include: DEAL_INCLUDE }),
    db.event.findMany({ where: { companies: { some: { companyId: row.id } } }, orderBy: EVENT_ORDER, include: EVENT_INCLUDE }),
  ]);
  return {
    ...toCompanyDto(row),
    deals: deals.map((d) => ({ ...toDealDto(d), roles: d.parties.filter((p) => p.companyId === row.id).map((p) => p.role as PartyRole) })),
    events: events.map(toEventDto),
  };
}
