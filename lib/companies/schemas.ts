import { z } from "zod";
import { DealDto } from "@/lib/deals/schemas";
import { CompanyKind, PartyRole } from "@/lib/domain";
import { EventDto } from "@/lib/events/schemas";

/** GET /api/companies takes no parameters; any given is an error. */
export const CompanyListQuerySchema = z.object({});

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
